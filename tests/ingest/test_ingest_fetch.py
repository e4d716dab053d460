"""Fetching: FakeTransport, redirects, size cap, HTTP errors, the SSRF guard, HttpxTransport."""

from __future__ import annotations

import httpx
import pytest

from quellenkritik.config import FetchSettings, Settings
from quellenkritik.errors import BlockedAddressError, FetchError, UnsupportedInputError
from quellenkritik.ingest import FakeTransport, HttpxTransport, Response, fetch, from_url

PAGE = "<html><body><p>Die Stadt meldet „keine Schäden“.</p></body></html>"


def public(host: str) -> list[str]:
    return ["93.184.216.34"]


def test_fetch_follows_redirects_and_records_the_final_url(settings):
    fake = FakeTransport({
        "http://zeitung.example/alt": Response(301, {"Location": "https://zeitung.example/neu"}),
        "https://zeitung.example/neu": Response(302, {"location": "/artikel?id=7"}),
        "https://zeitung.example/artikel?id=7": Response(200, {"Content-Type": "text/html; charset=utf-8"}, PAGE.encode()),
    })
    doc = from_url("http://zeitung.example/alt", settings=settings, transport=fake, resolver=public)
    assert doc.source.kind == "url" and doc.source.location == "http://zeitung.example/alt"
    assert doc.runtime["hints"]["url"] == "https://zeitung.example/artikel?id=7"
    assert doc.runtime["raw"] == PAGE and doc.runtime["raw_format"] == "html"
    assert doc.source.content_type == "text/html" and doc.source.encoding == "utf-8"
    assert [r[0] for r in fake.requests] == [
        "http://zeitung.example/alt", "https://zeitung.example/neu", "https://zeitung.example/artikel?id=7",
    ]


def test_request_carries_user_agent_timeouts_and_size_cap():
    settings = Settings(fetch=FetchSettings(timeout_connect=3, timeout_read=7, max_bytes=1000, user_agent="qk-test/1"))
    fake = FakeTransport({"https://a.example/": Response(200, {"content-type": "text/plain"}, b"Kurzer Text.")})
    from_url("https://a.example/", settings=settings, transport=fake, resolver=public)
    [(_, headers, timeout, max_bytes)] = fake.requests
    assert headers["User-Agent"] == "qk-test/1"
    assert timeout == (3, 7) and max_bytes == 1000


def test_too_many_redirects(settings):
    pages = {f"https://loop.example/{i}": Response(302, {"location": f"/{i + 1}"}) for i in range(10)}
    with pytest.raises(FetchError, match="too many redirects"):
        fetch("https://loop.example/0", settings=settings, transport=FakeTransport(pages), resolver=public)


def test_size_cap(settings):
    small = Settings(fetch=FetchSettings(max_bytes=100))
    fake = FakeTransport({"https://gross.example/": Response(200, {}, b"x" * 101)})
    with pytest.raises(FetchError, match="larger than 100 bytes") as info:
        from_url("https://gross.example/", settings=small, transport=fake, resolver=public)
    assert info.value.location == "https://gross.example/"


@pytest.mark.parametrize("status", [404, 500, 410])
def test_http_errors(settings, status):
    fake = FakeTransport({"https://weg.example/x": Response(status, {}, b"Fehler")})
    with pytest.raises(FetchError) as info:
        from_url("https://weg.example/x", settings=settings, transport=fake, resolver=public)
    assert info.value.reason == f"HTTP {status}"
    assert str(info.value) == f"https://weg.example/x: HTTP {status}"


def test_content_type_charset_decodes_the_body(settings):
    body = "<p>Grüße „aus“ Köln, 5 €</p>".encode("cp1252")
    fake = FakeTransport({"https://k.example/": Response(200, {"Content-Type": "text/html; charset=windows-1252"}, body)})
    doc = from_url("https://k.example/", settings=settings, transport=fake, resolver=public)
    assert doc.runtime["raw"] == "<p>Grüße „aus“ Köln, 5 €</p>"
    assert doc.source.encoding == "cp1252"


def test_binary_content_type_is_refused(settings):
    fake = FakeTransport({"https://p.example/a.pdf": Response(200, {"content-type": "application/pdf"}, b"%PDF-1.7")})
    with pytest.raises(UnsupportedInputError, match="binary"):
        from_url("https://p.example/a.pdf", settings=settings, transport=fake, resolver=public)


@pytest.mark.parametrize(
    ("url", "address"),
    [
        ("http://127.0.0.1/", "127.0.0.1"),
        ("http://[::1]/", "::1"),
        ("http://169.254.169.254/latest/meta-data/", "169.254.169.254"),
        ("http://10.0.0.1/", "10.0.0.1"),
        ("http://[::ffff:127.0.0.1]/", "127.0.0.1"),
        ("http://0.0.0.0/", "0.0.0.0"),
        ("http://127.1/", "127.0.0.1"),
        ("http://[fe80::1]/", "fe80::1"),
    ],
)
def test_literal_private_addresses_are_blocked(settings, url, address):
    fake = FakeTransport({url: Response(200, {}, b"geheim")})
    with pytest.raises(BlockedAddressError) as info:
        from_url(url, settings=settings, transport=fake)
    assert address in str(info.value)
    assert info.value.location == url
    assert fake.requests == []  # nothing was sent


def test_hostname_resolving_to_a_private_address_is_blocked(settings):
    fake = FakeTransport({"https://intern.example/": Response(200, {}, b"geheim")})
    with pytest.raises(BlockedAddressError, match=r"intern\.example resolves to 10\.1\.2\.3"):
        from_url("https://intern.example/", settings=settings, transport=fake, resolver=lambda host: ["10.1.2.3"])
    with pytest.raises(BlockedAddressError):  # one bad address among good ones is enough
        from_url("https://intern.example/", settings=settings, transport=fake, resolver=lambda h: ["93.184.216.34", "fd00::5"])
    assert fake.requests == []


def test_redirect_to_a_private_address_is_blocked(settings):
    fake = FakeTransport({
        "https://offen.example/": Response(302, {"location": "http://169.254.169.254/latest/"}),
        "http://169.254.169.254/latest/": Response(200, {}, b"geheim"),
    })
    with pytest.raises(BlockedAddressError, match="redirect to http://169.254.169.254/latest/"):
        from_url("https://offen.example/", settings=settings, transport=fake, resolver=public)
    assert [r[0] for r in fake.requests] == ["https://offen.example/"]


def test_allow_private_lifts_the_block(open_settings):
    fake = FakeTransport({"http://127.0.0.1:8080/a": Response(200, {"content-type": "text/plain"}, b"Lokaler Text.")})
    doc = from_url("http://127.0.0.1:8080/a", settings=open_settings, transport=fake, resolver=lambda h: ["10.0.0.1"])
    assert doc.runtime["raw"] == "Lokaler Text."


@pytest.mark.parametrize("url", ["ftp://dateien.example/a.txt", "file:///etc/passwd", "gopher://x.example/"])
def test_other_schemes_are_unsupported(settings, url):
    with pytest.raises(UnsupportedInputError, match="scheme"):
        from_url(url, settings=settings, transport=FakeTransport({}))


def test_transport_errors_keep_their_reason(settings):
    fake = FakeTransport({"https://lahm.example/": FetchError("timed out after 10 s")})
    with pytest.raises(FetchError) as info:
        from_url("https://lahm.example/", settings=settings, transport=fake, resolver=public)
    assert str(info.value) == "https://lahm.example/: timed out after 10 s"


def test_resolver_failure_is_a_fetch_error(settings):
    def fail(host: str) -> list[str]:
        raise FetchError(f"could not resolve host {host}: Name or service not known")

    with pytest.raises(FetchError, match="could not resolve host nirgends.example"):
        from_url("https://nirgends.example/", settings=settings, transport=FakeTransport({}), resolver=fail)


# ---- HttpxTransport, on httpx's own mock transport (no network) -------------

def _httpx(handler) -> HttpxTransport:
    return HttpxTransport(client=httpx.Client(transport=httpx.MockTransport(handler)))


def test_httpx_transport_streams_and_stops_past_max_bytes(settings):
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=iter([b"a" * 600, b"b" * 600]))  # no Content-Length

    small = Settings(fetch=FetchSettings(max_bytes=1000))
    with pytest.raises(FetchError, match="larger than 1000 bytes"):
        fetch("https://gross.example/", settings=small, transport=_httpx(handler), resolver=public)


def test_httpx_transport_returns_status_headers_and_body(settings):
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["user-agent"] == settings.fetch.user_agent
        return httpx.Response(200, headers={"Content-Type": "text/plain; charset=utf-8"}, content="Grüße".encode())

    resp = fetch("https://ok.example/", settings=settings, transport=_httpx(handler), resolver=public)
    assert resp.status == 200 and resp.content == "Grüße".encode() and resp.headers["content-type"].startswith("text/plain")


@pytest.mark.parametrize(
    ("exc", "message"),
    [
        (httpx.ConnectTimeout("slow"), "timed out after 10 s"),
        (httpx.ReadTimeout("slow"), "timed out after 30 s"),
        (httpx.ConnectError("Connection refused"), "could not connect: Connection refused"),
    ],
)
def test_httpx_transport_errors(settings, exc, message):
    def handler(request: httpx.Request) -> httpx.Response:
        raise exc

    with pytest.raises(FetchError, match=message):
        fetch("https://x.example/", settings=settings, transport=_httpx(handler), resolver=public)
