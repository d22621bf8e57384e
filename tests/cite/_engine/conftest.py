"""A fixture writing tiny CSL styles, for tests that assert the engine's exact output."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from msc_sci import Style

_CSL = (
    '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0"'
    ' class="{style_class}"{attributes}>'
    "{locale}{macros}<citation{citation_attributes}><layout{layout_attributes}>{citation}</layout>"
    "</citation>"
    "{bibliography}</style>"
)


@pytest.fixture
def tiny(tmp_path: Path) -> Callable[..., Style]:
    """Return a function making a `Style` from a citation layout (and an optional bibliography)."""
    count = iter(range(1000))

    def make(
        citation: str,
        *,
        bibliography: str = "",
        attributes: str = "",
        layout_attributes: str = "",
        locale: str = "",
        macros: str = "",
        citation_attributes: str = "",
        bibliography_attributes: str = "",
        style_class: str = "in-text",
    ) -> Style:
        path = tmp_path / f"tiny-{next(count)}.csl"
        path.write_text(
            _CSL.format(
                attributes=attributes,
                style_class=style_class,
                layout_attributes=layout_attributes,
                citation=citation,
                bibliography=f"<bibliography{bibliography_attributes}><layout>{bibliography}</layout>"
                "</bibliography>"
                if bibliography
                else "",
                locale=locale,
                macros=macros,
                citation_attributes=citation_attributes,
            ),
            encoding="utf-8",
        )
        return Style(path)

    return make
