"""A second, invented study goes through every feature: nothing assumes the bundled one."""

from __future__ import annotations

import itertools
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import msc_sci
from msc_sci import References

FICTIONAL = Path(__file__).parent / "data" / "fictional-study"
DOI = "10.5555/imaginary.2031.045"


@pytest.fixture(scope="module")
def refs() -> References:
    """The invented study of tests/data/fictional-study."""
    return msc_sci.load_references(FICTIONAL)


def test_it_loads_with_its_own_records(refs: References) -> None:
    """Its study, people, sources, claims and quotes are its own."""
    expected = (
        "tallow2031",
        7,
        ["tallow", "vane"],
        ["tallow2031"],
        10,
        ["vane-hope", "tallow-caution", "paper-limits"],
    )
    assert expected == (
        refs.study.id,
        refs.study.design.patients,
        [p.id for p in refs.people()],
        [s.id for s in refs.sources()],
        len(refs.claims()),
        [q.id for q in refs.quotes()],
    )


def test_it_cites(refs: References) -> None:
    """Its bibliography entry and citation are of its own record, through the engine."""
    expected = (
        "Tallow, M., Okonkwo-Fenn, D., & Vane, R. J. (2031). Oral lantern cells for imaginary "
        "knee syndrome: a case series of seven invented patients. Journal of Imaginary "
        "Medicine, 12(3), 45\u201352. https://doi.org/10.5555/imaginary.2031.045",
        "(Tallow et al., 2031, p. 47)",
    )
    assert expected == (
        refs.cite("apa"),
        refs.cite("apa", mode="citation", locator="47"),
    )


@pytest.mark.parametrize("to", ["bibtex", "ris", "cff", "jsonld", "highwire"])
def test_it_exports(refs: References, to: str) -> None:
    """Every export format writes its record, with its DOI."""
    assert DOI in refs.export(to)


def test_its_csl_json_export_is_its_record(refs: References) -> None:
    """The CSL-JSON export is the record file, byte for byte."""
    expected = (FICTIONAL / "tallow2031.json").read_text(encoding="utf-8")
    assert expected == refs.export("csl-json")


@pytest.mark.parametrize(
    ("audience", "length"),
    list(itertools.product(("public", "clinician"), ("tweet", "short", "standard"))),
)
def test_it_summarises(refs: References, audience: str, length: str) -> None:
    """Each of its audiences has each length, in its wording, resting on its claims."""
    summary = refs.summarize(audience, length=length)
    known = {claim.id for claim in refs.claims()}
    expected = (True, True, True)
    assert expected == (
        "7" in summary.prose,
        all(set(s.claims) <= known and s.sources == ("tallow2031",) for s in summary.sentences),
        length == "tweet" or summary.sentences[-1].text == refs.cite("vancouver"),
    )


def test_its_summaries_quote_its_people(refs: References) -> None:
    """A standard summary fills in its people and gives its quotes word for word."""
    text = str(refs.summarize("public"))
    expected = (True, True, True)
    assert expected == (
        "Mira Tallow, of University of Elsewhere, gave lantern cells" in text,
        "\u201cWe think lantern cells might one day quiet a creaking knee,\u201d said "
        "Rupert J. Vane, professor of made-up science at Nowhere Institute." in text,
        "The paper says most knees creaked less" in text,
    )


def test_its_summaries_know_only_its_audiences(refs: References) -> None:
    """An audience its summaries.toml lacks is an unknown audience."""
    with pytest.raises(msc_sci.UnknownAudienceError, match="known: clinician, public"):
        refs.summarize("journalist")


def test_it_checks_texts_against_its_claims(refs: References) -> None:
    """The checker reports against its own claims and patterns, not the bundled study's."""
    text = (
        "In the Journal of Invented Medicine, 12 patients had lantern cells injected into "
        "the knee, a proven cure. Rupert Vane, the lead author, was pleased. Stemirac, the "
        "team behind it, agreed."
    )
    found = [
        (f.kind, text[slice(*f.span)], f.claim.id if f.claim else None) for f in refs.check(text)
    ]
    expected = [
        ("journal", "Journal of Invented Medicine", "the-journal"),
        ("count", "12 patients", "seven-patients"),
        ("route", "injected", "by-mouth"),
        ("overclaim", "proven", "knees-quieter"),
        ("overclaim", "cure", "knees-quieter"),
        ("role", "lead author", "vane-senior"),
    ]
    assert expected == found


def test_it_finds_misquotes_of_its_quotes(refs: References) -> None:
    """A quotation that drops one of its speakers' hedges is a misquote of its quote."""
    text = "\u201cWe think lantern cells will one day quiet a creaking knee,\u201d Vane wrote."
    (finding,) = refs.check(text)
    expected = ("misquote", "vane-hope")
    assert expected == (finding.kind, finding.quote.id if finding.quote else None)


def test_it_gives_quotes_by_any_name(refs: References) -> None:
    """Its speakers are found by any form of their names; the bundled ones are unknown."""
    assert ["vane-hope"] == [q.id for q in refs.quotes("Dr. Rupert Vane")]
    with pytest.raises(msc_sci.UnknownSpeakerError, match="Tallow"):
        refs.quotes("Waxman")


def test_it_attributes_quotes(refs: References) -> None:
    """A quotation is matched to its quotes and speakers."""
    result = refs.attribute('"Seven patients cannot tell us whether the cells did anything."')
    expected = ("tallow-caution", "Mira Tallow", "verbatim")
    assert expected == (result.quote and result.quote.id, str(result.speaker), result.verdict)


def test_it_finds_quotes_of_its_speakers(refs: References) -> None:
    """Quotations in a text are given to its people."""
    found = refs.find_quotes('"It might help," said Dr. Mira Tallow. "It may not," Vane said.')
    expected = [("It might help", "tallow"), ("It may not", "vane")]
    assert expected == [(q.text, getattr(q.speaker, "id", None)) for q in found]


class _Crossref(BaseHTTPRequestHandler):
    """Answers for the invented DOI as Crossref would, with another volume."""

    def do_GET(self) -> None:
        if self.path != f"/works/{DOI}":
            self.send_error(404)
            return
        message = {
            "DOI": DOI,
            "title": [
                "Oral lantern cells for imaginary knee syndrome: "
                "a case series of seven invented patients"
            ],
            "author": [
                {"family": "Tallow", "given": "Mira"},
                {"family": "Okonkwo-Fenn", "given": "Dara"},
                {"family": "Vane", "given": "Rupert J."},
            ],
            "container-title": ["Journal of Imaginary Medicine"],
            "volume": "13",
        }
        body = json.dumps({"status": "ok", "message-type": "work", "message": message}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def crossref() -> Iterator[str]:
    """A fake Crossref on 127.0.0.1 that knows the invented DOI."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Crossref)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_it_is_verified_online(refs: References, crossref: str) -> None:
    """verify_online looks up its own DOI and compares its own record."""
    result = refs.verify_online(base_url=crossref, timeout=5)
    volume = [m for m in result.mismatches if m.field == "volume"]
    expected = (DOI, [("12", "13")], ["authors", "title", "journal", "volume"])
    assert expected == (
        result.doi,
        [(m.bundled, m.crossref) for m in volume],
        list(result.checked[:4]),
    )
