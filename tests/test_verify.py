"""verify_online: compare the bundled record with a Crossref response, served locally."""

from __future__ import annotations

import copy
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

import msc_sci
from msc_sci import Mismatch, OnlineError, RecordError, Work
from msc_sci._cli import main

FIXTURE = json.loads(
    (Path(__file__).parent / "data" / "crossref-honmou2021.json").read_text(encoding="utf-8")
)
DOI_PATH = "/works/10.1016/j.clineuro.2021.106565"


class FakeCrossref:
    """A local HTTP server answering like api.crossref.org, with a response to serve."""

    def __init__(self) -> None:
        self.response: Any = FIXTURE
        self.status = 200
        self.paths: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.paths.append(self.path)
                if self.path != DOI_PATH:
                    self.send_error(404)
                    return
                body = (
                    server.response
                    if isinstance(server.response, bytes)
                    else json.dumps(server.response).encode()
                )
                self.send_response(server.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def message(self) -> dict[str, Any]:
        """Return a copy of the response's message to alter, and serve it."""
        self.response = copy.deepcopy(FIXTURE)
        message: dict[str, Any] = self.response["message"]
        return message


@pytest.fixture
def crossref() -> Iterator[FakeCrossref]:
    """A fake Crossref API on 127.0.0.1, serving the study's record."""
    fake = FakeCrossref()
    thread = threading.Thread(target=fake.httpd.serve_forever, daemon=True)
    thread.start()
    yield fake
    fake.httpd.shutdown()
    fake.httpd.server_close()


def test_bundled_record_agrees(crossref: FakeCrossref) -> None:
    """The bundled study agrees with Crossref on every compared field."""
    result = msc_sci.verify_online(base_url=crossref.url)
    assert (result.mismatches, result.ok) == ((), True)
    expected = (
        "authors",
        "title",
        "journal",
        "volume",
        "issue",
        "article number",
        "issued",
        "online",
        "ISSN",
    )
    assert expected == result.checked
    assert crossref.paths == [DOI_PATH]


def test_each_difference_is_listed(crossref: FakeCrossref) -> None:
    """Altered fields in Crossref's record are each reported with both values."""
    message = crossref.message()
    message["volume"] = "204"
    message["author"][18]["given"] = "Jeffrey D."
    message["ISSN"] = ["0303-8467", "1872-6968"]
    message["issued"] = {"date-parts": [[2021, 3]]}
    message["article-number"] = "106566"
    result = msc_sci.verify_online(base_url=crossref.url)
    fields = {m.field: m for m in result.mismatches}
    assert list(fields) == ["authors", "volume", "article number", "issued", "ISSN"]
    assert Mismatch(field="volume", bundled="203", crossref="204") == fields["volume"]
    assert (fields["issued"].bundled, fields["issued"].crossref) == ("2021-04", "2021-03")
    assert "Kocsis, Jeffrey D." in (fields["authors"].crossref or "")
    assert not result.ok


def test_unknown_doi_is_an_online_error(crossref: FakeCrossref) -> None:
    """A DOI Crossref does not know raises OnlineError saying so."""
    work = Work(id="x", title="t", doi="10.9999/nothing")
    with pytest.raises(OnlineError, match="no record of this DOI"):
        msc_sci.verify_online(work=work, base_url=crossref.url)


def test_unreachable_server_is_an_online_error() -> None:
    """No server at the address gives a clear OnlineError, not a urllib traceback."""
    fake = FakeCrossref()
    url = fake.url
    fake.httpd.server_close()
    with pytest.raises(OnlineError, match="cannot reach Crossref") as info:
        msc_sci.verify_online(base_url=url, timeout=2)
    assert info.value.url.startswith(url)


def test_bad_json_is_an_online_error(crossref: FakeCrossref) -> None:
    """An answer that is not JSON raises OnlineError."""
    crossref.response = b"<html>maintenance</html>"
    with pytest.raises(OnlineError, match="not JSON"):
        msc_sci.verify_online(base_url=crossref.url)


def test_wrong_shape_is_an_online_error(crossref: FakeCrossref) -> None:
    """JSON without a message object raises OnlineError."""
    crossref.response = {"status": "error"}
    with pytest.raises(OnlineError, match="not a Crossref works response"):
        msc_sci.verify_online(base_url=crossref.url)


def test_work_without_doi_is_a_record_error() -> None:
    """A work without a DOI cannot be looked up."""
    with pytest.raises(RecordError, match="no DOI"):
        msc_sci.verify_online(work=Work(id="x"), base_url="http://127.0.0.1:9")


def test_cli_online(crossref: FakeCrossref, capsys: pytest.CaptureFixture[str]) -> None:
    """``msc-sci verify --online`` prints the comparison and exits 0 when all agree."""
    assert main(["verify", "--online", "--base-url", crossref.url]) == 0
    assert "all agree" in capsys.readouterr().out


def test_cli_online_differences(crossref: FakeCrossref, capsys: pytest.CaptureFixture[str]) -> None:
    """``msc-sci verify --online`` exits 1 and lists the fields that differ."""
    crossref.message()["volume"] = "204"
    assert main(["verify", "--online", "--base-url", crossref.url]) == 1
    assert "volume: bundled '203', Crossref '204'" in capsys.readouterr().out


def test_cli_offline_error(capsys: pytest.CaptureFixture[str]) -> None:
    """With no server, ``msc-sci verify --online`` prints one error line and exits 1."""
    fake = FakeCrossref()
    fake.httpd.server_close()
    assert main(["verify", "--online", "--base-url", fake.url, "--timeout", "2"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("msc-sci: error: http://127.0.0.1:")
    assert "cannot reach Crossref" in err


@pytest.mark.parametrize("base_url", ["", "notaurl", "ftp://x", "file:///etc", "http://"])
def test_a_base_url_that_is_no_web_address_is_an_online_error(base_url: str) -> None:
    """A base URL that is not http(s) with a host is refused before any request."""
    with pytest.raises(OnlineError, match="not an http:// or https:// address"):
        msc_sci.verify_online(base_url=base_url)


def test_a_deeply_nested_answer_is_an_online_error(crossref: FakeCrossref) -> None:
    """An answer nested 100,000 deep is an OnlineError, not a RecursionError."""
    crossref.response = b"[" * 100_000 + b"]" * 100_000
    with pytest.raises(OnlineError, match="not JSON"):
        msc_sci.verify_online(base_url=crossref.url)
