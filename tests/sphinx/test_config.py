"""``msc_sci_references``: the extension documents a project's own study."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import msc_sci
from tests.sphinx.conftest import Built

FICTIONAL = Path(__file__).resolve().parent.parent / "data" / "fictional-study"


def test_directives_and_role_write_about_the_named_study(build: Callable[..., Built]) -> None:
    """Every directive and the role cite, summarise and quote the study it names."""
    built = build("own-study", "-D", f"msc_sci_references={FICTIONAL}")
    page = built.page()
    refs = msc_sci.load_references(FICTIONAL)
    expected = ("", True, True, True, True, True, False)
    assert expected == (
        built.warnings,
        "(Tallow et al., 2031, p. 47)" in page,
        "A small study gave lantern cells by mouth to 7 people" in page,
        "quiet a creaking knee" in page,
        "<dt>Oral lantern cells for imaginary knee syndrome" in page,
        'download="tallow2031.bib"' in page or "tallow2031.bib" in page,
        "Honmou" in page,
    )
    assert refs.cite("apa").split(".")[0] in page


def test_a_directory_that_does_not_load_is_a_typed_warning(
    build: Callable[..., Built], tmp_path: Path
) -> None:
    """A directory that does not load is a located warning typed msc_sci.references."""
    built = build("own-study", "-D", f"msc_sci_references={tmp_path / 'nowhere'}")
    expected = (0, True, True)
    assert expected == (
        built.returncode,
        "not a directory" in built.warnings,
        "[msc_sci.references]" in built.warnings,
    )
