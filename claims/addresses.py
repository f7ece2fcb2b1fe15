"""One key per web address, so the same page submitted twice (or at the same moment) is one document."""

import contextlib
import hashlib
from urllib.parse import urlsplit, urlunsplit

_DEFAULT_PORTS = {"http": 80, "https": 443}


def normalised_url(url: str) -> str:
    """The address as a server sees it: scheme and host in lower case, the host in its ASCII
    (IDNA) form without a trailing dot, no default port, "/" for an empty path, no fragment."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    with contextlib.suppress(UnicodeError):  # a name IDNA cannot encode is kept as written (lowercased)
        host = host.encode("idna").decode("ascii")
    try:
        port = parts.port
    except ValueError:
        port = None
    userinfo = parts.netloc.rpartition("@")[0]
    netloc = (f"{userinfo}@" if userinfo else "") + host
    if port is not None and port != _DEFAULT_PORTS.get(scheme):
        netloc += f":{port}"
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


def url_key(url: str) -> str:
    """SHA-256 of the normalised address: fixed length, whatever the address's."""
    return hashlib.sha256(normalised_url(url).encode("utf-8", "surrogatepass")).hexdigest()
