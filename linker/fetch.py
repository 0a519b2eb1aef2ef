"""URL → document: the only module of linker that makes HTTP requests.

``fetch_document(url, settings)`` answers a :class:`FetchedDocument` (bytes, media type,
charset, decoded text) or raises a :class:`~linker.errors.LinkerError` that carries the HTTP
status the API answers with. Fetching strangers' URLs from a server is the most dangerous thing
linker does, so every hop of every fetch passes the same gate:

* http and https only; at most ``max_redirects`` redirects, followed here one at a time so that
  each target is checked like the first URL;
* the host is resolved once and *every* address it resolves to is checked (SSRF guard), then the
  connection goes to that checked address (:class:`PinnedAdapter`): no second DNS lookup exists
  that could answer differently;
* a connect timeout, a total deadline that also bounds slow reads, and a size limit enforced
  while streaming (the body is never read past the limit);
* responses are cached with requests-cache (SQLite in the instance folder, or Redis).

Settings come from ``LINKER_*`` environment variables; :data:`ENVIRONMENT` documents each.
"""

from __future__ import annotations

import codecs
import ipaddress
import logging
import os
import re
import socket
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.cookiejar import DefaultCookiePolicy
from importlib import metadata
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import charset_normalizer
import requests
import requests_cache
import urllib3
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from linker.errors import (
    BlockedAddressError,
    ConfigurationError,
    FetchError,
    FetchTimeout,
    InvalidURLError,
    LinkerError,
    TooLargeError,
    UnsupportedMediaError,
)

logger = logging.getLogger(__name__)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

ACCEPTED_MEDIA_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
HTML_MEDIA_TYPES = frozenset({"text/html", "application/xhtml+xml"})
CACHE_FILE_NAME = "http-cache.sqlite"
CACHE_BACKENDS = (
    "'' (SQLite file in the instance folder)",
    "sqlite:///PATH",
    "redis://HOST:PORT/DB",
    "rediss://HOST:PORT/DB",
    "memory://",
)
ENVIRONMENT: Mapping[str, str] = {
    "LINKER_CACHE_URL": "Where fetched pages are cached: empty (default) for the SQLite file "
    f"{CACHE_FILE_NAME} in the instance folder, sqlite:///PATH, redis://HOST:PORT/DB "
    "(or rediss://), or memory:// (kept for one session only).",
    "LINKER_CACHE_EXPIRE": "Seconds a cached page stays fresh (default 3600; -1 never expires, "
    "0 asks the site every time).",
    "LINKER_CACHE_STALE_IF_ERROR": "Serve an expired cached copy when the site fails "
    "(default on; on/off).",
    "LINKER_FETCH_TIMEOUT": "TOTAL or CONNECT,TOTAL seconds (default 5,15); the total bounds "
    "the whole fetch, slow reads and redirects included.",
    "LINKER_FETCH_MAX_BYTES": "Largest body read, decompressed (default 5242880, 5 MiB).",
    "LINKER_FETCH_ALLOW_HOSTS": "Comma list of host names or IP addresses exempt from the "
    "private-address guard (default empty; tests use 127.0.0.1,localhost).",
    "LINKER_FETCH_CA_BUNDLE": "CA bundle file or folder for https (default: certifi's).",
}
_ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1"
_CACHEABLE_CODES = (200, 203, 301, 308)
_CHUNK = 64 * 1024
# Bytes searched for <meta charset>; the HTML standard prescans 1024, real pages are sloppier.
_PRESCAN = 4096
_TRUE, _FALSE = {"1", "true", "yes", "on"}, {"0", "false", "no", "off"}
# What inet_aton accepts: 1 to 4 parts, each decimal, octal (leading 0) or hex (0x).
_INET_ATON = re.compile(r"(?:0x[0-9a-f]*|[0-9]+)(?:\.(?:0x[0-9a-f]*|[0-9]+)){0,3}", re.I)
_CHARSET_PARAM = re.compile(r"""charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""\A\s*<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)""", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_UNSAFE_CODECS = {"utf-7", "unicode-escape", "raw-unicode-escape", "idna", "punycode"}
# Labels browsers decode as windows-1252 (WHATWG Encoding standard).
_AS_WINDOWS_1252 = {"iso8859-1", "ascii"}
_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_ALSO_FORBIDDEN = (ipaddress.ip_network("64:ff9b:1::/48"), ipaddress.ip_network("192.0.0.0/24"))


def default_user_agent() -> str:
    """The User-Agent linker announces, so site owners can tell who fetched their page."""
    try:
        version = metadata.version("linker")
    except metadata.PackageNotFoundError:
        version = "0+unknown"
    return f"linker/{version} (+https://github.com/linker; citation linker)"


@dataclass(frozen=True)
class FetchSettings:
    """How linker fetches: limits, cache and guard. Defaults suit production; see
    :data:`ENVIRONMENT` for the variable behind each field and :meth:`from_env`."""

    cache_url: str = ""  # LINKER_CACHE_URL: "" → SQLite file in instance_path
    instance_path: str = "instance"  # the app's instance folder (Flask's app.instance_path)
    cache_expire: int = 3600  # LINKER_CACHE_EXPIRE, seconds
    stale_if_error: bool = True  # LINKER_CACHE_STALE_IF_ERROR
    connect_timeout: float = 5.0  # LINKER_FETCH_TIMEOUT (CONNECT,TOTAL)
    total_timeout: float = 15.0  # whole fetch, reading and redirects included
    max_bytes: int = 5 * 1024 * 1024  # LINKER_FETCH_MAX_BYTES, decompressed body
    max_redirects: int = 5
    allow_hosts: frozenset[str] = frozenset()  # LINKER_FETCH_ALLOW_HOSTS
    ca_bundle: str | None = None  # LINKER_FETCH_CA_BUNDLE; None → certifi
    user_agent: str = field(default_factory=default_user_agent)

    def __post_init__(self) -> None:
        """Refuse impossible values early and normalise the allow list (case, brackets)."""
        if self.connect_timeout <= 0 or self.total_timeout <= 0:
            raise ConfigurationError("fetch timeouts must be positive numbers of seconds")
        if self.max_bytes <= 0 or self.max_redirects < 0 or self.cache_expire < -1:
            raise ConfigurationError("need max_bytes > 0, max_redirects >= 0, cache_expire >= -1")
        _cache_scheme(self.cache_url)
        hosts = frozenset(_normalise_host(h) for h in self.allow_hosts if h.strip())
        object.__setattr__(self, "allow_hosts", hosts)

    @classmethod
    def from_env(
        cls,
        environ: Mapping[str, str] = os.environ,
        *,
        instance_path: str | os.PathLike[str] = "instance",
    ) -> FetchSettings:
        """Settings from ``LINKER_*`` variables; unset or empty ones keep their default.

        >>> FetchSettings.from_env({"LINKER_FETCH_TIMEOUT": "2,8"}).total_timeout
        8.0
        """
        connect, total = _env_timeouts(environ)
        return cls(
            cache_url=environ.get("LINKER_CACHE_URL", "").strip(),
            instance_path=os.fspath(instance_path),
            cache_expire=_env_int(environ, "LINKER_CACHE_EXPIRE", cls.cache_expire, -1),
            stale_if_error=_env_bool(environ, "LINKER_CACHE_STALE_IF_ERROR", True),
            connect_timeout=connect,
            total_timeout=total,
            max_bytes=_env_int(environ, "LINKER_FETCH_MAX_BYTES", cls.max_bytes, 1),
            allow_hosts=frozenset(environ.get("LINKER_FETCH_ALLOW_HOSTS", "").split(",")),
            ca_bundle=environ.get("LINKER_FETCH_CA_BUNDLE", "").strip() or None,
        )


def _env_value(environ: Mapping[str, str], name: str) -> str | None:
    value = environ.get(name, "").strip()
    return value or None


def _env_int(environ: Mapping[str, str], name: str, default: int, minimum: int) -> int:
    value = _env_value(environ, name)
    try:
        number = default if value is None else int(value)
    except ValueError:
        number = minimum - 1
    if number < minimum:
        raise ConfigurationError(f"{name}={value!r}: expected a whole number >= {minimum}")
    return number


def _env_bool(environ: Mapping[str, str], name: str, default: bool) -> bool:
    value = _env_value(environ, name)
    if value is None:
        return default
    if value.lower() in _TRUE | _FALSE:
        return value.lower() in _TRUE
    raise ConfigurationError(f"{name}={value!r}: expected on or off")


def _env_timeouts(environ: Mapping[str, str]) -> tuple[float, float]:
    """``LINKER_FETCH_TIMEOUT``: "TOTAL" (connect stays 5 s at most) or "CONNECT,TOTAL"."""
    value = _env_value(environ, "LINKER_FETCH_TIMEOUT")
    if value is None:
        return FetchSettings.connect_timeout, FetchSettings.total_timeout
    try:
        numbers = [float(part) for part in value.split(",")]
    except ValueError:
        numbers = []
    if len(numbers) not in (1, 2) or min(numbers) <= 0:
        raise ConfigurationError(
            f"LINKER_FETCH_TIMEOUT={value!r}: expected TOTAL or CONNECT,TOTAL seconds"
        )
    total = numbers[-1]
    connect = numbers[0] if len(numbers) == 2 else FetchSettings.connect_timeout
    return min(connect, total), total


@dataclass(frozen=True)
class FetchedDocument:
    """A fetched page: ``url`` is the final URL (after redirects), ``text`` the body decoded
    with ``charset`` (the Python codec used), ``fetched_at`` when it left the site (UTC)."""

    url: str
    content: bytes = field(repr=False)
    media_type: str
    charset: str
    text: str = field(repr=False)
    fetched_at: datetime
    from_cache: bool

    @property
    def is_html(self) -> bool:
        """True for HTML and XHTML, False for plain text."""
        return self.media_type in HTML_MEDIA_TYPES


# --- the public verbs --------------------------------------------------------------------


def fetch_document(
    url: str, settings: FetchSettings, session: requests.Session | None = None
) -> FetchedDocument:
    """Fetch ``url`` within ``settings``' limits and decode it.

    ``session`` (from :func:`make_session`) lets a caller reuse one cache connection; without
    it a session is made and closed here. Raises InvalidURLError or BlockedAddressError (400),
    TooLargeError (413), UnsupportedMediaError (415), FetchError (502), FetchTimeout (504).
    """
    with _session_scope(settings, session) as active:
        response = _follow_redirects(active, url, settings)
        return _to_document(response)


def make_session(settings: FetchSettings) -> requests_cache.CachedSession:
    """A cached session whose every connection goes through :class:`PinnedAdapter`.

    No environment proxies (they would resolve names themselves) and no cookies kept between
    fetches (one visitor's fetch must not carry another's session).
    """
    session = requests_cache.CachedSession(
        backend=_make_backend(settings),
        expire_after=settings.cache_expire,
        stale_if_error=settings.stale_if_error,
        allowable_codes=_CACHEABLE_CODES,
        allowable_methods=("GET",),
    )
    session.trust_env = False
    session.cookies.set_policy(DefaultCookiePolicy(allowed_domains=[]))
    session.headers.update({"User-Agent": settings.user_agent, "Accept": _ACCEPT})
    session.verify = settings.ca_bundle or True
    adapter = PinnedAdapter(settings)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


def clear_cache(settings: FetchSettings) -> None:
    """Delete every cached response of the configured backend (``linker cache clear``)."""
    backend = _make_backend(settings)
    try:
        backend.clear()
    finally:
        backend.close()


@contextmanager
def _session_scope(
    settings: FetchSettings, session: requests.Session | None
) -> Iterator[requests.Session]:
    """Use the caller's session (it must be pinned) or make one and close it afterwards."""
    if session is not None:
        if not isinstance(session.get_adapter("https://x"), PinnedAdapter):
            raise TypeError("fetch_document needs a session from linker.fetch.make_session")
        yield session
        return
    owned = make_session(settings)
    try:
        yield owned
    finally:
        owned.close()


# --- cache backends ------------------------------------------------------------------------


def _cache_scheme(cache_url: str) -> str:
    """The backend named by ``cache_url``; unknown names are refused, listing the valid ones.
    ``sqlite:///relative/path`` and ``sqlite:////absolute/path``, as in SQLAlchemy."""
    scheme, separator, _ = cache_url.partition("://")
    scheme = scheme.lower() if separator else "" if cache_url else "sqlite"
    if scheme == "sqlite" and cache_url and not cache_url.startswith("sqlite:///"):
        scheme = ""
    if scheme not in {"sqlite", "redis", "rediss", "memory"}:
        choices = ", ".join(CACHE_BACKENDS)
        raise ConfigurationError(f"LINKER_CACHE_URL={cache_url!r}: use one of {choices}")
    return scheme


def _make_backend(settings: FetchSettings) -> requests_cache.BaseCache:
    scheme = _cache_scheme(settings.cache_url)
    if scheme in {"redis", "rediss"}:
        return _redis_backend(settings.cache_url)
    if scheme == "memory":
        return requests_cache.BaseCache()
    path = settings.cache_url.removeprefix("sqlite:///") or None
    return _sqlite_backend(Path(path) if path else Path(settings.instance_path) / CACHE_FILE_NAME)


def _sqlite_backend(path: Path) -> requests_cache.SQLiteCache:
    """SQLite in WAL mode with a busy timeout: several gunicorn workers share the file, and
    readers must not block the one writer (nor fail at once when it holds the lock)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    return requests_cache.SQLiteCache(path, wal=True, busy_timeout=10_000, serializer="json")


def _redis_backend(url: str) -> requests_cache.BaseCache:
    """Redis, JSON-serialised: a shared store must not hand pickles to the workers."""
    try:
        import redis  # imported here: only deployments with a Redis cache need it
        from requests_cache.backends.redis import RedisCache, RedisDict
    except ImportError as exc:
        raise ConfigurationError("LINKER_CACHE_URL names Redis: pip install redis") from exc

    class ExpiringRedisDict(RedisDict):
        """requests-cache's store, writing with SET EX: redis-py 8 deprecates SETEX."""

        def __setitem__(self, key: str, item: Any) -> None:
            delta = getattr(item, "expires_delta", None)
            ttl = delta + self.ttl_offset if delta is not None and self.ttl else None
            expiry = ttl if ttl is not None and ttl > 0 else None
            self.connection.set(self._bkey(key), self.serialize(item), ex=expiry)

    connection = redis.Redis.from_url(url, socket_connect_timeout=2, socket_timeout=5)
    cache = RedisCache(namespace="linker", connection=connection, serializer="json")
    cache.responses = ExpiringRedisDict("linker", connection=connection, serializer="json")
    return cache


# --- redirects, one hop at a time ---------------------------------------------------------


def _follow_redirects(
    session: requests.Session, url: str, settings: FetchSettings
) -> requests.Response:
    """GET ``url``, following redirects here so that every hop is validated and guarded."""
    deadline = time.monotonic() + settings.total_timeout
    current, seen = check_url(url), set()
    for _ in range(settings.max_redirects + 1):
        seen.add(current)
        response = _get(session, current, settings, deadline)
        if not response.is_redirect:
            return _check_status(response, current)
        target = check_url(urljoin(current, response.headers["Location"]))
        if target in seen:
            raise FetchError(f"redirect loop: {current} redirects back to {target}")
        logger.debug("following redirect %s -> %s", current, target)
        current = target
    raise FetchError(f"more than {settings.max_redirects} redirects, the last to {current}")


def check_url(url: str) -> str:
    """Refuse what linker never fetches: other schemes than http(s), no host, a bad port."""
    url = url.strip() if isinstance(url, str) else ""
    parts = urlsplit(url)
    if parts.scheme.lower() not in {"http", "https"}:
        shown = f"{parts.scheme}: URLs" if parts.scheme else "this URL"
        raise InvalidURLError(f"linker fetches only http and https URLs, not {shown}")
    try:
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError:
        raise InvalidURLError(f"the port of {url!r} is not valid") from None
    if not parts.hostname:
        raise InvalidURLError(f"the URL {url!r} names no host")
    return url


def _get(
    session: requests.Session, url: str, settings: FetchSettings, deadline: float
) -> requests.Response:
    """One hop, with whatever remains of the total time budget."""
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise FetchTimeout(f"fetching {url} took longer than {settings.total_timeout:g} s")
    timeout = (min(settings.connect_timeout, remaining), remaining)
    try:
        return session.get(url, allow_redirects=False, timeout=timeout)
    except requests.HTTPError as exc:  # requests-cache re-raises an error status it saw
        raise _status_error(exc.response, url) from exc
    except requests.RequestException as exc:
        raise _transport_error(exc, url) from exc


def _check_status(response: requests.Response, url: str) -> requests.Response:
    if 200 <= response.status_code < 300:
        return response
    raise _status_error(response, url)


def _status_error(response: requests.Response | None, url: str) -> FetchError:
    status = response.status_code if response is not None else None
    reason = (response.reason or "") if response is not None else ""
    message = f"the site answered {status} {reason}".rstrip() + f" for {url}"
    return FetchError(message, upstream_status=status)


def _transport_error(exc: BaseException, url: str) -> LinkerError:
    """The LinkerError for a failure of requests, urllib3 or the socket under them."""
    host = urlsplit(url).hostname
    if isinstance(exc, requests.exceptions.InvalidURL | urllib3.exceptions.LocationParseError):
        return InvalidURLError(f"the URL {url!r} is not valid")
    if isinstance(exc, requests.Timeout | urllib3.exceptions.TimeoutError | TimeoutError):
        return FetchTimeout(f"{host} did not answer in time")
    if isinstance(exc, requests.exceptions.SSLError | urllib3.exceptions.SSLError):
        return FetchError(f"the TLS connection to {host} failed (certificate or handshake)")
    if isinstance(exc, requests.exceptions.ContentDecodingError | urllib3.exceptions.DecodeError):
        return FetchError(f"{host} sent a body that could not be decompressed")
    return FetchError(f"could not fetch {url}: {host} is unreachable or broke the connection")


# --- the SSRF guard -------------------------------------------------------------------------


def guard_host(host: str, port: int, settings: FetchSettings) -> IPAddress:
    """Resolve ``host`` once and answer the address to connect to, or refuse.

    Every address must be public, unless the host, or that address, is in
    ``settings.allow_hosts``: one private answer among public ones is enough to refuse,
    since any of them could be the one connected to.
    """
    name = _normalise_host(host)
    addresses = resolve_host(name, port)
    if name not in settings.allow_hosts:
        for address in addresses:
            if str(address) not in settings.allow_hosts and is_forbidden_address(address):
                where = "" if str(address) == name else f"it resolves to {address}, "
                raise BlockedAddressError(
                    f"linker does not fetch from {host}: {where}a {_kind(address)} address"
                )
    return addresses[0]


def resolve_host(name: str, port: int) -> list[IPAddress]:
    """Every address ``name`` stands for. Numeric spellings inet_aton accepts (2130706433,
    0x7f.1, 0177.0.0.1, 127.1) are decoded here, never sent to DNS."""
    literal = parse_ip_literal(name)
    if literal is not None:
        return [literal]
    if name.rpartition(".")[2].isdigit():  # no top-level domain is all digits
        raise InvalidURLError(f"{name!r} is not a valid host or address")
    try:
        infos = socket.getaddrinfo(name, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise FetchError(f"the host {name} could not be resolved") from exc
    addresses = [ipaddress.ip_address(str(info[4][0]).partition("%")[0]) for info in infos]
    if not addresses:
        raise FetchError(f"the host {name} has no address")
    return list(dict.fromkeys(addresses))


def parse_ip_literal(name: str) -> IPAddress | None:
    """The address ``name`` spells, in any notation a resolver would accept, else None."""
    try:
        return ipaddress.ip_address(name)
    except ValueError:
        pass
    if _INET_ATON.fullmatch(name):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(name))
        except OSError:
            return None
    return None


def is_forbidden_address(address: IPAddress) -> bool:
    """True for anything but a public unicast address, looking inside IPv6 forms that carry
    an IPv4 address (mapped, 6to4, Teredo, NAT64)."""
    embedded = _embedded_ipv4(address)
    if embedded is not None and is_forbidden_address(embedded):
        return True
    return (
        not address.is_global
        or address.is_multicast
        or address.is_reserved
        or address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_unspecified
        or getattr(address, "is_site_local", False)
        or any(address in network for network in _ALSO_FORBIDDEN)
    )


def _embedded_ipv4(address: IPAddress) -> ipaddress.IPv4Address | None:
    if not isinstance(address, ipaddress.IPv6Address):
        return None
    if address.ipv4_mapped or address.sixtofour:
        return address.ipv4_mapped or address.sixtofour
    if address.teredo:
        return address.teredo[1]
    if address in _NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def _kind(address: IPAddress) -> str:
    """A word for the message: why this address is refused."""
    inner = _embedded_ipv4(address)
    address = inner if inner is not None and is_forbidden_address(inner) else address
    for kind in ("loopback", "unspecified", "link_local", "multicast", "private", "reserved"):
        if getattr(address, f"is_{kind}"):
            return kind.replace("_", "-")
    return "non-public"


def _normalise_host(host: str) -> str:
    """Lowercase, no IPv6 brackets, no trailing dot; addresses in canonical form."""
    name = host.strip().lower().strip("[]").rstrip(".")
    literal = parse_ip_literal(name)
    return str(literal) if literal is not None else name


# --- the pinned transport ---------------------------------------------------------------


class _Watchdog:
    """Shuts the connection's socket down when the fetch's time is up.

    Socket timeouts bound each read, not their sum: a server trickling a byte at a time would
    hold a worker for ever. Shutting the socket from this thread ends the blocked read at
    once; ``fired`` tells the reader that time, not the server, ended the exchange.
    """

    def __init__(self, budget: float) -> None:
        self.budget = budget
        self.fired = False
        self._socket: socket.socket | None = None
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, name="linker-fetch-deadline")
        self._thread.daemon = True

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._done.set()

    def watch(self, sock: socket.socket) -> None:
        self._socket = sock

    def _run(self) -> None:
        if self._done.wait(self.budget):
            return
        self.fired = True
        while not self._shutdown() and not self._done.wait(0.05):
            pass  # not connected yet: the connect timeout ends that soon

    def _shutdown(self) -> bool:
        sock = self._socket
        if sock is None:
            return False
        # The plain socket's shutdown, also under TLS: the reader keeps its SSL object.
        with suppress(OSError):
            socket.socket.shutdown(sock, socket.SHUT_RDWR)
        return True


class _WatchedConnection:
    """Connection mixin: shows its socket to the fetch's watchdog as soon as it is connected
    (http.client drops its own reference once the response is under way)."""

    def __init__(self, *args: Any, watchdog: _Watchdog, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.watchdog = watchdog

    def connect(self) -> None:
        super().connect()  # type: ignore[misc]
        self.watchdog.watch(self.sock)  # type: ignore[attr-defined]


class _WatchedHTTPConnection(_WatchedConnection, HTTPConnection):
    pass


class _WatchedHTTPSConnection(_WatchedConnection, HTTPSConnection):
    pass


class _WatchedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


@dataclass
class _Pin:
    """What one request carries to the pool: the checked address and its watchdog."""

    address: IPAddress
    watchdog: _Watchdog
    pool: HTTPConnectionPool | None = None


class PinnedAdapter(HTTPAdapter):
    """A requests transport that guards, pins and bounds each request.

    ``send`` resolves the host once (:func:`guard_host`) and the connection is opened to that
    very address, in a pool of its own: the Host header keeps the name, and for https the name
    is still used for SNI and certificate checks. The read part of ``timeout`` is the time left
    for the whole exchange, headers and body, which a watchdog enforces. The body of a 2xx
    answer is read here, at most ``max_bytes`` of it, so no layer above (requests-cache
    included) ever reads an unbounded body; other answers' bodies are not read at all.
    """

    def __init__(self, settings: FetchSettings) -> None:
        super().__init__(max_retries=0)
        self.settings = settings

    def send(  # type: ignore[override]
        self,
        request: requests.PreparedRequest,
        stream: bool = False,
        timeout: Any = None,
        verify: bool | str = True,
        cert: Any = None,
        proxies: Any = None,
    ) -> requests.Response:
        """Guard, pin, send, read the bounded body; errors come out as LinkerErrors."""
        url = request.url or ""
        connect, budget = self._timeouts(timeout)
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
        pin = _Pin(guard_host(parts.hostname or "", port, self.settings), _Watchdog(budget))
        pinned = request.copy()
        pinned.headers["Host"] = parts.netloc.rpartition("@")[2]
        pinned.linker_pin = pin  # type: ignore[attr-defined]
        pin.watchdog.start()
        try:
            return self._exchange(pinned, (connect, budget), verify, cert)
        except (TooLargeError, UnsupportedMediaError):
            raise
        except Exception as exc:
            if pin.watchdog.fired:
                raise FetchTimeout(f"{parts.hostname} did not answer within {budget:g} s") from exc
            if isinstance(exc, LinkerError):
                raise
            raise _transport_error(exc, url) from exc
        finally:
            pin.watchdog.stop()
            if pin.pool is not None:
                pin.pool.close()

    def _timeouts(self, timeout: Any) -> tuple[float, float]:
        """(connect, total budget) from requests' timeout argument, defaults filled in."""
        connect, budget = timeout if isinstance(timeout, tuple) else (None, timeout)
        budget = self.settings.total_timeout if budget is None else float(budget)
        connect = self.settings.connect_timeout if connect is None else float(connect)
        return min(connect, budget), budget

    def _exchange(
        self,
        request: requests.PreparedRequest,
        timeout: tuple[float, float],
        verify: Any,
        cert: Any,
    ) -> requests.Response:
        response = super().send(request, stream=True, timeout=timeout, verify=verify, cert=cert)
        try:
            content = self._body(response, request.linker_pin.watchdog)  # type: ignore[attr-defined]
        finally:
            response.close()  # closes the connection: its pool is thrown away after the fetch
        response._content = content
        response._content_consumed = True
        return response

    def _body(self, response: requests.Response, watchdog: _Watchdog) -> bytes:
        """The decoded body of a 2xx answer, refused as soon as it is over the limit."""
        if response.is_redirect or not 200 <= response.status_code < 300:
            return b""
        _check_announced(response, self.settings.max_bytes)
        chunks, size = [], 0
        for chunk in response.raw.stream(_CHUNK, decode_content=True):
            size += len(chunk)
            if size > self.settings.max_bytes:
                raise TooLargeError(_too_large(response.url, self.settings.max_bytes))
            if watchdog.fired:
                raise FetchTimeout(f"{response.url} was not read within {watchdog.budget:g} s")
            chunks.append(chunk)
        return b"".join(chunks)

    def get_connection_with_tls_context(
        self, request: requests.PreparedRequest, verify: Any, proxies: Any = None, cert: Any = None
    ) -> HTTPConnectionPool:
        """A fresh pool connecting to the pinned address (proxies are never used)."""
        pin: _Pin | None = getattr(request, "linker_pin", None)
        if pin is None:
            raise RuntimeError("PinnedAdapter.send was bypassed: no checked address to use")
        host, tls = self.build_connection_pool_key_attributes(request, verify, cert)
        if host["scheme"] == "https":
            name = host["host"]
            pool: HTTPConnectionPool = _WatchedHTTPSPool(
                str(pin.address),
                host["port"],
                server_hostname=name,
                assert_hostname=name,
                watchdog=pin.watchdog,
                **tls,
            )
        else:
            pool = _WatchedHTTPPool(str(pin.address), host["port"], watchdog=pin.watchdog)
        pin.pool = pool
        return pool


def _check_announced(response: requests.Response, max_bytes: int) -> None:
    """Refuse on the headers alone: a Content-Length over the limit, a media type we can't
    read (so a 50 MB PDF is never downloaded)."""
    length = response.headers.get("Content-Length", "").strip()
    if length.isdigit() and int(length) > max_bytes:
        raise TooLargeError(_too_large(response.url, max_bytes, announced=int(length)))
    media_type, _ = parse_content_type(response.headers.get("Content-Type"))
    if media_type is not None and media_type not in ACCEPTED_MEDIA_TYPES:
        raise UnsupportedMediaError(_unsupported(media_type, response.url))


def _too_large(url: str, limit: int, announced: int | None = None) -> str:
    size = f"announces {announced} bytes" if announced else "is larger"
    return f"the document at {url} {size}; linker reads at most {limit} bytes"


def _unsupported(media_type: str, url: str) -> str:
    return f"{url} is {media_type}; linker reads HTML and plain text only"


# --- media type, charset, text ---------------------------------------------------------------


def _to_document(response: requests.Response) -> FetchedDocument:
    media_type, header_charset = parse_content_type(response.headers.get("Content-Type"))
    content = response.content or b""
    media_type = media_type or sniff_media_type(content)
    if media_type not in ACCEPTED_MEDIA_TYPES:
        raise UnsupportedMediaError(_unsupported(media_type, response.url))
    charset = choose_charset(content, header_charset, html=media_type in HTML_MEDIA_TYPES)
    return FetchedDocument(
        url=response.url,
        content=content,
        media_type=media_type,
        charset=charset,
        text=content.decode(charset, errors="replace").removeprefix("\ufeff"),
        fetched_at=_fetched_at(response),
        from_cache=bool(getattr(response, "from_cache", False)),
    )


def _fetched_at(response: requests.Response) -> datetime:
    """When the site sent it: requests-cache stamps each response (naive times are UTC)."""
    created = getattr(response, "created_at", None)
    if not isinstance(created, datetime):
        return datetime.now(UTC)
    return created if created.tzinfo else created.replace(tzinfo=UTC)


def parse_content_type(value: str | None) -> tuple[str | None, str | None]:
    """``"text/html; charset=UTF-8"`` → ``("text/html", "UTF-8")``; missing parts are None."""
    if not value:
        return None, None
    main, _, params = value.partition(";")
    media_type = main.strip().lower()
    match = _CHARSET_PARAM.search(params)
    return (media_type if "/" in media_type else None), (match.group(1) if match else None)


def sniff_media_type(content: bytes) -> str:
    """A media type for a body sent without one, from its first bytes."""
    head = content[:1024].lstrip().lower()
    if head.startswith(b"%pdf-"):
        return "application/pdf"
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body")):
        return "text/html"
    if head.startswith(b"<?xml"):
        return "application/xhtml+xml" if b"<html" in head else "application/xml"
    return "application/octet-stream" if b"\x00" in head else "text/plain"


def choose_charset(content: bytes, header_label: str | None, *, html: bool) -> str:
    """The codec to decode ``content`` with: a BOM, else the declared charsets (header, then
    ``<meta>`` / XML declaration), else detection.

    When header and document disagree, the one the bytes decode cleanly in wins, strict UTF-8
    first: a server's default ``charset=ISO-8859-1`` on a UTF-8 page is a classic mistake.
    """
    for bom, codec in _BOMS:
        if content.startswith(bom):
            return codec
    declared = [codec_name(header_label), document_charset(content) if html else None]
    candidates = list(dict.fromkeys(c for c in declared if c))
    if not candidates:
        return detect_charset(content)
    clean = [codec for codec in candidates if _decodes(content, codec)]
    if "utf-8" in clean:
        return "utf-8"
    return clean[0] if clean else candidates[0]


def document_charset(content: bytes) -> str | None:
    """The charset a page declares in its XML declaration or a ``<meta>`` (charset or
    http-equiv Content-Type) near its start."""
    head = content[:_PRESCAN]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    codec = codec_name(match.group(1).decode("ascii")) if match else None
    # A meta that could be read as ASCII is not UTF-16 (HTML standard): it means UTF-8.
    return "utf-8" if codec and codec.startswith("utf-16") else codec


def codec_name(label: str | None) -> str | None:
    """Python's codec for a charset label, as browsers read it, or None if unknown or unsafe
    (non-text codecs, UTF-7 and escape codecs that could smuggle markup)."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip()).name
        b"a".decode(name, "replace")  # LookupError for bytes-to-bytes codecs (base64)
    except LookupError:
        return None
    if name in _UNSAFE_CODECS:
        return None
    return "cp1252" if name in _AS_WINDOWS_1252 else name


def detect_charset(content: bytes) -> str:
    """UTF-8 if the bytes are valid UTF-8 (ASCII included), else charset-normalizer's guess,
    else windows-1252 (it decodes almost anything, and decoding then replaces the rest)."""
    if _decodes(content, "utf-8"):
        return "utf-8"
    best = charset_normalizer.from_bytes(content).best()
    return (codec_name(best.encoding) if best else None) or "cp1252"


def _decodes(content: bytes, codec: str) -> bool:
    try:
        content.decode(codec)
    except UnicodeDecodeError:
        return False
    return True
