"""The extension's configuration values (set them in ``conf.py``)."""

from __future__ import annotations

from pathlib import Path

from sphinx.application import Sphinx
from sphinx.config import Config

import msc_sci

__all__ = ["DEFAULT_BOX_LOCALES", "DEFAULT_BOX_STYLES", "STYLE_LABELS", "references", "setup"]

#: The styles the cite box offers in its menu unless ``msc_sci_box_styles`` says
#: otherwise; its search lists every other style, with how to format it.
DEFAULT_BOX_STYLES: tuple[str, ...] = (
    "apa",
    "modern-language-association",
    "chicago-author-date",
    "chicago-notes-bibliography",
    "harvard-cite-them-right",
    "ieee",
    "american-medical-association",
    "nature",
    "the-lancet",
    "bmj",
    "cell",
    "american-chemical-society",
    "vancouver",
)

#: How the cite box names the styles it knows; any other style is shown by its name.
STYLE_LABELS: dict[str, str] = {
    "apa": "APA 7th edition",
    "modern-language-association": "MLA 9th edition",
    "chicago-author-date": "Chicago (author-date)",
    "chicago-notes-bibliography": "Chicago (notes and bibliography)",
    "harvard-cite-them-right": "Harvard (Cite Them Right)",
    "ieee": "IEEE",
    "american-medical-association": "AMA 11th edition",
    "nature": "Nature",
    "the-lancet": "The Lancet",
    "bmj": "BMJ",
    "cell": "Cell",
    "american-chemical-society": "ACS",
    "vancouver": "Vancouver",
}

#: The locales the cite box offers unless ``msc_sci_box_locales`` says otherwise.
DEFAULT_BOX_LOCALES: tuple[str, ...] = ("en-US", "en-GB", "de-DE", "fr-FR")


_LOADED: dict[str, msc_sci.References] = {}


def references(config: Config) -> msc_sci.References:
    """Return the study ``msc_sci_references`` names (the bundled one when unset).

    A relative path is taken from the directory of ``conf.py`` (:func:`_resolve`).
    Each directory is loaded once per process.

    Raises:
        ReferenceDataError: when the directory does not load.
    """
    directory = str(config.msc_sci_references or "")
    refs = _LOADED.get(directory)
    if refs is None:
        refs = _LOADED[directory] = msc_sci.load_references(directory or None)
    return refs


def _resolve(app: Sphinx, config: Config) -> None:
    """Make ``msc_sci_references`` absolute, taking a relative path from ``conf.py``'s directory."""
    if config.msc_sci_references:
        config.msc_sci_references = str(Path(app.confdir, config.msc_sci_references).resolve())


def setup(app: Sphinx) -> None:
    """Register ``msc_sci_style``, ``msc_sci_locale``, ``msc_sci_box_styles`` and more.

    ``msc_sci_references`` is the ``references/`` directory of the study the
    directives and roles write about, relative to ``conf.py``; unset, the bundled one.

    Args:
        app: The Sphinx application.
    """
    app.add_config_value("msc_sci_references", "", "env", types=[str])
    app.connect("config-inited", _resolve)
    app.add_config_value("msc_sci_style", "apa", "env", types=[str])
    app.add_config_value("msc_sci_locale", "en-US", "env", types=[str])
    app.add_config_value("msc_sci_box_styles", list(DEFAULT_BOX_STYLES), "env", types=[list])
    app.add_config_value("msc_sci_box_locales", list(DEFAULT_BOX_LOCALES), "env", types=[list])
