"""The French desk the way production starts it: a fresh checkout (no compiled catalogue, since .mo
files are not in git), the Procfile's release step that `make serve` runs, then a French reader with
several unread notifications. Before, the catalogue was never compiled there, and Django's French
plural rule, given the lazy unread count, made every desk page answer 500."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.template import RequestContext, Template
from django.urls import reverse
from django.utils import translation

from notifications.models import Notification
from notifications.services import notify
from tests import factories

ROOT = Path(__file__).resolve().parents[1]

VISIT_AS_FRENCH_READER = """
import django
django.setup()
from django.test import Client
from django.test.utils import setup_test_environment
from notifications.models import Notification
from notifications.services import notify
from claims.models import Claim, Document
from django.contrib.auth.models import Group, User

setup_test_environment()
reader = User.objects.create_user("lea", password="x")
reader.groups.add(Group.objects.get(name="Fact-checkers"))
document = Document.objects.create(text="Le chômage a baissé.", content_hash="h")
claim = Claim.objects.create(document=document, text="Le chômage a baissé.", start=0, end=20, score=0.9)
for number in range(3):
    notify(reader, Notification.Kind.ASSIGNED, claim=claim, text="à vous", dedupe_key=f"k{number}")
client = Client(HTTP_ACCEPT_LANGUAGE="fr", SERVER_NAME="localhost")
client.force_login(reader)
page = client.get("/queue/", secure=True)
print(page.status_code)
print(page.content.decode())
"""


def test_make_serve_compiles_the_translations_in_its_release_step():
    release = re.search(r"^release: (.+)$", (ROOT / "Procfile").read_text(), re.M)
    assert release and "compilemessages" in release.group(1)
    assert "sed -n 's/^release: //p' Procfile" in (ROOT / "Makefile").read_text()


def test_a_fresh_checkout_started_like_production_serves_the_french_desk_with_unread_notices(tmp_path):
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    checkout = tmp_path / "checkout"
    for name in tracked.decode().split("\0"):
        if name and not name.startswith(("bench/", "samples/", "tests/")):
            target = checkout / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes((ROOT / name).read_bytes())
    assert not list(checkout.rglob("*.mo"))
    environment = {
        **{key: value for key, value in os.environ.items() if key in ("PATH", "HOME", "LANG")},
        "DEBUG": "0",
        "SECRET_KEY": "x" * 60,
        "ALLOWED_HOSTS": "localhost",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "STATIC_ROOT": str(tmp_path / "static"),
        "DJANGO_SETTINGS_MODULE": "factcheck.settings",
        "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}",
    }
    release = re.search(r"^release: (.+)$", (checkout / "Procfile").read_text(), re.M).group(1)
    subprocess.run(["sh", "-c", release], cwd=checkout, env=environment, check=True, capture_output=True)

    visit = subprocess.run(
        [sys.executable, "-c", VISIT_AS_FRENCH_READER], cwd=checkout, env=environment, capture_output=True, text=True
    )
    assert visit.returncode == 0, visit.stderr[-2000:]
    status, page = visit.stdout.split("\n", 1)
    assert status == "200"
    assert "3 non lues" in page and "Ma file" in page


@pytest.mark.django_db
def test_the_french_desk_shows_several_unread_notifications(client, fact_checker):
    for number in range(3):
        notify(
            fact_checker, Notification.Kind.ASSIGNED, claim=factories.ClaimFactory(), text="x", dedupe_key=str(number)
        )
    client.force_login(fact_checker)
    client.post(reverse("set_language"), {"language": "fr"})
    for page in (reverse("desk:queue_mine"), reverse("notifications:inbox")):
        response = client.get(page)
        assert response.status_code == 200
        assert "3 non lues" in response.content.decode()


@pytest.mark.django_db
def test_the_unread_count_reaches_plural_rules_as_a_plain_number(rf, fact_checker):
    # A message missing from our catalogue (as all were when it was not compiled) is looked up in every
    # installed app's French catalogue, some of whose plural rules compute n % 1000000.
    for number in range(3):
        notify(
            fact_checker, Notification.Kind.ASSIGNED, claim=factories.ClaimFactory(), text="x", dedupe_key=str(number)
        )
    request = rf.get("/")
    request.user = fact_checker
    template = Template(
        "{% load i18n %}{% blocktranslate count counter=unread_notifications %}{{ counter }} item not in any"
        " catalogue{% plural %}{{ counter }} items not in any catalogue{% endblocktranslate %}"
    )
    with translation.override("fr"):
        assert template.render(RequestContext(request)) == "3 items not in any catalogue"
