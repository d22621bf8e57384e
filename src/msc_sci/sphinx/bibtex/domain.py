"""The ``cite`` and ``footcite`` domains: what every page cites, and its bibliographies.

Readers record each citation and ``.. bibliography::`` per document here; the data is
kept per document, so incremental and parallel builds (``-j auto``) merge it safely.
The references read from ``bibtex_bibfiles`` and the formatted results (see
:mod:`.resolve`) are kept here too, and are recomputed by the main process only.
"""

from __future__ import annotations

from collections.abc import Set
from typing import Any, ClassVar

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

from msc_sci.sphinx._quiet import QuietDomain
from msc_sci.sphinx.bibtex.roles import FOOT_VARIANTS, VARIANTS, CiteRole

__all__ = ["CiteDomain", "FootCiteDomain", "cite_domain", "setup"]

#: The per-document parts of the data: ``{docname: [record, ...]}``.
_PER_DOC = ("cites", "bibliographies")


class CiteDomain(QuietDomain):
    """Citations and bibliographies by document, and the references they draw on.

    Data:
        cites: ``{docname: [citation record]}``; a record is a dict with ``id``,
            ``docname``, ``line``, ``variant``, ``foot``, ``note`` and ``keys``
            (``[(key, prefix, suffix)]``).
        bibliographies: ``{docname: [bibliography record]}`` with ``id``, ``docname``,
            ``line``, ``style``, ``filter``, ``keyprefix`` and ``keys``.
        works: ``{key: Work}`` from ``bibtex_bibfiles``, in file order.
        bibfiles: What the files were when read (path, modification time, size).
        rendered: The formatted citations and entries (see :mod:`.resolve`).
        dirty: Whether anything changed since :mod:`.resolve` last formatted.
    """

    name = "cite"
    label = "citations (msc-sci)"
    roles: ClassVar[dict[str, Any]] = {variant: CiteRole(variant) for variant in VARIANTS}
    initial_data: ClassVar[dict[str, Any]] = {
        "cites": {},
        "bibliographies": {},
        "works": {},
        "bibfiles": (),
        "rendered": {},
        "dirty": True,
    }

    def _docs(self, part: str) -> dict[str, list[dict[str, Any]]]:
        found: dict[str, list[dict[str, Any]]] = self.data.setdefault(part, {})
        return found

    @property
    def cites(self) -> dict[str, list[dict[str, Any]]]:
        """Return the citation records of each document."""
        return self._docs("cites")

    @property
    def bibliographies(self) -> dict[str, list[dict[str, Any]]]:
        """Return the bibliography records of each document."""
        return self._docs("bibliographies")

    def note_cite(self, record: dict[str, Any]) -> None:
        """Record a citation made in ``record["docname"]``."""
        self.cites.setdefault(record["docname"], []).append(record)
        self.data["dirty"] = True

    def note_bibliography(self, record: dict[str, Any]) -> None:
        """Record a bibliography placed in ``record["docname"]``."""
        self.bibliographies.setdefault(record["docname"], []).append(record)
        self.data["dirty"] = True

    def clear_doc(self, docname: str) -> None:
        """Forget what *docname* cited and listed (it is being read again)."""
        for part in _PER_DOC:
            self._docs(part).pop(docname, None)
        self.data["dirty"] = True

    def merge_domaindata(self, docnames: Set[str], otherdata: dict[str, Any]) -> None:
        """Merge what a parallel reader found in *docnames*."""
        for part in _PER_DOC:
            for docname, records in otherdata.get(part, {}).items():
                if docname in docnames:
                    self._docs(part)[docname] = records
        self.data["dirty"] = True


class FootCiteDomain(QuietDomain):
    """The ``:footcite:p:``, ``:footcite:t:`` ... roles; their data is in ``cite``."""

    name = "footcite"
    label = "footnote citations (msc-sci)"
    roles: ClassVar[dict[str, Any]] = {
        variant: CiteRole(variant, foot=True) for variant in FOOT_VARIANTS
    }

    def merge_domaindata(self, docnames: Set[str], otherdata: dict[str, Any]) -> None:
        """Merge nothing: this domain keeps no data."""


def cite_domain(env: BuildEnvironment) -> CiteDomain:
    """Return the ``cite`` domain of *env*."""
    domain = env.get_domain("cite")
    assert isinstance(domain, CiteDomain)
    return domain


def setup(app: Sphinx) -> None:
    """Register both domains, and ``:cite:`` / ``:footcite:`` as ``p`` without a subtype.

    Args:
        app: The Sphinx application.
    """
    app.add_domain(CiteDomain)
    app.add_domain(FootCiteDomain)
    app.add_role("cite", CiteRole("p"))
    app.add_role("footcite", CiteRole("p", foot=True))
