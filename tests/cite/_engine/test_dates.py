"""Localized dates keep the locale's delimiter."""

from __future__ import annotations

from pathlib import Path

from msc_sci import Style, cite


def test_vancouver_date_has_a_space() -> None:
    """NLM/Vancouver print ``2021 Apr``, not ``2021Apr``."""
    assert "2021 Apr;203:106565" in cite("vancouver")


def test_style_date_overrides_do_not_leak(tmp_path: Path) -> None:
    """A style's ``date-part`` override changes its own dates, not other styles' dates."""
    path = tmp_path / "short-months.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        '<citation><layout><date variable="issued" form="text">'
        '<date-part name="month" form="short"/></date></layout></citation></style>',
        encoding="utf-8",
    )
    record = {
        "id": "d",
        "type": "article-newspaper",
        "title": "T",
        "container-title": "J",
        "issued": {"date-parts": [[2021, 2, 22]]},
    }
    ours = Style(path).citation([record])
    assert ("Feb. 22, 2021", "T. (2021, February 22). J.") == (
        ours,
        Style("apa").bibliography([record])[0],
    )
