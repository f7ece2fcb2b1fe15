"""A loopback web server for fetch tests, and guards so no test reaches past loopback."""

import contextlib
import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import trustme
import urllib3.util.connection

import factcheck.fetch as fetch_module

_real_getaddrinfo = socket.getaddrinfo
_real_create_connection = urllib3.util.connection.create_connection


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    send_length: bool = True
    delay: float = 0  # seconds to wait before answering
    drip: float = 0  # seconds to wait between bytes of the body


class LocalServer:
    def __init__(self, server: ThreadingHTTPServer):
        self.server = server
        self.port = server.server_address[1]
        self.routes: dict[str, Reply | Callable[[], Reply]] = {}
        self.requests: list[dict[str, str]] = []

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return f"http://{self.host}{path}"


def _handler_for(local: LocalServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            local.requests.append({"path": self.path, **{k.lower(): v for k, v in self.headers.items()}})
            reply = local.routes.get(self.path, Reply(404, b"not found"))
            if callable(reply):
                reply = reply()
            time.sleep(reply.delay)
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            if reply.send_length:
                self.send_header("Content-Length", str(len(reply.body)))
            else:
                self.close_connection = True  # the body ends when the connection does
            self.end_headers()
            # The client may stop reading on purpose, e.g. over the byte cap.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                if not reply.drip:
                    self.wfile.write(reply.body)
                for byte in reply.body if reply.drip else b"":
                    time.sleep(reply.drip)
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()

        def log_message(self, format, *args):
            pass

    return Handler


def _serve(settings, tls_context: ssl.SSLContext | None = None):
    server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    server.daemon_threads = True
    if tls_context:
        server.socket = tls_context.wrap_socket(server.socket, server_side=True)
    local = LocalServer(server)
    server.RequestHandlerClass = _handler_for(local)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    settings.FACTCHECK_FETCH_ALLOW_HOSTS = [local.host]
    yield local
    server.shutdown()
    server.server_close()


@pytest.fixture
def local_server(settings):
    """A page server on 127.0.0.1, which fetch may reach because this test allows it."""
    yield from _serve(settings)


@pytest.fixture
def certificate_authority(monkeypatch):
    """A throwaway CA that fetch trusts for the length of one test."""
    authority = trustme.CA()
    with authority.cert_pem.tempfile() as bundle:
        monkeypatch.setattr(fetch_module, "_CA_BUNDLE", bundle)
        yield authority


@pytest.fixture
def tls_server_for(settings, certificate_authority):
    """Start an HTTPS page server on 127.0.0.1 whose certificate names the given host."""
    servers = []

    def start(certified_host: str) -> LocalServer:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        certificate_authority.issue_cert(certified_host).configure_cert(context)
        servers.append(_serve(settings, context))
        return next(servers[-1])

    yield start
    for server in servers:
        next(server, None)


@pytest.fixture
def fake_dns():
    """Names a test makes up, mapped to the addresses it wants them to resolve to."""
    return {}


@pytest.fixture(autouse=True)
def stay_on_loopback(monkeypatch, fake_dns):
    """No DNS query leaves the machine, and no connection goes anywhere but loopback."""

    def getaddrinfo(host, port, *args, **kwargs):
        if host in fake_dns:
            address = ipaddress.ip_address(fake_dns[host])
            family = socket.AF_INET if address.version == 4 else socket.AF_INET6
            return [(family, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (str(address), port))]
        if host == "localhost":
            return _real_getaddrinfo(host, port, *args, **kwargs)
        try:  # numeric forms only ("127.1", "0x7f.0.0.1"): answered without asking DNS
            return _real_getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_NUMERICHOST)
        except socket.gaierror:
            raise socket.gaierror(socket.EAI_NONAME, f"tests resolve no real names: {host}") from None

    def create_connection(address, *args, **kwargs):
        host = address[0]
        assert host == "localhost" or ipaddress.ip_address(host).is_loopback, f"a test tried to reach {host}"
        return _real_create_connection(address, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(urllib3.util.connection, "create_connection", create_connection)
