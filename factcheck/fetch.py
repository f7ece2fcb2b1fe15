"""The one way this site fetches a URL: public addresses only, bounded in size and time.

Document intake and evidence archiving both fetch pages that users name, so every fetch
must be unable to reach this machine, the private network or a cloud metadata service.

Why urllib3 used directly: we resolve the name ourselves, check every address, and then
open the connection to the checked IP literal while sending the real name in the Host
header, as the TLS SNI and for certificate matching (urllib3's ``server_hostname``). So
the address connected to is exactly the one validated and a second, rebound DNS answer
is never asked for. requests or httpx would need a custom adapter or transport around
this same urllib3 or httpcore machinery; urllib3 alone keeps it in plain view, and it
never reads proxy settings from the environment, which could otherwise route around
these checks.
"""

import hashlib
import ipaddress
import socket
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import quote, urlencode, urljoin, urlsplit

import certifi
import urllib3
from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from urllib3.exceptions import (
    ConnectTimeoutError,
    HTTPError,
    NewConnectionError,
    ProtocolError,
    ReadTimeoutError,
    SSLError,
)

MAX_REDIRECTS = 5
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_TRANSIENT_STATUSES = frozenset({408, 425, 429})
_CHUNK_SIZE = 64 * 1024
_CA_BUNDLE = certifi.where()
_URL_SAFE = "!#$%&'()*+,/:;=?@[]~"

# Ranges that `is_global` leaves out on some Python versions or that hide an IPv4
# address inside an IPv6 one; each is refused or unwrapped explicitly.
_ALWAYS_REFUSED = tuple(
    ipaddress.ip_network(network)
    for network in (
        "0.0.0.0/8",
        "::/8",  # unspecified, loopback and the old IPv4-compatible form
        "100.64.0.0/10",  # carrier-grade NAT
        "169.254.0.0/16",  # link-local, including 169.254.169.254 metadata
        "192.0.0.0/24",
        "224.0.0.0/4",  # multicast
        "240.0.0.0/4",  # reserved, and broadcast
        "fc00::/7",  # unique-local, including fd00:ec2::254 metadata
        "fe80::/10",
        "ff00::/8",
    )
)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class FetchRefused(Exception):
    """The rules forbid this fetch (scheme, address, size, redirects). Never retry."""


class FetchFailed(Exception):
    """The network or the server let us down. ``transient`` says whether a retry may help."""

    def __init__(self, message: str, *, transient: bool, status: int | None = None):
        super().__init__(message)
        self.transient = transient
        self.status = status


@dataclass(frozen=True)
class FetchedPage:
    url: str
    final_url: str
    status: int
    content_type: str  # the header as sent, parameters included ("text/html; charset=utf-8")
    body: bytes
    sha256: str
    fetched_at: datetime
    # The validators a later conditional GET sends back (If-None-Match, If-Modified-Since).
    etag: str = ""
    last_modified: str = ""
    # Every header by its lower-case name, a repeated one's values joined with commas.
    headers: dict[str, str] = field(default_factory=dict, compare=False)

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def fetch(
    url: str,
    *,
    max_bytes: int,
    connect_timeout: float = 5,
    read_timeout: float = 15,
    etag: str = "",
    last_modified: str = "",
    accept: str = "",
) -> FetchedPage:
    """GET ``url`` following at most MAX_REDIRECTS redirects, each checked like the first.

    ``read_timeout`` bounds the wait for the response headers, each wait for data, and
    the whole body download, so a server dripping bytes slowly cannot hold a worker.
    Given ``etag`` or ``last_modified`` (from an earlier page), the GET is conditional: a 304
    answer comes back as a page with ``not_modified`` and an empty body.
    """
    extra_headers = {}
    if etag:
        extra_headers["If-None-Match"] = etag
    if last_modified:
        extra_headers["If-Modified-Since"] = last_modified
    if accept:
        extra_headers["Accept"] = accept
    current = url
    for _redirect in range(MAX_REDIRECTS + 1):
        response = _request_once(
            current, connect_timeout=connect_timeout, read_timeout=read_timeout, extra_headers=extra_headers
        )
        try:
            if response.status in _REDIRECT_STATUSES:
                location = response.headers.get("Location")
                if not location:
                    raise FetchFailed(_("redirect without a Location from %(url)s") % {"url": current}, transient=False)
                current = urljoin(current, location.strip())
                continue
            if response.status == 304 and extra_headers.keys() & {"If-None-Match", "If-Modified-Since"}:
                body = b""
            else:
                _raise_for_status(response.status, current)
                body = _read_capped(response, max_bytes=max_bytes, deadline=time.monotonic() + read_timeout)
        finally:
            response.close()
        return _page(url, current, response, body)
    raise FetchRefused(_("more than %(count)d redirects starting from %(url)s") % {"count": MAX_REDIRECTS, "url": url})


def post_form(
    url: str, fields: dict[str, str], *, max_bytes: int, connect_timeout: float = 5, read_timeout: float = 15
) -> FetchedPage:
    """POST ``fields`` form-encoded to ``url`` (a WebSub hub), its address checked as a GET's is.
    A redirect is not followed (a form is not sent on to an address the server picks): it fails."""
    response = _request_once(
        url,
        connect_timeout=connect_timeout,
        read_timeout=read_timeout,
        extra_headers={"Content-Type": "application/x-www-form-urlencoded"},
        method="POST",
        body=urlencode(fields).encode(),
    )
    try:
        _raise_for_status(response.status, url)
        body = _read_capped(response, max_bytes=max_bytes, deadline=time.monotonic() + read_timeout)
    finally:
        response.close()
    return _page(url, url, response, body)


def _page(url: str, final_url: str, response: urllib3.BaseHTTPResponse, body: bytes) -> FetchedPage:
    return FetchedPage(
        url=url,
        final_url=final_url,
        status=response.status,
        content_type=response.headers.get("Content-Type", ""),
        body=body,
        sha256=hashlib.sha256(body).hexdigest(),
        fetched_at=datetime.now(UTC),
        etag=response.headers.get("ETag", ""),
        last_modified=response.headers.get("Last-Modified", ""),
        headers={name.lower(): response.headers.get(name, "") for name in response.headers},
    )


def is_public_address(address: IPAddress) -> bool:
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or address.sixtofour or (address.teredo or (None, None))[1]
        if embedded is None and address in _NAT64:
            embedded = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        if embedded is not None:
            return is_public_address(embedded)
    return (
        address.is_global
        and not address.is_multicast
        and not address.is_reserved
        and not any(address in network for network in _ALWAYS_REFUSED)
    )


def _request_once(
    url: str,
    *,
    connect_timeout: float,
    read_timeout: float,
    extra_headers: dict[str, str],
    method: str = "GET",
    body: bytes | None = None,
) -> urllib3.BaseHTTPResponse:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchRefused(
            _("only http and https links can be fetched, not %(scheme)s: %(url)s")
            % {"scheme": scheme or _("this"), "url": url}
        )
    try:
        port = parts.port or (443 if scheme == "https" else 80)
        host = (parts.hostname or "").encode("idna").decode("ascii")  # café.example -> xn--caf-dma.example
    except (ValueError, UnicodeError) as error:  # a bad port, or a name IDNA cannot encode
        raise FetchRefused(_("not a valid address: %(url)s") % {"url": url}) from error
    if not host:
        raise FetchRefused(_("no host name in %(url)s") % {"url": url})

    addresses = _resolve_checked(host, port, local_allowed=is_allowed_local_host(host, port))
    # Percent-encode what HTTP cannot carry raw (spaces, non-ASCII, control characters), keep the rest.
    target = quote(parts.path or "/", safe=_URL_SAFE)
    if parts.query:
        target += "?" + quote(parts.query, safe=_URL_SAFE)
    shown_host = f"[{host}]" if ":" in host else host
    headers = {
        "Host": shown_host if parts.port is None else f"{shown_host}:{port}",
        "User-Agent": settings.FACTCHECK_FETCH_USER_AGENT,
        "Accept": "text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,*/*;q=0.5",
        # Counting bytes as they arrive is only a real cap when they arrive uncompressed.
        "Accept-Encoding": "identity",
        **extra_headers,
    }
    timeout = urllib3.Timeout(connect=connect_timeout, read=read_timeout)
    last_error: Exception | None = None
    for address in addresses:
        pool = _pool_for(scheme, address, port, host, timeout)
        try:
            return pool.urlopen(
                method, target, body=body, headers=headers, retries=False, redirect=False, preload_content=False
            )
        except (NewConnectionError, ConnectTimeoutError) as error:
            last_error = error  # try the next address, as browsers do when one is unreachable
        except SSLError as error:
            raise FetchFailed(
                _("TLS failed for %(host)s: its secure connection (HTTPS certificate) could not be verified")
                % {"host": host},
                transient=False,
            ) from error
        except HTTPError as error:
            raise FetchFailed(_unreadable_answer(error, host), transient=True) from error
    raise FetchFailed(_unreachable(last_error, host, connect_timeout), transient=True) from last_error


# A person reads these on the document or the evidence: what happened, in words, never an errno.
def _unreachable(error: Exception | None, host: str, seconds: float) -> str:
    if isinstance(error and (error.__cause__ or error.__context__), ConnectionRefusedError):
        return _("%(host)s refused the connection: no web server answers there") % {"host": host}
    # urllib3's NewConnectionError is a ConnectTimeoutError too, though nothing timed out.
    if isinstance(error, ConnectTimeoutError) and not isinstance(error, NewConnectionError):
        waited = round(seconds)
        message = ngettext(
            "%(host)s did not answer within %(seconds)d second",
            "%(host)s did not answer within %(seconds)d seconds",
            waited,
        )
        return message % {"host": host, "seconds": waited}
    return _("could not connect to %(host)s: the site is unreachable from here") % {"host": host}


def _unreadable_answer(error: HTTPError, host: str) -> str:
    if isinstance(error, ReadTimeoutError):
        return _("%(host)s stopped answering before sending the page") % {"host": host}
    if isinstance(error, ProtocolError):
        return _("the connection to %(host)s broke off before the page arrived") % {"host": host}
    return _("%(host)s sent an answer that is not a valid web page") % {"host": host}


def _resolve_checked(host: str, port: int, *, local_allowed: bool = False) -> list[str]:
    """Every address the name resolves to, refusing the lot if any one is not public (or, for a host
    named in FACTCHECK_FETCH_ALLOW_HOSTS, neither public nor local)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        if error.errno == socket.EAI_AGAIN:
            message, transient = _("could not look up %(host)s: the name server did not answer in time"), True
        else:
            message, transient = _("no site is registered under the name %(host)s: check the address"), False
        raise FetchFailed(message % {"host": host}, transient=transient) from error
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    for text in addresses:
        address = ipaddress.ip_address(text.split("%", 1)[0])  # drop an IPv6 zone id
        if (local_allowed and _is_local_address(address)) or _is_listed_loopback(address, port):
            continue
        if not is_public_address(address):
            raise FetchRefused(
                _("%(host)s resolves to %(address)s, which is not a public address")
                % {"host": host, "address": address}
            )
    return addresses


def is_allowed_local_host(host: str, port: int) -> bool:
    """Whether FACTCHECK_FETCH_ALLOW_HOSTS names this host ("name", or "name:port" for this port only)."""
    allowed = settings.FACTCHECK_FETCH_ALLOW_HOSTS
    if not allowed:
        return False
    shown = f"[{host}]" if ":" in host else host
    return shown.lower() in allowed or f"{shown}:{port}".lower() in allowed


def _is_listed_loopback(address: IPAddress, port: int) -> bool:
    """A loopback address listed with its port ("127.0.0.1:8001") is allowed whatever name led to it."""
    if not address.is_loopback:
        return False
    shown = f"[{address}]" if address.version == 6 else str(address)
    return f"{shown}:{port}" in settings.FACTCHECK_FETCH_ALLOW_HOSTS


def _is_local_address(address: IPAddress) -> bool:
    # Link-local stays refused even for a named host: it is where cloud metadata services answer.
    return (address.is_loopback or address.is_private) and not address.is_link_local


def _pool_for(scheme: str, address: str, port: int, host: str, timeout: urllib3.Timeout) -> urllib3.HTTPConnectionPool:
    if scheme == "http":
        return urllib3.HTTPConnectionPool(address, port, timeout=timeout, maxsize=1)
    return urllib3.HTTPSConnectionPool(
        address,
        port,
        timeout=timeout,
        maxsize=1,
        cert_reqs="CERT_REQUIRED",
        ca_certs=_CA_BUNDLE,
        server_hostname=host,  # SNI and certificate matching use the name, not the IP
    )


def _status_in_words(status: int) -> str:
    if status in (401, 403):
        return _("access is denied (the page needs a subscription or a sign-in)")
    if status in (404, 410):
        return _("the page does not exist there")
    if status == 429:
        return _("the site asks us to slow down")
    if status >= 500:
        return _("the site has an error on its side")
    return _("the site refused to send the page")


def _raise_for_status(status: int, url: str) -> None:
    if status < 300:
        return
    # The reason first: the status code is for whoever checks the page by hand.
    message = _("%(reason)s: %(url)s answered %(status)d") % {
        "url": url,
        "status": status,
        "reason": _status_in_words(status),
    }
    raise FetchFailed(message, transient=status >= 500 or status in _TRANSIENT_STATUSES, status=status)


def _read_capped(response: urllib3.BaseHTTPResponse, *, max_bytes: int, deadline: float) -> bytes:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchRefused(
            _("the page is %(size)d bytes, over the limit of %(limit)d") % {"size": int(declared), "limit": max_bytes}
        )
    chunks: list[bytes] = []
    received = 0
    try:
        # read1 returns whatever has arrived, so the deadline is checked even on a slow drip.
        while chunk := response.read1(_CHUNK_SIZE):
            received += len(chunk)
            if received > max_bytes:
                raise FetchRefused(_("the page is over the limit of %(limit)d bytes") % {"limit": max_bytes})
            if time.monotonic() > deadline:
                raise FetchFailed(_("the page took too long to download"), transient=True)
            chunks.append(chunk)
    except HTTPError as error:
        raise FetchFailed(_("reading the page failed: %(error)s") % {"error": error}, transient=True) from error
    return b"".join(chunks)
