"""sphinxcontrib-bibtex's own test projects build with ``msc_sci.sphinx.bibtex`` in its place.

Each of the peer's 74 test roots (``../shared/peers/sphinxcontrib-bibtex/test/roots``) is
copied, its ``extensions`` line switched to our extension, and built in-process with the
HTML builder. Each must build, link every citation whose key is in a bibliography, and
give our located ``msc_sci.*`` warning for each fault its test file checks for. Roots that
cannot pass by design are expected failures, with the reason (also listed in the docs,
``docs/migrating-from-sphinxcontrib-bibtex.rst``).
"""

from __future__ import annotations

import io
import re
import shutil
import sys
from pathlib import Path
from warnings import catch_warnings, simplefilter

import pytest

from tests import _needs as needs

pytest.importorskip("sphinx", reason=needs.python("sphinx"))

from sphinx.deprecation import (
    RemovedInSphinx10Warning,
    RemovedInSphinx11Warning,
)
from sphinx.testing.util import SphinxTestApp
from sphinx.util.console import strip_colors

PEERS = Path(__file__).resolve().parents[2].parent / "shared/peers/sphinxcontrib-bibtex/test"
ROOTS = sorted(p.name for p in (PEERS / "roots").glob("test-*") if p.is_dir())

pytestmark = pytest.mark.skipif(not ROOTS, reason=needs.SHARED)

_PYBTEX = "uses pybtex's styles or plugins in conf.py, which CSL styles replace"
_NATBIB = "uses the peer's own test extension test.natbib (natbib roles are not offered)"

#: Roots that cannot pass by design, and why.
XFAIL: dict[str, str] = {
    "test-natbib": _NATBIB,
    "test-natbib_conf": _NATBIB,
    "test-natbib_keynotfound": _NATBIB,
    "test-natbib_norefs": _NATBIB,
    "test-citation_style_round_brackets": _PYBTEX,
    "test-citation_any_role": "cites with Sphinx's :any: role, which is not offered",
    "test-bibliography_style_label_2": _PYBTEX,
    "test-bibfiles_multiple_macros": (
        "uses a BibTeX @string macro of one .bib file in another; each file is read on its own"
    ),
}

#: Roots that need a package of the test extra beyond Sphinx: its module.
NEEDS: dict[str, str] = {
    "test-autoapi": "autoapi",
    "test-citation_rinoh": "rinoh",
    "test-citation_rinoh_multidoc": "rinoh",
}
#: Roots that need the peer's Cython test module built first: the module they document.
CYTHON: dict[str, str] = {
    "test-autodoc_cython": "some_cython_module.cite",
}

_KEY = "msc_sci.key"
#: The warnings each faulty root must give: (type, text it contains), each located.
FAULTS: dict[str, list[tuple[str, str]]] = {
    "test-bibfiles_multiple_keys": [("msc_sci.duplicate", "duplicate key 'test'")],
    "test-bibfiles_not_found": [
        ("msc_sci.bibfile", "could not open bibtex file"),
        ("msc_sci.bibfile", "not found or not configured in bibtex_bibfiles"),
    ],
    "test-bibliography_bad_key": [(_KEY, 'could not find bibtex key "badkey"')],
    "test-bibliography_bad_option": [("docutils", 'unknown option: "thisisintentionally')],
    "test-citation_not_found": [
        (_KEY, 'could not find bibtex key "nosuchkey1"'),
        (_KEY, 'could not find bibtex key "nosuchkey2"'),
    ],
    "test-duplicate_citation": [("msc_sci.duplicate", 'duplicate citation for key "Test"')],
    "test-filter_option_clash": [("msc_sci.filter", "clash")],
    "test-filter_syntax_error": [("msc_sci.filter", ":filter:")],
    "test-spurious_div_2": [("ref.citation", "Citation [CIT2022] is not referenced")],
}

_WARNING = re.compile(r"^(?P<where>\S*?):(?:(?P<line>\d+):)? (?:WARNING|ERROR): (?P<text>.*)$")


def _build(root: str, tmp_path: Path) -> tuple[Path, str]:
    source = tmp_path / root
    shutil.copytree(PEERS / "roots" / root, source)
    conf = source / "conf.py"
    text = conf.read_text(encoding="utf-8")
    for extension in ('"sphinxcontrib.bibtex"', '"test.natbib"'):
        text = text.replace(extension, '"msc_sci.sphinx.bibtex"')
    conf.write_text(text, encoding="utf-8")
    warnings = io.StringIO()
    # The peer's autodoc roots document its modules ``test.some_module`` ...
    sys.path.insert(0, str(PEERS.parent))
    try:
        with catch_warnings():
            # Sphinx 9 deprecates APIs that older Sphinx versions need; no fault here.
            simplefilter("ignore", RemovedInSphinx10Warning)
            simplefilter("ignore", RemovedInSphinx11Warning)
            app = SphinxTestApp(
                "html", srcdir=source, freshenv=True, status=io.StringIO(), warning=warnings
            )
            try:
                app.build()
            finally:
                app.cleanup()
    finally:
        for name in [name for name in sys.modules if name == "test" or name.startswith("test.")]:
            del sys.modules[name]
        sys.path.remove(str(PEERS.parent))
    return Path(app.outdir), strip_colors(warnings.getvalue())


def _records(warnings: str) -> list[str]:
    """Return each warning of a build's output, continuation lines joined to it."""
    records: list[str] = []
    for line in warnings.splitlines():
        if _WARNING.match(line) or line.startswith(("WARNING", "ERROR")) or not records:
            records.append(line)
        else:
            records[-1] += "\n" + line
    return [record for record in records if record.strip()]


def _case(root: str) -> object:
    marks = []
    if root in XFAIL:
        marks.append(pytest.mark.xfail(reason=XFAIL[root], strict=True))
    return pytest.param(root, marks=marks, id=root.removeprefix("test-"))


@pytest.mark.parametrize("root", [_case(root) for root in ROOTS])
def test_peer_root(root: str, tmp_path: Path) -> None:
    """The peer's test root builds, links its citations and warns about each fault."""
    if root in NEEDS:
        pytest.importorskip(NEEDS[root], reason=needs.python(NEEDS[root]))
    if root in CYTHON:
        pytest.importorskip(CYTHON[root], reason=needs.PEER_CYTHON)
    outdir, warnings = _build(root, tmp_path)
    expected = FAULTS.get(root, [])
    lines = _records(warnings)
    for kind, text in expected:
        found = [line for line in lines if f"[{kind}]" in line and text in line]
        assert found, f"no {kind} warning containing {text!r} in:\n{warnings}"
        for line in found:
            match = _WARNING.match(line.splitlines()[0])
            assert match is not None, f"not a warning: {line}"
            assert match["where"], f"warning without a location: {line}"
    unexpected = [
        line for line in lines if not any(f"[{k}]" in line and t in line for k, t in expected)
    ]
    assert [] == unexpected
    if not any(kind == "msc_sci.key" for kind, _ in expected):
        pages = "".join(page.read_text(encoding="utf-8") for page in outdir.rglob("*.html"))
        unlinked = re.findall(r'(?<!">)<span class="msc-sci-cite">[^<]+', pages)
        assert [] == unlinked
