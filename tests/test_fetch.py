"""linker.fetch against real HTTP servers on loopback (pytest-httpserver, redis-server).

Nothing here may reach beyond this machine: an autouse spy fails any test whose code opens a
connection to a non-loopback address, and the SSRF tests assert no connection at all. Loopback
is reachable only because the tests allow it through ``allow_hosts``, as production never does.
"""

from __future__ import annotations

import gzip
import ipaddress
import re
import shutil
import socket
import sqlite3
import ssl
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from linker.errors import (
    BlockedAddressError,
    ConfigurationError,
    FetchError,
    FetchTimeout,
    InvalidURLError,
    TooLargeError,
    UnsupportedMediaError,
)
from linker.fetch import (
    ENVIRONMENT,
    FetchSettings,
    choose_charset,
    clear_cache,
    fetch_document,
    is_forbidden_address,
    make_session,
    parse_ip_literal,
)

LOOPBACK = frozenset({"127.0.0.1", "localhost"})
FRENCH = "Déclaration universelle des droits de l’homme — « article 13 » coûte 5 €"
LATIN1 = "Déclaration universelle des droits de l'homme, article 13, à Genève"
PROSE = (
    "Le Haut-Commissariat rappelle que le droit de quitter tout pays, y compris le sien, "
    "et de revenir dans son propre pays est garanti par l'article 13 de la Déclaration "
    "universelle des droits de l'homme. Les États doivent s'abstenir de toute mesure "
    "arbitraire ; la privation de nationalité, même prévue par la loi, ne peut être décidée "
    "qu'après un examen équitable. « Nous sommes très préoccupés », a déclaré la porte-parole."
)


# --- fixtures ------------------------------------------------------------------------------


@pytest.fixture
def release() -> Iterator[threading.Event]:
    """Set at teardown, so handlers that stall on it end with the test."""
    event = threading.Event()
    yield event
    event.set()


@pytest.fixture(autouse=True)
def connections(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every address a socket connects to; a non-loopback one fails the test at once."""
    seen: list[str] = []
    real_connect = socket.socket.connect

    def spy(sock: socket.socket, address: Any) -> None:
        host = address[0] if isinstance(address, tuple) else str(address)
        seen.append(host)
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            assert ipaddress.ip_address(host.partition("%")[0]).is_loopback, address
        real_connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", spy)
    return seen


@pytest.fixture
def settings(tmp_path: Path) -> FetchSettings:
    """Loopback allowed, a private SQLite cache, short limits so failures come fast."""
    return FetchSettings(
        instance_path=str(tmp_path),
        allow_hosts=LOOPBACK,
        connect_timeout=2,
        total_timeout=5,
        max_bytes=200_000,
    )


def fake_dns(monkeypatch: pytest.MonkeyPatch, answers: dict[str, list[list[str]]]) -> list[str]:
    """Answer getaddrinfo for the given names, one list of addresses per successive lookup
    (the last repeats); numeric hosts pass through. Returns the names looked up."""
    real = socket.getaddrinfo
    asked: list[str] = []

    def getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> list[Any]:
        if host not in answers:
            return real(host, port, *args, **kwargs)
        asked.append(host)
        addresses = answers[host][min(asked.count(host), len(answers[host])) - 1]
        if not addresses:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return [_addrinfo(address, port) for address in addresses]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return asked


def _addrinfo(address: str, port: Any) -> tuple[Any, ...]:
    if ":" in address:
        return (socket.AF_INET6, socket.SOCK_STREAM, 6, "", (address, port or 0, 0, 0))
    return (socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port or 0))


def page(body: str, head: str = "") -> str:
    return f"<!doctype html><html><head>{head}<title>t</title></head><body><p>{body}</p></html>"


# --- encodings -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content_type", "raw", "charset", "expected"),
    [
        ("text/html; charset=utf-8", page(FRENCH).encode(), "utf-8", FRENCH),
        ("text/html; charset=windows-1252", page(FRENCH).encode("cp1252"), "cp1252", FRENCH),
        # Browsers read ISO-8859-1 as windows-1252, and so does linker.
        ("text/html; charset=ISO-8859-1", page(LATIN1).encode("latin-1"), "cp1252", LATIN1),
        ("text/plain; charset=utf-8", FRENCH.encode(), "utf-8", FRENCH),
        (
            "application/xhtml+xml",
            b'<?xml version="1.0" encoding="windows-1252"?><html>'
            + FRENCH.encode("cp1252")
            + b"</html>",
            "cp1252",
            FRENCH,
        ),
    ],
    ids=["utf-8", "windows-1252", "iso-8859-1", "plain-text", "xhtml-xml-declaration"],
)
def test_pages_decode_in_their_declared_charset(
    upstream: HTTPServer,
    settings: FetchSettings,
    content_type: str,
    raw: bytes,
    charset: str,
    expected: str,
) -> None:
    upstream.expect_request("/p").respond_with_data(raw, content_type=content_type)
    doc = fetch_document(upstream.url_for("/p"), settings)
    assert (doc.charset, doc.content, doc.media_type) == (charset, raw, content_type.split(";")[0])
    assert expected in doc.text
    assert doc.url == upstream.url_for("/p")
    assert not doc.from_cache
    assert abs(doc.fetched_at - datetime.now(UTC)) < timedelta(seconds=30)


@pytest.mark.parametrize(
    ("header", "raw", "charset"),
    [  # the server's default charset on a UTF-8 page; a stale header on a windows-1252 page
        ("iso-8859-1", page(FRENCH, '<meta charset="utf-8">').encode(), "utf-8"),
        (
            "utf-8",
            page(
                FRENCH, '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
            ).encode("cp1252"),
            "cp1252",
        ),
    ],
    ids=["latin1-header-utf8-page", "utf8-header-cp1252-page"],
)
def test_wrong_header_charset_is_corrected_by_meta(
    upstream: HTTPServer, settings: FetchSettings, header: str, raw: bytes, charset: str
) -> None:
    upstream.expect_request("/p").respond_with_data(
        raw, content_type=f"text/html; charset={header}"
    )
    doc = fetch_document(upstream.url_for("/p"), settings)
    assert doc.charset == charset
    assert FRENCH in doc.text


def test_meta_charset_used_when_header_has_none(
    upstream: HTTPServer, settings: FetchSettings
) -> None:
    raw = page(FRENCH, "<meta charset='windows-1252'>").encode("cp1252")
    upstream.expect_request("/p").respond_with_data(raw, content_type="text/html")
    assert FRENCH in fetch_document(upstream.url_for("/p"), settings).text


def test_undeclared_charset_is_detected(upstream: HTTPServer, settings: FetchSettings) -> None:
    upstream.expect_request("/p").respond_with_data(
        PROSE.encode("cp1252"), content_type="text/plain"
    )
    doc = fetch_document(upstream.url_for("/p"), settings)
    assert (doc.charset, doc.text) == ("cp1252", PROSE)


def test_undecodable_bytes_are_replaced_not_fatal(
    upstream: HTTPServer, settings: FetchSettings
) -> None:
    raw = b"<html><p>caf\xe9 \xff\xfe ok</p></html>"
    upstream.expect_request("/p").respond_with_data(raw, content_type="text/html; charset=utf-8")
    doc = fetch_document(upstream.url_for("/p"), settings)
    assert doc.charset == "utf-8"
    assert "caf\ufffd" in doc.text and "ok" in doc.text


@pytest.mark.parametrize(
    ("raw", "header", "expected"),
    [
        (b"\xef\xbb\xbfplain", "latin-1", "utf-8"),  # a BOM outranks the header
        (b"<meta charset=utf-7>+ADw-script", None, "utf-8"),  # UTF-7 is never used
        (b"<meta charset=base64>", "nonsense", "utf-8"),  # non-text codecs are ignored
        (b"<meta charset=utf-16>abc", None, "utf-8"),  # readable meta is not UTF-16
    ],
)
def test_charset_choice_edge_cases(raw: bytes, header: str | None, expected: str) -> None:
    assert choose_charset(raw, header, html=True) == expected


def test_gzip_body_is_decompressed(upstream: HTTPServer, settings: FetchSettings) -> None:
    raw = page(FRENCH).encode()
    upstream.expect_request("/p").respond_with_data(
        gzip.compress(raw),
        content_type="text/html; charset=utf-8",
        headers={"Content-Encoding": "gzip"},
    )
    doc = fetch_document(upstream.url_for("/p"), settings)
    assert doc.content == raw
    assert FRENCH in doc.text


def test_gzip_bomb_is_refused_by_decompressed_size(
    upstream: HTTPServer, settings: FetchSettings
) -> None:
    bomb = gzip.compress(b" " * 20_000_000)
    assert len(bomb) < settings.max_bytes
    upstream.expect_request("/p").respond_with_data(
        bomb, content_type="text/html", headers={"Content-Encoding": "gzip"}
    )
    with pytest.raises(TooLargeError) as caught:
        fetch_document(upstream.url_for("/p"), settings)
    assert caught.value.status == 413


# --- redirects -----------------------------------------------------------------------------


def redirect(upstream: HTTPServer, path: str, location: str, status: int = 302) -> None:
    upstream.expect_request(path).respond_with_data(
        "", status=status, headers={"Location": location}
    )


def test_redirects_are_followed_to_the_final_page(
    upstream: HTTPServer, settings: FetchSettings
) -> None:
    redirect(upstream, "/old", "/moved", status=301)
    redirect(upstream, "/moved", upstream.url_for("/final"), status=307)
    upstream.expect_request("/final").respond_with_data(page("here"), content_type="text/html")
    doc = fetch_document(upstream.url_for("/old"), settings)
    assert doc.url == upstream.url_for("/final")
    assert "here" in doc.text
    assert [r.path for r, _ in upstream.log] == ["/old", "/moved", "/final"]


@pytest.mark.parametrize(
    "location",
    ["http://10.0.0.1/admin", "http://169.254.169.254/latest/meta-data/", "http://[::1]/"],
)
def test_redirect_to_a_private_address_is_refused(
    upstream: HTTPServer, tmp_path: Path, connections: list[str], location: str
) -> None:
    # Only the server's own address is allowed, so [::1] is refused like the others.
    allowed = FetchSettings(instance_path=str(tmp_path), allow_hosts=frozenset({"127.0.0.1"}))
    redirect(upstream, "/go", location)
    with pytest.raises(BlockedAddressError) as caught:
        fetch_document(upstream.url_for("/go"), allowed)
    assert caught.value.status == 400
    assert set(connections) == {"127.0.0.1"}


@pytest.mark.parametrize("location", ["file:///etc/passwd", "ftp://127.0.0.1/x", "gopher://x/"])
def test_redirect_to_another_scheme_is_refused(
    upstream: HTTPServer, settings: FetchSettings, location: str
) -> None:
    redirect(upstream, "/go", location)
    with pytest.raises(InvalidURLError):
        fetch_document(upstream.url_for("/go"), settings)


def test_redirect_loop_is_an_upstream_error(upstream: HTTPServer, settings: FetchSettings) -> None:
    redirect(upstream, "/a", "/b")
    redirect(upstream, "/b", "/a")
    with pytest.raises(FetchError, match="redirect loop") as caught:
        fetch_document(upstream.url_for("/a"), settings)
    assert caught.value.status == 502
    assert len(upstream.log) == 2


def test_more_than_five_redirects_is_an_upstream_error(
    upstream: HTTPServer, settings: FetchSettings
) -> None:
    for hop in range(7):
        redirect(upstream, f"/{hop}", f"/{hop + 1}")
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch_document(upstream.url_for("/0"), settings)
    assert len(upstream.log) == 6  # the first request and five redirects followed


# --- time and size limits ------------------------------------------------------------------


def test_stalled_server_times_out(
    upstream: HTTPServer, settings: FetchSettings, release: threading.Event
) -> None:
    def stall(request: Request) -> Response:
        release.wait(10)
        return Response("too late")

    upstream.expect_request("/p").respond_with_handler(stall)
    started = time.monotonic()
    with pytest.raises(FetchTimeout) as caught:
        fetch_document(upstream.url_for("/p"), replace(settings, total_timeout=0.4))
    assert caught.value.status == 504
    assert time.monotonic() - started < 2


@pytest.mark.parametrize("headers", [{}, {"Content-Length": "100000"}], ids=["chunked", "length"])
def test_trickling_body_is_cut_at_the_total_timeout(
    upstream: HTTPServer,
    settings: FetchSettings,
    release: threading.Event,
    headers: dict[str, str],
) -> None:
    """A byte every 50 ms keeps every socket read alive: only a total deadline stops it. With
    a Content-Length one read waits for a whole buffer, so only the watchdog can end it."""

    def trickle() -> Iterator[bytes]:
        yield b"<html><body>"
        while not release.wait(0.05):
            yield b"x"

    upstream.expect_request("/p").respond_with_handler(
        lambda request: Response(trickle(), content_type="text/html", headers=headers)
    )
    started = time.monotonic()
    with pytest.raises(FetchTimeout):
        fetch_document(upstream.url_for("/p"), replace(settings, total_timeout=0.5))
    assert time.monotonic() - started < 1.5


def test_oversize_streamed_body_is_aborted_early(
    upstream: HTTPServer, settings: FetchSettings
) -> None:
    chunk, chunks = 64 * 1024, 1600  # 100 MiB offered, 200 kB allowed
    sent: list[int] = []

    def endless() -> Iterator[bytes]:
        for _ in range(chunks):
            sent.append(chunk)
            yield b"x" * chunk

    upstream.expect_request("/p").respond_with_handler(
        lambda request: Response(endless(), content_type="text/html")
    )
    with pytest.raises(TooLargeError, match="at most 200000 bytes") as caught:
        fetch_document(upstream.url_for("/p"), settings)
    assert caught.value.status == 413
    assert sum(sent) < chunk * chunks // 4  # the client hung up long before the end


def test_announced_oversize_body_is_refused_before_reading(
    upstream: HTTPServer, settings: FetchSettings
) -> None:
    upstream.expect_request("/p").respond_with_handler(
        lambda request: Response(
            iter([b"x" * 1000]), content_type="text/html", headers={"Content-Length": "9000000"}
        )
    )
    with pytest.raises(TooLargeError, match="announces 9000000 bytes"):
        fetch_document(upstream.url_for("/p"), settings)


# --- upstream status and media types ---------------------------------------------------------


@pytest.mark.parametrize("status", [404, 410, 500, 503])
def test_upstream_error_status_is_a_bad_gateway(
    upstream: HTTPServer, settings: FetchSettings, status: int
) -> None:
    upstream.expect_request("/p").respond_with_data("no", status=status)
    with pytest.raises(FetchError) as caught:
        fetch_document(upstream.url_for("/p"), settings)
    assert (caught.value.status, caught.value.upstream_status) == (502, status)
    assert str(status) in caught.value.message


@pytest.mark.parametrize(
    "media_type",
    ["application/pdf", "image/png", "application/zip", "application/octet-stream"],
)
def test_unsupported_media_type_is_refused_naming_it(
    upstream: HTTPServer, settings: FetchSettings, media_type: str
) -> None:
    upstream.expect_request("/f").respond_with_data(b"%PDF-1.7 ...", content_type=media_type)
    with pytest.raises(UnsupportedMediaError, match=media_type) as caught:
        fetch_document(upstream.url_for("/f"), settings)
    assert caught.value.status == 415


def test_pdf_without_content_type_is_sniffed_and_refused(
    upstream: HTTPServer, settings: FetchSettings
) -> None:
    upstream.expect_request("/f").respond_with_handler(
        lambda request: Response(b"%PDF-1.7\n...", headers={"Content-Type": ""})
    )
    with pytest.raises(UnsupportedMediaError, match="application/pdf"):
        fetch_document(upstream.url_for("/f"), settings)


def test_connection_refused_is_a_bad_gateway(settings: FetchSettings) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError) as caught:
        fetch_document(f"http://127.0.0.1:{port}/", settings)
    assert type(caught.value) is FetchError and caught.value.status == 502


def test_unresolvable_host_is_a_bad_gateway(
    monkeypatch: pytest.MonkeyPatch, settings: FetchSettings
) -> None:
    fake_dns(monkeypatch, {"nowhere.test": [[]]})
    with pytest.raises(FetchError, match="could not be resolved"):
        fetch_document("http://nowhere.test/", settings)


def test_requests_carry_linker_user_agent(upstream: HTTPServer, settings: FetchSettings) -> None:
    upstream.expect_request("/p").respond_with_data("ok", content_type="text/plain")
    fetch_document(upstream.url_for("/p"), settings)
    agent = upstream.log[0][0].headers["User-Agent"]
    assert agent.startswith("linker/")
    assert agent.endswith("(+https://github.com/linker; citation linker)")


# --- cache -----------------------------------------------------------------------------------


def test_second_fetch_is_served_from_the_cache(
    upstream: HTTPServer, settings: FetchSettings
) -> None:
    upstream.expect_request("/p").respond_with_data(page(FRENCH), content_type="text/html")
    first = fetch_document(upstream.url_for("/p"), settings)
    second = fetch_document(upstream.url_for("/p"), settings)
    assert len(upstream.log) == 1
    assert (first.from_cache, second.from_cache) == (False, True)
    assert (second.text, second.charset, second.url) == (first.text, first.charset, first.url)
    assert abs(second.fetched_at - first.fetched_at) < timedelta(seconds=1)
    assert (Path(settings.instance_path) / "http-cache.sqlite").is_file()


def test_sqlite_cache_is_in_wal_mode(upstream: HTTPServer, settings: FetchSettings) -> None:
    upstream.expect_request("/p").respond_with_data("ok", content_type="text/plain")
    fetch_document(upstream.url_for("/p"), settings)
    db = sqlite3.connect(Path(settings.instance_path) / "http-cache.sqlite")
    try:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        db.close()


def test_clear_cache_forgets_every_page(upstream: HTTPServer, settings: FetchSettings) -> None:
    upstream.expect_request("/p").respond_with_data("ok", content_type="text/plain")
    fetch_document(upstream.url_for("/p"), settings)
    clear_cache(settings)
    assert not fetch_document(upstream.url_for("/p"), settings).from_cache
    assert len(upstream.log) == 2


def expire_everything(settings: FetchSettings) -> None:
    with make_session(settings) as session:
        session.cache.reset_expiration(0)


@pytest.mark.parametrize("stale_if_error", [True, False])
def test_stale_copy_is_served_when_the_site_fails(
    upstream: HTTPServer, settings: FetchSettings, stale_if_error: bool
) -> None:
    settings = replace(settings, stale_if_error=stale_if_error)
    upstream.expect_ordered_request("/p").respond_with_data("fresh", content_type="text/plain")
    upstream.expect_ordered_request("/p").respond_with_data("down", status=500)
    fetch_document(upstream.url_for("/p"), settings)
    expire_everything(settings)
    if stale_if_error:
        assert fetch_document(upstream.url_for("/p"), settings).text == "fresh"
    else:
        with pytest.raises(FetchError):
            fetch_document(upstream.url_for("/p"), settings)
    assert len(upstream.log) == 2


def test_a_shared_session_is_reused(upstream: HTTPServer, settings: FetchSettings) -> None:
    upstream.expect_request("/p").respond_with_data("ok", content_type="text/plain")
    with make_session(settings) as session:
        assert fetch_document(upstream.url_for("/p"), settings, session).text == "ok"
        assert fetch_document(upstream.url_for("/p"), settings, session).from_cache


def test_an_unpinned_session_is_refused(settings: FetchSettings) -> None:
    with requests.Session() as session, pytest.raises(TypeError):
        fetch_document("http://127.0.0.1/", settings, session)


@pytest.fixture
def redis_url() -> Iterator[str]:
    """A throwaway redis-server on a free loopback port, stopped at teardown."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly"]
    process = subprocess.Popen(
        [*command, "no"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        wait_for_port(port, process)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)


def wait_for_port(port: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and process.poll() is None:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.02)
    raise RuntimeError(f"redis-server did not start on port {port}")


def test_redis_cache_serves_the_second_fetch(
    upstream: HTTPServer, settings: FetchSettings, redis_url: str
) -> None:
    import redis

    settings = replace(settings, cache_url=redis_url)
    upstream.expect_request("/p").respond_with_data(page(FRENCH), content_type="text/html")
    first = fetch_document(upstream.url_for("/p"), settings)
    second = fetch_document(upstream.url_for("/p"), settings)
    assert (first.from_cache, second.from_cache, len(upstream.log)) == (False, True, 1)
    assert FRENCH in second.text
    client = redis.Redis.from_url(redis_url)
    try:
        assert client.keys("linker*")
        clear_cache(settings)
        assert not client.keys("linker*")
    finally:
        client.close()
    assert not fetch_document(upstream.url_for("/p"), settings).from_cache


# --- SSRF guard ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://localhost/",
        "http://LOCALHOST./",
        "http://10.0.0.1/",
        "http://192.168.1.1/",
        "http://172.16.0.1/",
        "http://100.64.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://[::ffff:a00:1]/",
        "http://[fe80::1]/",
        "http://[fc00::1]/",
        "http://2130706433/",
        "http://0x7f000001/",
        "http://017700000001/",
        "http://0177.0.0.1/",
        "http://0x7f.0.0.1/",
        "http://127.1/",
        "http://0.0.0.0/",
        "http://0/",
        "http://224.0.0.1/",
        "http://255.255.255.255/",
        "https://127.0.0.1:8443/",
        "http://user:pw@127.0.0.1/",
    ],
)
def test_private_addresses_are_refused_without_connecting(
    tmp_path: Path, connections: list[str], url: str
) -> None:
    production = FetchSettings(instance_path=str(tmp_path))
    with pytest.raises(BlockedAddressError) as caught:
        fetch_document(url, production)
    assert caught.value.status == 400
    assert connections == []


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://example.org/", "javascript:alert(1)", "data:,x", "//x/"]
)
def test_other_schemes_are_refused(settings: FetchSettings, url: str) -> None:
    with pytest.raises(InvalidURLError) as caught:
        fetch_document(url, settings)
    assert caught.value.status == 400


@pytest.mark.parametrize("url", ["http://", "http:///path", "http://x:99999/", "http://999.1.1.1/"])
def test_malformed_urls_are_refused(settings: FetchSettings, url: str) -> None:
    with pytest.raises(InvalidURLError):
        fetch_document(url, settings)


def test_a_name_with_one_private_address_among_public_ones_is_refused(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, connections: list[str]
) -> None:
    fake_dns(monkeypatch, {"mixed.test": [["93.184.215.14", "10.1.2.3"]]})
    with pytest.raises(BlockedAddressError, match=r"10\.1\.2\.3"):
        fetch_document("http://mixed.test/", FetchSettings(instance_path=str(tmp_path)))
    assert connections == []


def test_connection_goes_to_the_checked_address(
    monkeypatch: pytest.MonkeyPatch,
    upstream: HTTPServer,
    tmp_path: Path,
    connections: list[str],
) -> None:
    """DNS rebinding: the first answer passes the guard, a second would point elsewhere. The
    fetch must connect to the first answer and never ask again."""
    asked = fake_dns(monkeypatch, {"rebind.test": [["127.0.0.1"], ["10.9.9.9"]]})
    upstream.expect_request("/p").respond_with_data("pinned", content_type="text/plain")
    settings = FetchSettings(instance_path=str(tmp_path), allow_hosts=frozenset({"127.0.0.1"}))
    url = f"http://rebind.test:{upstream.port}/p"
    doc = fetch_document(url, settings)
    assert (doc.text, doc.url) == ("pinned", url)
    assert asked == ["rebind.test"]
    assert connections == ["127.0.0.1"]
    assert upstream.log[0][0].headers["Host"] == f"rebind.test:{upstream.port}"


@pytest.mark.parametrize(
    ("address", "forbidden"),
    [
        ("8.8.8.8", False),
        ("93.184.215.14", False),
        ("2606:4700:4700::1111", False),
        ("127.0.0.1", True),
        ("10.255.0.1", True),
        ("100.64.0.1", True),
        ("169.254.169.254", True),
        ("192.0.0.8", True),
        ("198.18.0.1", True),
        ("224.0.0.1", True),
        ("240.0.0.1", True),
        ("0.0.0.0", True),
        ("::", True),
        ("::1", True),
        ("::127.0.0.1", True),
        ("::ffff:169.254.169.254", True),
        ("64:ff9b::7f00:1", True),
        ("64:ff9b:1::1", True),
        ("2002:7f00:1::", True),
        ("2002:a00:1::1", True),
        ("2001:0:4136:e378:8000:63bf:f5ff:fffe", True),
        ("fe80::1", True),
        ("fec0::1", True),
        ("fc00::1", True),
        ("ff02::1", True),
        ("2001:db8::1", True),
    ],
)
def test_forbidden_addresses(address: str, forbidden: bool) -> None:
    assert is_forbidden_address(ipaddress.ip_address(address)) is forbidden


@pytest.mark.parametrize(
    ("spelling", "address"),
    [
        ("2130706433", "127.0.0.1"),
        ("0x7f000001", "127.0.0.1"),
        ("017700000001", "127.0.0.1"),
        ("0177.0.0.1", "127.0.0.1"),
        ("0x7f.0.0.1", "127.0.0.1"),
        ("127.1", "127.0.0.1"),
        ("10.1", "10.0.0.1"),
        ("0", "0.0.0.0"),
        ("::ffff:127.0.0.1", "::ffff:7f00:1"),
        ("example.org", None),
        ("deadbeef", None),
    ],
)
def test_numeric_spellings_are_decoded(spelling: str, address: str | None) -> None:
    parsed = parse_ip_literal(spelling)
    assert (str(parsed) if parsed else None) == address


# --- HTTPS: pinned to the address, verified against the name ---------------------------------


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A CA and two server certificates it signed: one for rebind.test, one for other.test."""
    pki = pytest.importorskip("cryptography.x509")
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    folder = tmp_path_factory.mktemp("tls")
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = pki.Name([pki.NameAttribute(pki.oid.NameOID.COMMON_NAME, "linker test CA")])
    ca = _certificate(pki, ca_name, ca_name, ca_key.public_key(), ca_key, hashes, ca=True)
    files = {"ca": folder / "ca.pem"}
    files["ca"].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    for host in ("rebind.test", "other.test"):
        key = ec.generate_private_key(ec.SECP256R1())
        name = pki.Name([pki.NameAttribute(pki.oid.NameOID.COMMON_NAME, host)])
        cert = _certificate(pki, name, ca_name, key.public_key(), ca_key, hashes, host=host)
        pem = cert.public_bytes(serialization.Encoding.PEM) + key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        files[host] = folder / f"{host}.pem"
        files[host].write_bytes(pem)
    return files


def _certificate(
    pki: Any, subject: Any, issuer: Any, public_key: Any, signer: Any, hashes: Any, **kind: Any
) -> Any:
    now = datetime.now(UTC)
    builder = (
        pki.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public_key)
        .serial_number(pki.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(pki.BasicConstraints(ca=bool(kind.get("ca")), path_length=None), True)
    )
    if "host" in kind:
        builder = builder.add_extension(
            pki.SubjectAlternativeName([pki.DNSName(kind["host"])]), False
        )
    return builder.sign(signer, hashes.SHA256())


@pytest.fixture
def tls_server(tls_files: dict[str, Path]) -> Iterator[Callable[[str], HTTPServer]]:
    """Start an https server on 127.0.0.1 presenting the certificate of a given name."""
    started: list[HTTPServer] = []

    def start(host: str) -> HTTPServer:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(tls_files[host])
        httpd = HTTPServer(host="127.0.0.1", port=0, ssl_context=context, threaded=True)
        httpd.start()
        started.append(httpd)
        return httpd

    yield start
    for httpd in started:
        httpd.stop()


@pytest.mark.parametrize(("certificate", "ok"), [("rebind.test", True), ("other.test", False)])
def test_https_is_pinned_and_verified_against_the_name(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    tls_files: dict[str, Path],
    tls_server: Callable[[str], HTTPServer],
    connections: list[str],
    certificate: str,
    ok: bool,
) -> None:
    httpd = tls_server(certificate)
    httpd.expect_request("/p").respond_with_data("secure", content_type="text/plain")
    fake_dns(monkeypatch, {"rebind.test": [["127.0.0.1"], ["10.9.9.9"]]})
    settings = FetchSettings(
        instance_path=str(tmp_path),
        allow_hosts=frozenset({"127.0.0.1"}),
        ca_bundle=str(tls_files["ca"]),
    )
    url = f"https://rebind.test:{httpd.port}/p"
    if ok:
        assert fetch_document(url, settings).text == "secure"
    else:
        with pytest.raises(FetchError, match="TLS"):
            fetch_document(url, settings)
    assert connections == ["127.0.0.1"]


# --- settings --------------------------------------------------------------------------------


def test_default_settings() -> None:
    settings = FetchSettings.from_env({}, instance_path="inst")
    assert settings == FetchSettings(instance_path="inst")
    assert (settings.connect_timeout, settings.total_timeout) == (5, 15)
    assert (settings.cache_url, settings.cache_expire, settings.stale_if_error) == ("", 3600, True)
    assert (settings.max_bytes, settings.max_redirects) == (5 * 1024 * 1024, 5)
    assert settings.allow_hosts == frozenset()
    assert settings.user_agent.startswith("linker/")


def test_settings_from_environment() -> None:
    settings = FetchSettings.from_env(
        {
            "LINKER_CACHE_URL": "redis://127.0.0.1:6379/2",
            "LINKER_CACHE_EXPIRE": "60",
            "LINKER_CACHE_STALE_IF_ERROR": "off",
            "LINKER_FETCH_TIMEOUT": "2,8",
            "LINKER_FETCH_MAX_BYTES": "1000",
            "LINKER_FETCH_ALLOW_HOSTS": " 127.0.0.1, LocalHost ,[::1],",
            "LINKER_FETCH_CA_BUNDLE": "/etc/ssl/ca.pem",
        }
    )
    assert settings.cache_url == "redis://127.0.0.1:6379/2"
    assert (settings.cache_expire, settings.stale_if_error) == (60, False)
    assert (settings.connect_timeout, settings.total_timeout, settings.max_bytes) == (2, 8, 1000)
    assert settings.allow_hosts == {"127.0.0.1", "localhost", "::1"}
    assert settings.ca_bundle == "/etc/ssl/ca.pem"
    assert FetchSettings.from_env({"LINKER_FETCH_TIMEOUT": "3"}).connect_timeout == 3


def test_every_setting_is_documented() -> None:
    source = Path(__file__).parents[1].joinpath("linker", "fetch.py").read_text()
    assert set(ENVIRONMENT) == set(re.findall(r'"(LINKER_[A-Z_]+)"', source))


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("LINKER_CACHE_EXPIRE", "soon"),
        ("LINKER_CACHE_STALE_IF_ERROR", "maybe"),
        ("LINKER_FETCH_TIMEOUT", "0"),
        ("LINKER_FETCH_TIMEOUT", "1,2,3"),
        ("LINKER_FETCH_TIMEOUT", "fast"),
        ("LINKER_FETCH_MAX_BYTES", "-5"),
        ("LINKER_FETCH_MAX_BYTES", "5MB"),
    ],
)
def test_bad_settings_name_the_variable(name: str, value: str) -> None:
    with pytest.raises(ConfigurationError, match=name):
        FetchSettings.from_env({name: value})


@pytest.mark.parametrize("cache_url", ["mongodb://db/", "sqlite://x.db", "redis", "file.db"])
def test_unknown_cache_backend_lists_the_choices(cache_url: str) -> None:
    with pytest.raises(ConfigurationError, match=r"sqlite:///PATH.*redis://"):
        FetchSettings.from_env({"LINKER_CACHE_URL": cache_url})


def test_memory_cache_lives_as_long_as_its_session(
    upstream: HTTPServer, settings: FetchSettings
) -> None:
    settings = replace(settings, cache_url="memory://")
    upstream.expect_request("/p").respond_with_data("ok", content_type="text/plain")
    with make_session(settings) as session:
        fetch_document(upstream.url_for("/p"), settings, session)
        assert fetch_document(upstream.url_for("/p"), settings, session).from_cache
    assert not fetch_document(upstream.url_for("/p"), settings).from_cache
    assert len(upstream.log) == 2


def test_sqlite_cache_path_can_be_chosen(
    upstream: HTTPServer, settings: FetchSettings, tmp_path: Path
) -> None:
    upstream.expect_request("/p").respond_with_data("ok", content_type="text/plain")
    path = tmp_path / "elsewhere" / "pages.sqlite"
    fetch_document(upstream.url_for("/p"), replace(settings, cache_url=f"sqlite:///{path}"))
    assert path.is_file()
