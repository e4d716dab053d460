"""Fetching a URL: a tiny transport interface, an SSRF guard, manual redirects.

A :class:`Transport` does one GET and nothing else (no redirects, no address
checks). :func:`fetch` does the policy: http/https only, every hop's host
resolved and refused when it is loopback, private, link-local, multicast,
reserved or unspecified (unless ``settings.fetch.allow_private``), at most
:data:`MAX_REDIRECTS` redirects, HTTP errors as :class:`FetchError`.

The resolver is a function ``host -> [address, ...]``; tests inject one so
nothing touches the network. :class:`FakeTransport` answers from a dict and
resolves every name to a public address of its own, so tests that use it
stay offline even when they pass no resolver.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Protocol
from urllib.parse import urljoin, urlsplit

from ..errors import BlockedAddressError, FetchError, InputError, UnsupportedInputError

__all__ = [
    "Response",
    "Transport",
    "HttpxTransport",
    "FakeTransport",
    "Resolver",
    "system_resolver",
    "check_host",
    "fetch",
    "MAX_REDIRECTS",
    "ACCEPT",
]

MAX_REDIRECTS = 5
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"
)

Resolver = Callable[[str], Iterable[str]]


@dataclass
class Response:
    """One HTTP response: status, headers (lower-case keys), body bytes, its URL."""

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    content: bytes = b""
    url: str = ""

    def __post_init__(self) -> None:
        self.headers = {k.lower(): v for k, v in self.headers.items()}


class Transport(Protocol):
    """One GET, no redirects followed. Raise FetchError for network failures."""

    def get(self, url: str, *, headers: dict[str, str], timeout: tuple[float, float], max_bytes: int) -> Response: ...


class HttpxTransport:
    """The default transport: httpx, streaming, stopping past ``max_bytes``.

    ``client`` may be given (e.g. one with an ``httpx.MockTransport`` in tests);
    otherwise one is made on first use. Close it with :meth:`close` or use the
    transport as a context manager.
    """

    def __init__(self, client: Any | None = None) -> None:
        self._client = client
        self._own = client is None

    def _get_client(self) -> Any:
        if self._client is None:
            import httpx

            self._client = httpx.Client(follow_redirects=False)
        return self._client

    def get(self, url: str, *, headers: dict[str, str], timeout: tuple[float, float], max_bytes: int) -> Response:
        import httpx

        connect, read = timeout
        client = self._get_client()
        try:
            with client.stream(
                "GET",
                url,
                headers=headers,
                timeout=httpx.Timeout(connect=connect, read=read, write=read, pool=connect),
                follow_redirects=False,
            ) as resp:
                declared = resp.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > max_bytes:
                    raise FetchError(f"larger than {max_bytes} bytes (Content-Length {declared})", url)
                chunks: list[bytes] = []
                size = 0
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > max_bytes:
                        raise FetchError(f"larger than {max_bytes} bytes", url)
                    chunks.append(chunk)
                return Response(
                    status=resp.status_code,
                    headers=dict(resp.headers.items()),
                    content=b"".join(chunks),
                    url=str(resp.url),
                )
        except httpx.ConnectTimeout as exc:
            raise FetchError(f"timed out after {connect:g} s (connecting)", url) from exc
        except httpx.TimeoutException as exc:
            raise FetchError(f"timed out after {read:g} s", url) from exc
        except httpx.ConnectError as exc:
            raise FetchError(f"could not connect: {exc or type(exc).__name__}", url) from exc
        except httpx.NetworkError as exc:
            raise FetchError(f"connection failed: {exc or type(exc).__name__}", url) from exc
        except httpx.InvalidURL as exc:
            raise UnsupportedInputError(f"invalid URL: {exc}", url) from exc
        except httpx.HTTPError as exc:
            raise FetchError(f"could not fetch: {exc or type(exc).__name__}", url) from exc

    def close(self) -> None:
        if self._client is not None and self._own:
            self._client.close()
            self._client = None

    def __enter__(self) -> "HttpxTransport":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class FakeTransport:
    """A transport for tests: ``pages`` maps a URL to a Response or an exception.

    An unknown URL is a connection failure. ``requests`` records each call as
    ``(url, headers, timeout, max_bytes)``. :meth:`resolve` maps every host to
    ``address`` (a public one by default) so that :func:`fetch` needs no DNS.
    """

    def __init__(self, pages: dict[str, Response | BaseException], *, address: str = "93.184.216.34") -> None:
        self.pages = dict(pages)
        self.address = address
        self.requests: list[tuple[str, dict[str, str], tuple[float, float], int]] = []

    def resolve(self, host: str) -> list[str]:
        return [self.address]

    def get(self, url: str, *, headers: dict[str, str], timeout: tuple[float, float], max_bytes: int) -> Response:
        self.requests.append((url, dict(headers), timeout, max_bytes))
        page = self.pages.get(url)
        if page is None:
            raise FetchError("could not connect: no such page (FakeTransport)", url)
        if isinstance(page, BaseException):
            raise page
        if len(page.content) > max_bytes:
            raise FetchError(f"larger than {max_bytes} bytes", url)
        return Response(status=page.status, headers=dict(page.headers), content=page.content, url=page.url or url)


def system_resolver(host: str) -> list[str]:
    """The addresses ``host`` resolves to (``socket.getaddrinfo``)."""
    try:
        infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"could not resolve host {host}: {exc}") from exc
    return sorted({str(info[4][0]).split("%", 1)[0] for info in infos})


def _literal_ip(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        pass
    # Shorthand IPv4 forms that resolvers accept: 127.1, 0x7f.0.0.1, 2130706433.
    if host and all(c in "0123456789abcdefx." for c in host.lower()) and any(c.isdigit() for c in host):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    return None


def _blocked_reason(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why ``ip`` may not be fetched from, or None for a public address."""
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is not None:
            inner = _blocked_reason(embedded)
            return f"{inner}, embedded in IPv6" if inner else None
    for reason, flag in (
        ("unspecified", ip.is_unspecified),
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("private", ip.is_private),
        ("reserved", ip.is_reserved),
        ("non-global", not ip.is_global),
    ):
        if flag:
            return reason
    return None


def check_host(host: str, *, resolver: Resolver, location: str) -> None:
    """Raise BlockedAddressError when ``host`` is or resolves to a non-public address."""
    literal = _literal_ip(host)
    if literal is not None:
        reason = _blocked_reason(literal)
        if reason:
            raise BlockedAddressError(
                f"{literal} is a {reason} address (blocked; set fetch.allow_private to allow)", location
            )
        return
    try:
        addresses = list(resolver(host))
    except InputError as exc:
        raise FetchError(exc.reason, location) from exc
    if not addresses:
        raise FetchError(f"could not resolve host {host}", location)
    for address in addresses:
        ip = _literal_ip(address)
        if ip is None:
            raise FetchError(f"resolver gave a non-address for {host}: {address!r}", location)
        reason = _blocked_reason(ip)
        if reason:
            raise BlockedAddressError(
                f"{host} resolves to {ip}, a {reason} address (blocked; set fetch.allow_private to allow)",
                location,
            )


def _host_of(url: str, location: str) -> str:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError as exc:
        raise UnsupportedInputError(f"invalid URL: {exc}", location) from exc
    if parts.scheme.lower() not in ("http", "https"):
        scheme = parts.scheme or "no scheme"
        raise UnsupportedInputError(f"unsupported URL scheme {scheme!r} (only http and https)", location)
    if not parts.hostname:
        raise UnsupportedInputError("URL has no host", location)
    return parts.hostname


def fetch(
    url: str,
    *,
    settings: Any,
    transport: Transport | None = None,
    resolver: Resolver | None = None,
) -> Response:
    """GET ``url`` under the fetch policy; the returned Response's ``url`` is the final one.

    ``settings`` is a :class:`~quellenkritik.config.Settings`. Errors carry
    ``url`` as their location. Without a transport a temporary
    :class:`HttpxTransport` is used; without a resolver the transport's
    ``resolve`` method if it has one, else :func:`system_resolver`.
    """
    fs = settings.fetch
    if transport is None:
        with HttpxTransport() as own:
            return fetch(url, settings=settings, transport=own, resolver=resolver)
    resolve: Resolver = resolver or getattr(transport, "resolve", None) or system_resolver
    headers = {"User-Agent": fs.user_agent, "Accept": ACCEPT}
    current = url
    for hop in range(MAX_REDIRECTS + 1):
        host = _host_of(current, url)
        if not fs.allow_private:
            try:
                check_host(host, resolver=resolve, location=url)
            except BlockedAddressError as exc:
                if hop:
                    exc.reason = f"redirect to {current}: {exc.reason}"
                raise
        try:
            resp = transport.get(
                current, headers=headers, timeout=(fs.timeout_connect, fs.timeout_read), max_bytes=fs.max_bytes
            )
        except InputError as exc:
            if hop:
                exc.reason = f"redirect to {current}: {exc.reason}"
            exc.location = url
            raise
        if resp.status in _REDIRECTS:
            target = resp.headers.get("location")
            if not target:
                raise FetchError(f"HTTP {resp.status} without a Location header", url)
            current = urljoin(current, target.strip())
            continue
        if resp.status >= 400:
            raise FetchError(f"HTTP {resp.status}", url)
        if resp.status >= 300:
            raise FetchError(f"HTTP {resp.status} (not a redirect that can be followed)", url)
        resp.url = current
        return resp
    raise FetchError(f"too many redirects (more than {MAX_REDIRECTS})", url)
