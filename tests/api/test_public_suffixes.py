"""A public suffix (co.uk, github.io, gouv.fr) is refused as a Source's domain wherever one is
registered, from the Public Suffix List that the publicsuffixlist package ships (never fetched), and
a web address matches a Source only down to its registrable domain."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from claims import workflow
from reviews.admin import SourceDomainForm
from sources.models import Source, SourceDomain
from sources.selectors import registrable_domain, source_for_url
from tests import factories

pytestmark = pytest.mark.django_db

PUBLIC_SUFFIXES = ["co.uk", "github.io", "gouv.fr", "com", "blogspot.com"]


@pytest.mark.parametrize("suffix", PUBLIC_SUFFIXES)
def test_registering_a_public_suffix_through_the_api_is_refused(api_as, editor, suffix):
    response = api_as(editor).post("/api/v1/sources/register-domain/", {"domain": suffix}, format="json")
    assert response.status_code == 400
    assert "public suffix" in str(response.data)
    assert not SourceDomain.objects.exists()


@pytest.mark.parametrize("suffix", PUBLIC_SUFFIXES)
def test_a_source_cannot_list_a_public_suffix_among_its_domains(api_as, editor, suffix):
    source = factories.SourceFactory(name="Ministère", domains=["economie.gouv.fr"])
    response = api_as(editor).patch(
        f"/api/v1/sources/{source.pk}/", {"domains": ["economie.gouv.fr", suffix]}, format="json"
    )
    assert response.status_code == 400
    assert list(source.domains.values_list("domain", flat=True)) == ["economie.gouv.fr"]


def test_the_csv_import_refuses_a_public_suffix_and_imports_nothing(editor):
    with pytest.raises(workflow.Refused) as raised:
        factories.import_sources(b"name,domains\nBBC,bbc.co.uk\nEveryone in the UK,co.uk\n", actor=editor)
    assert "Line 3: co.uk is a public suffix" in str(raised.value)
    assert not Source.objects.exists()


def test_the_admin_domain_form_refuses_a_public_suffix():
    form = SourceDomainForm(data={"domain": "github.io"})
    assert not form.is_valid()
    assert "public suffix" in str(form.errors["domain"])
    assert SourceDomainForm(data={"domain": "someone.github.io"}).is_valid()


def test_an_address_matches_down_to_its_registrable_domain_only():
    bbc = factories.SourceFactory(name="BBC", domains=["bbc.co.uk"])
    # Registered before public suffixes were refused: it must not cover every British site.
    legacy = factories.SourceFactory(name="Everyone")
    SourceDomain.objects.create(source=legacy, domain="co.uk")
    assert source_for_url("https://news.bbc.co.uk/a") == bbc
    assert source_for_url("https://www.guardian.co.uk/b") is None
    assert registrable_domain("a.someone.github.io") == "someone.github.io"
    assert registrable_domain("github.io") == ""


def test_the_public_suffix_list_is_read_from_the_package_without_the_network():
    # In a fresh interpreter where any connection fails, the list still answers.
    script = (
        "import socket\n"
        "def refuse(*args, **kwargs): raise OSError('no network')\n"
        "socket.socket.connect = refuse\n"
        "socket.create_connection = refuse\n"
        "socket.getaddrinfo = refuse\n"
        "from publicsuffixlist import PublicSuffixList\n"
        "suffixes = PublicSuffixList()\n"
        "assert suffixes.is_public('co.uk') and suffixes.is_public('github.io')\n"
        "assert suffixes.privatesuffix('news.bbc.co.uk') == 'bbc.co.uk'\n"
    )
    environment = {key: value for key, value in os.environ.items() if key not in ("HTTP_PROXY", "HTTPS_PROXY")}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=environment)
    assert done.returncode == 0, done.stderr
    assert Path(sys.modules["publicsuffixlist"].__file__).with_name("public_suffix_list.dat").exists()
