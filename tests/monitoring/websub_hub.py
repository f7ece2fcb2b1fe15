"""A WebSub hub on 127.0.0.1 for tests: it takes (un)subscription requests, verifies intent with a GET to
the callback (hub.challenge), and pushes content to the verified callbacks, signed with their secret."""

import hashlib
import hmac
import secrets
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode


@dataclass
class Answer:
    status: int
    body: str


class LocalHub:
    def __init__(self):
        self.requests: list[dict[str, str]] = []  # every (un)subscription request, in order
        self.subscribers: dict[str, tuple[str, str]] = {}  # callback -> (topic, secret), once verified
        self.status = 202  # what the hub answers to a request
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def url(self) -> str:
        return f"http://{self.host}/hub"

    def _handler(self):
        hub = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers.get("Content-Length", "0"))
                fields = {name: values[0] for name, values in parse_qs(self.rfile.read(length).decode()).items()}
                hub.requests.append({"content-type": self.headers.get("Content-Type", ""), **fields})
                self.send_response(hub.status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format, *args):
                pass

        return Handler

    def verify(self, request: dict[str, str], **changes) -> Answer:
        """Verify a request's intent as a hub does (`changes` alter the query, to ask what was not
        asked); a callback that echoes the challenge is (un)subscribed."""
        challenge = secrets.token_hex(8)
        query = {"hub.mode": request["hub.mode"], "hub.topic": request["hub.topic"], "hub.challenge": challenge}
        if request["hub.mode"] == "subscribe":
            query["hub.lease_seconds"] = request.get("hub.lease_seconds", "3600")
        query.update(changes)
        answer = _send(f"{request['hub.callback']}?{urlencode(query)}")
        if answer.status // 100 == 2 and answer.body == challenge:
            if query["hub.mode"] == "subscribe":
                self.subscribers[request["hub.callback"]] = (query["hub.topic"], request.get("hub.secret", ""))
            else:
                self.subscribers.pop(request["hub.callback"], None)
        return answer

    def verify_last(self, **changes) -> Answer:
        return self.verify(self.requests[-1], **changes)

    def publish(self, topic: str, body: bytes, content_type: str = "application/rss+xml") -> list[int]:
        """Push the topic's new content to each of its subscribers: their answers' statuses."""
        return [
            self.push(callback, body, signature=sign(secret, body), content_type=content_type)
            for callback, (subscribed, secret) in self.subscribers.items()
            if subscribed == topic
        ]

    def push(self, callback: str, body: bytes, *, signature: str = "", content_type="application/rss+xml") -> int:
        headers = {"Content-Type": content_type, **({"X-Hub-Signature": signature} if signature else {})}
        return _send(callback, data=body, headers=headers).status

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def sign(secret: str, body: bytes, method: str = "sha256") -> str:
    return f"{method}={hmac.new(secret.encode(), body, getattr(hashlib, method)).hexdigest()}"


_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # no proxy from the environment


def _send(url: str, *, data: bytes | None = None, headers=None) -> Answer:
    request = urllib.request.Request(
        url, data=data, headers=headers or {}, method="POST" if data is not None else "GET"
    )
    try:
        with _OPENER.open(request, timeout=60) as response:
            return Answer(response.status, response.read().decode())
    except urllib.error.HTTPError as error:
        return Answer(error.code, error.read().decode())
