import hashlib
import ipaddress
import re
import socket

import pytest

from factcheck.fetch import FetchedPage, FetchFailed, FetchRefused, fetch, is_public_address

from .conftest import Reply
from .sample_documents import ENGLISH_ARTICLE_HTML

INTAKE_LIMIT = 5 * 1024 * 1024


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://127.1.2.3:8080/admin",
        "http://2130706433/",  # 127.0.0.1 as one decimal number
        "http://0x7f.1/",  # and in hexadecimal shorthand
        "http://10.0.0.1/",
        "http://172.16.5.4/",
        "http://192.168.1.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://100.64.0.1/",
        "http://0.0.0.0/",
        "http://[::1]/",
        "http://[::]/",
        "http://[fd00:ec2::254]/latest/meta-data/",
        "http://[fe80::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://[::ffff:169.254.169.254]/",
        "http://224.0.0.1/",
        "http://localhost/",
    ],
)
def test_it_refuses_addresses_that_are_not_public(url):
    with pytest.raises(FetchRefused, match="not a public address"):
        fetch(url, max_bytes=INTAKE_LIMIT)


@pytest.mark.parametrize("url", ["ftp://example.org/file.txt", "file:///etc/passwd", "gopher://example.org/"])
def test_it_refuses_schemes_other_than_http_and_https(url):
    with pytest.raises(FetchRefused, match="only http and https"):
        fetch(url, max_bytes=INTAKE_LIMIT)


def test_it_refuses_a_public_looking_name_that_resolves_to_a_private_address(fake_dns):
    fake_dns["intranet.example"] = "192.168.10.20"
    with pytest.raises(FetchRefused, match=re.escape("intranet.example resolves to 192.168.10.20")):
        fetch("https://intranet.example/report", max_bytes=INTAKE_LIMIT)


def test_it_refuses_a_name_when_any_of_its_addresses_is_private(fake_dns, monkeypatch):
    def two_answers(host, port, *args, **kwargs):
        return [
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", port)),
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.1.1.1", port)),
        ]

    monkeypatch.setattr(socket, "getaddrinfo", two_answers)
    with pytest.raises(FetchRefused, match=re.escape("10.1.1.1")):
        fetch("http://mixed.example/", max_bytes=INTAKE_LIMIT)


def test_the_test_allowance_covers_only_the_listed_loopback_port(local_server, settings):
    settings.FACTCHECK_FETCH_ALLOW_HOSTS = ["127.0.0.1:1"]
    with pytest.raises(FetchRefused):
        fetch(local_server.url("/"), max_bytes=INTAKE_LIMIT)


@pytest.mark.parametrize(
    "text",
    ["8.8.8.8", "2606:4700:4700::1111"],
)
def test_public_addresses_are_public(text):
    assert is_public_address(ipaddress.ip_address(text))


@pytest.mark.parametrize(
    "text",
    ["2002:a00:1::", "64:ff9b::a9fe:a9fe", "::7f00:1", "255.255.255.255", "240.0.0.1", "198.18.0.1"],
)
def test_private_addresses_hidden_in_ipv6_forms_and_reserved_ranges_are_not_public(text):
    assert not is_public_address(ipaddress.ip_address(text))


def test_it_fetches_an_allowed_local_page(local_server):
    body = ENGLISH_ARTICLE_HTML.encode()
    local_server.routes["/article"] = Reply(body=body, headers={"Content-Type": "text/html; charset=utf-8"})

    page = fetch(local_server.url("/article"), max_bytes=INTAKE_LIMIT)

    assert isinstance(page, FetchedPage)
    assert page.status == 200
    assert page.final_url == page.url == local_server.url("/article")
    assert page.content_type == "text/html; charset=utf-8"
    assert page.body == body
    assert page.sha256 == hashlib.sha256(body).hexdigest()
    assert page.fetched_at.tzinfo is not None


def test_it_sends_the_host_name_and_the_configured_user_agent(local_server, settings):
    settings.FACTCHECK_FETCH_USER_AGENT = "TestDesk/0.1"
    local_server.routes["/"] = Reply(body=b"ok", headers={"Content-Type": "text/plain"})

    fetch(local_server.url("/"), max_bytes=INTAKE_LIMIT)

    request = local_server.requests[-1]
    assert request["host"] == local_server.host
    assert request["user-agent"] == "TestDesk/0.1"


def test_it_follows_redirects_and_reports_the_final_url(local_server):
    local_server.routes["/old"] = Reply(301, headers={"Location": "/new?x=1"})
    local_server.routes["/new?x=1"] = Reply(body=b"moved here", headers={"Content-Type": "text/plain"})

    page = fetch(local_server.url("/old"), max_bytes=INTAKE_LIMIT)

    assert page.url == local_server.url("/old")
    assert page.final_url == local_server.url("/new?x=1")
    assert page.body == b"moved here"


def test_it_refuses_a_redirect_to_a_private_address(local_server):
    local_server.routes["/go"] = Reply(302, headers={"Location": "http://10.0.0.1/secret"})
    with pytest.raises(FetchRefused, match=re.escape("10.0.0.1")):
        fetch(local_server.url("/go"), max_bytes=INTAKE_LIMIT)


def test_it_refuses_a_redirect_to_a_name_that_resolves_to_the_metadata_service(local_server, fake_dns):
    fake_dns["metadata.example"] = "169.254.169.254"
    local_server.routes["/go"] = Reply(307, headers={"Location": "http://metadata.example/latest/meta-data/"})
    with pytest.raises(FetchRefused, match=re.escape("169.254.169.254")):
        fetch(local_server.url("/go"), max_bytes=INTAKE_LIMIT)


def test_it_refuses_a_redirect_to_another_scheme(local_server):
    local_server.routes["/go"] = Reply(302, headers={"Location": "file:///etc/passwd"})
    with pytest.raises(FetchRefused, match="only http and https"):
        fetch(local_server.url("/go"), max_bytes=INTAKE_LIMIT)


def _redirect_chain(local_server, length):
    for step in range(length):
        local_server.routes[f"/hop/{step}"] = Reply(302, headers={"Location": f"/hop/{step + 1}"})
    local_server.routes[f"/hop/{length}"] = Reply(body=b"arrived", headers={"Content-Type": "text/plain"})


def test_it_follows_five_redirects(local_server):
    _redirect_chain(local_server, 5)
    assert fetch(local_server.url("/hop/0"), max_bytes=INTAKE_LIMIT).body == b"arrived"


def test_it_refuses_more_than_five_redirects(local_server):
    _redirect_chain(local_server, 6)
    with pytest.raises(FetchRefused, match="more than 5 redirects"):
        fetch(local_server.url("/hop/0"), max_bytes=INTAKE_LIMIT)


def test_it_refuses_a_page_whose_declared_length_is_over_the_cap(local_server):
    local_server.routes["/big"] = Reply(body=b"x" * 2000, headers={"Content-Type": "text/plain"})
    with pytest.raises(FetchRefused, match="2000 bytes, over the limit of 1000"):
        fetch(local_server.url("/big"), max_bytes=1000)


def test_it_refuses_a_page_over_the_cap_that_declares_no_length(local_server):
    local_server.routes["/big"] = Reply(body=b"x" * 300_000, send_length=False)
    with pytest.raises(FetchRefused, match="over the limit of 100000 bytes"):
        fetch(local_server.url("/big"), max_bytes=100_000)


def test_a_page_exactly_at_the_cap_is_accepted(local_server):
    local_server.routes["/fits"] = Reply(body=b"y" * 1000, send_length=False)
    assert len(fetch(local_server.url("/fits"), max_bytes=1000).body) == 1000


def test_a_server_that_does_not_answer_in_time_is_a_transient_failure(local_server):
    local_server.routes["/slow"] = Reply(body=b"late", delay=2)
    with pytest.raises(FetchFailed) as failure:
        fetch(local_server.url("/slow"), max_bytes=INTAKE_LIMIT, read_timeout=0.3)
    assert failure.value.transient


@pytest.mark.parametrize(("status", "transient"), [(404, False), (403, False), (410, False), (429, True), (503, True)])
def test_http_errors_say_whether_a_retry_may_help(local_server, status, transient):
    local_server.routes["/"] = Reply(status, b"error page")
    with pytest.raises(FetchFailed) as failure:
        fetch(local_server.url("/"), max_bytes=INTAKE_LIMIT)
    assert failure.value.transient is transient
    assert failure.value.status == status


def test_an_unknown_name_is_a_permanent_failure():
    with pytest.raises(FetchFailed) as failure:
        fetch("https://no-such-site.invalid/", max_bytes=INTAKE_LIMIT)
    assert not failure.value.transient


def test_a_refused_connection_is_a_transient_failure(local_server, settings):
    closed_port = local_server.port
    local_server.server.server_close()
    with pytest.raises(FetchFailed) as failure:
        fetch(f"http://127.0.0.1:{closed_port}/", max_bytes=INTAKE_LIMIT, connect_timeout=1)
    assert failure.value.transient


def test_a_server_dripping_its_body_is_cut_off_at_the_read_deadline(local_server):
    local_server.routes["/drip"] = Reply(body=b"z" * 100, drip=0.05)
    with pytest.raises(FetchFailed, match="took too long") as failure:
        fetch(local_server.url("/drip"), max_bytes=INTAKE_LIMIT, read_timeout=0.5)
    assert failure.value.transient


def test_it_percent_encodes_spaces_and_non_ascii_in_the_path(local_server):
    local_server.routes["/a%20b/%C3%A9t%C3%A9?q=x%20y&r=%2F"] = Reply(
        body=b"found", headers={"Content-Type": "text/plain"}
    )
    assert fetch(local_server.url("/a b/été?q=x y&r=%2F"), max_bytes=INTAKE_LIMIT).body == b"found"


def test_it_sends_an_international_name_in_its_ascii_form(local_server, fake_dns):
    fake_dns["xn--caf-dma.example"] = "127.0.0.1"
    local_server.routes["/"] = Reply(body=b"ok")

    fetch(f"http://café.example:{local_server.port}/", max_bytes=INTAKE_LIMIT)

    assert local_server.requests[-1]["host"] == f"xn--caf-dma.example:{local_server.port}"


def test_https_connects_to_the_checked_address_but_verifies_the_certificate_for_the_name(tls_server_for, fake_dns):
    server = tls_server_for("news.example")
    fake_dns["news.example"] = "127.0.0.1"
    server.routes["/story"] = Reply(body=b"secure story", headers={"Content-Type": "text/plain"})

    page = fetch(f"https://news.example:{server.port}/story", max_bytes=INTAKE_LIMIT)

    assert page.body == b"secure story"
    assert server.requests[-1]["host"] == f"news.example:{server.port}"


def test_https_refuses_a_certificate_for_another_name(tls_server_for, fake_dns):
    server = tls_server_for("someone-else.example")
    fake_dns["news.example"] = "127.0.0.1"
    with pytest.raises(FetchFailed, match="TLS failed") as failure:
        fetch(f"https://news.example:{server.port}/", max_bytes=INTAKE_LIMIT)
    assert not failure.value.transient


def test_a_named_local_host_may_be_fetched_only_when_listed(local_server, settings, fake_dns):
    fake_dns["feeds.local"] = "127.0.0.1"
    local_server.routes["/feed"] = Reply(body=b"hello", headers={"Content-Type": "text/plain"})
    url = f"http://feeds.local:{local_server.port}/feed"
    settings.FACTCHECK_FETCH_ALLOW_HOSTS = []
    with pytest.raises(FetchRefused, match="not a public address"):
        fetch(url, max_bytes=INTAKE_LIMIT)

    settings.FACTCHECK_FETCH_ALLOW_HOSTS = ["feeds.local"]
    assert fetch(url, max_bytes=INTAKE_LIMIT).body == b"hello"
    settings.FACTCHECK_FETCH_ALLOW_HOSTS = [f"feeds.local:{local_server.port}"]
    assert fetch(url, max_bytes=INTAKE_LIMIT).body == b"hello"
    settings.FACTCHECK_FETCH_ALLOW_HOSTS = ["feeds.local:1"]
    with pytest.raises(FetchRefused):
        fetch(url, max_bytes=INTAKE_LIMIT)


def test_a_named_local_host_never_reaches_the_metadata_service(settings, fake_dns):
    fake_dns["feeds.local"] = "169.254.169.254"
    settings.FACTCHECK_FETCH_ALLOW_HOSTS = ["feeds.local"]
    with pytest.raises(FetchRefused, match=re.escape("169.254.169.254")):
        fetch("http://feeds.local/latest/meta-data/", max_bytes=INTAKE_LIMIT)


def test_a_conditional_get_sends_the_validators_and_takes_a_304(local_server):
    local_server.routes["/feed"] = Reply(
        body=b"<rss/>", headers={"ETag": '"v1"', "Last-Modified": "Fri, 04 Dec 2026 08:00:00 GMT"}
    )
    first = fetch(local_server.url("/feed"), max_bytes=INTAKE_LIMIT)
    assert (first.etag, first.last_modified) == ('"v1"', "Fri, 04 Dec 2026 08:00:00 GMT")
    assert not first.not_modified

    local_server.routes["/feed"] = Reply(status=304)
    again = fetch(local_server.url("/feed"), max_bytes=INTAKE_LIMIT, etag=first.etag, last_modified=first.last_modified)

    assert again.not_modified and again.body == b""
    assert local_server.requests[-1]["if-none-match"] == '"v1"'
    assert local_server.requests[-1]["if-modified-since"] == "Fri, 04 Dec 2026 08:00:00 GMT"


def test_a_304_to_an_unconditional_get_is_a_failure(local_server):
    local_server.routes["/feed"] = Reply(status=304)
    with pytest.raises(FetchFailed):
        fetch(local_server.url("/feed"), max_bytes=INTAKE_LIMIT)
