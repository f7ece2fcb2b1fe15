"""The morning digest: due at the desk's hour in its time zone (summer time included), made once per
person and morning, without the leads a fact-check already matches, in the inbox and by email."""

from datetime import UTC, datetime, timedelta

import pytest
from django.core import mail
from django.db import transaction

from ingest import flow, tasks
from monitoring import digest_schedule
from monitoring.models import Digest, DigestSchedule, DigestSubscription, Lead
from monitoring.services import digests as digest_services
from monitoring.services import topics as topic_services
from notifications.models import Notification
from publishing.match_index import INDEX_FIELDS, factchecks_index
from publishing.models import ExternalFactCheck
from tests.monitoring.test_topics import lead

pytestmark = pytest.mark.django_db

WINTER_SEVEN_IN_PARIS = datetime(2026, 1, 15, 6, 0, tzinfo=UTC)
SUMMER_SEVEN_IN_PARIS = datetime(2026, 7, 15, 5, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("now", "due"),
    [
        (WINTER_SEVEN_IN_PARIS, True),
        (WINTER_SEVEN_IN_PARIS - timedelta(minutes=1), False),
        (SUMMER_SEVEN_IN_PARIS, True),
        (SUMMER_SEVEN_IN_PARIS - timedelta(minutes=1), False),
        (SUMMER_SEVEN_IN_PARIS + timedelta(hours=5, minutes=59), True),
        (SUMMER_SEVEN_IN_PARIS + timedelta(hours=6), False),  # too late: wait for tomorrow
    ],
    ids=str,
)
def test_a_paris_desk_at_seven_is_due_at_six_utc_in_winter_and_five_in_summer(now, due, settings):
    settings.FACTCHECK_DIGEST_LATE_HOURS = 6
    edition = digest_schedule.due_edition(now, 7, "Europe/Paris")
    assert (edition is not None) == due
    if due:
        assert edition.day == now.date()
        assert edition.at == now.replace(hour=edition.at.astimezone(UTC).hour, minute=0)
        assert edition.at - edition.since == timedelta(hours=24)


@pytest.fixture
def desk(editor, fact_checker, settings):
    settings.FACTCHECK_DIGEST_HOUR = 7
    settings.FACTCHECK_DIGEST_TIME_ZONE = "Europe/Paris"
    energy = topic_services.topic_create(actor=editor, name="Energy", any_en=["oil"], any_fr=["pétrole"])
    housing = topic_services.topic_create(actor=editor, name="Housing", any_en=["rent"])
    fact_checker.email = "fiona@example.org"
    fact_checker.save()
    digest_services.subscription_set(actor=fact_checker, all_topics=False, topics=[energy], language="fr")
    digest_services.subscription_set(actor=editor, all_topics=True, language="en")
    return {"energy": energy, "housing": housing}


def found_at(one: Lead, when: datetime) -> Lead:
    Lead.objects.filter(pk=one.pk).update(created_at=when)
    return one


def tag_all(topics):
    for topic in topics:
        topic_services.topic_retag(topic.pk, topic.terms_version)


def send(now):
    """The beat's task at `now`, with its emails sent after commit as the worker would."""
    with transaction.atomic():
        made = digest_services.digests_make_due(now)
    for digest_id in made:
        tasks.email_digest(digest_id)
    return made


def test_each_subscriber_gets_the_top_leads_of_their_topics_once(desk, editor, fact_checker):
    night = WINTER_SEVEN_IN_PARIS - timedelta(hours=3)
    oil = found_at(lead("Oil output rose 20 percent.", score=0.9), night)
    found_at(lead("Oil output rose 20 percent!", score=0.8), night)  # the same sentence elsewhere: once
    rent = found_at(lead("Rents rose 12 percent.", score=0.7), night)
    found_at(lead("Oil imports doubled in 2019.", score=0.95), WINTER_SEVEN_IN_PARIS - timedelta(hours=30))
    found_at(lead("Oil taxes doubled.", score=0.95, state=Lead.State.DISMISSED), night)
    tag_all(desk.values())

    assert send(WINTER_SEVEN_IN_PARIS - timedelta(minutes=1)) == []
    made = send(WINTER_SEVEN_IN_PARIS)
    assert send(WINTER_SEVEN_IN_PARIS + timedelta(minutes=5)) == [], "not twice"
    assert tasks.email_digest(made[0]) is False, "a retried email task sends nothing"

    mine = Digest.objects.get(recipient=fact_checker)
    theirs = Digest.objects.get(recipient=editor)
    assert [(e.topic_name, e.lead_id) for e in mine.entries.all()] == [("Energy", oil.pk)]
    assert [(e.topic_name, e.lead_id) for e in theirs.entries.all()] == [("Energy", oil.pk), ("Housing", rent.pk)]
    assert len(mail.outbox) == 2, "one email each"
    email = next(sent for sent in mail.outbox if sent.to == ["fiona@example.org"])
    assert "Oil output rose 20 percent." in email.body and "Rents" not in email.body
    assert "Synthèse du matin" in email.subject, "in the subscriber's language"
    html, kind = email.alternatives[0]
    assert kind == "text/html" and "<blockquote>Oil output rose 20 percent.</blockquote>" in html
    notice = Notification.objects.get(recipient=fact_checker)
    assert notice.kind == Notification.Kind.DIGEST and notice.link.endswith(f"/digests/{mine.pk}/")
    assert notice.emailed_at is not None, "the notice sends no second email of its own"


def test_the_summer_edition_leaves_at_five_utc(desk, fact_checker):
    assert send(SUMMER_SEVEN_IN_PARIS - timedelta(minutes=1)) == []
    assert len(send(SUMMER_SEVEN_IN_PARIS)) == 2
    assert Digest.objects.get(recipient=fact_checker).edition == SUMMER_SEVEN_IN_PARIS.date()


def an_oil_lead(desk):
    """A lead of the night on Energy, which both subscribers get: their digests are not empty."""
    oil = found_at(lead("Oil output rose 20 percent."), WINTER_SEVEN_IN_PARIS - timedelta(hours=1))
    tag_all(desk.values())
    return oil


def test_the_beat_task_sends_nothing_twice_even_run_twice(desk, fact_checker, monkeypatch):
    an_oil_lead(desk)
    monkeypatch.setattr(digest_services.timezone, "now", lambda: WINTER_SEVEN_IN_PARIS + timedelta(minutes=2))
    assert tasks.send_morning_digests() == 2
    assert tasks.send_morning_digests() == 0
    assert len(mail.outbox) == 2 and Digest.objects.count() == 2


def test_a_lead_a_fact_check_already_matches_is_left_out(desk, fact_checker):
    night = WINTER_SEVEN_IN_PARIS - timedelta(hours=2)
    checked = found_at(lead("Oil output rose 20 percent in 2025.", score=0.9), night)
    fresh = found_at(lead("Oil tankers crossed the harbour in 1990.", score=0.5), night)
    # The same words about another year: a different fact (figures that disagree never match).
    for number, reviewed in enumerate(
        ["Oil output rose 20 percent in 2025.", "Oil tankers crossed the harbour in 2019."]
    ):
        imported = ExternalFactCheck.objects.create(
            url=f"https://archive.example/fc/{number}", claim_reviewed=reviewed, language="en"
        )
        factchecks_index([imported])
        imported.save(update_fields=INDEX_FIELDS)
    tag_all(desk.values())

    send(WINTER_SEVEN_IN_PARIS)

    entries = list(Digest.objects.get(recipient=fact_checker).entries.values_list("lead_id", flat=True))
    assert entries == [fresh.pk]
    assert checked.pk not in entries


def test_the_desk_hour_and_time_zone_are_editable_by_editors_only(editor, fact_checker, settings):
    settings.FACTCHECK_DIGEST_HOUR = 7
    assert (digest_services.schedule_current().hour, DigestSchedule.objects.count()) == (7, 1)
    with pytest.raises(digest_services.NotAllowed):
        digest_services.schedule_set(actor=fact_checker, hour=6, time_zone="Europe/London")
    with pytest.raises(digest_services.FieldsRefused) as refused:
        digest_services.schedule_set(actor=editor, hour=24, time_zone="Mars/Olympus")
    assert set(refused.value.fields) == {"hour", "time_zone"}
    digest_services.schedule_set(actor=editor, hour=6, time_zone="America/Montreal")
    schedule = digest_services.schedule_current()
    assert (schedule.hour, schedule.time_zone) == (6, "America/Montreal")


def test_outsiders_cannot_subscribe_and_bad_subscriptions_change_nothing(outsider, fact_checker):
    with pytest.raises(digest_services.NotAllowed):
        digest_services.subscription_set(actor=outsider, all_topics=True, language="en")
    with pytest.raises(digest_services.FieldsRefused) as refused:
        digest_services.subscription_set(actor=fact_checker, all_topics=False, topics=[], language="de")
    assert set(refused.value.fields) == {"topics", "language"}
    assert not DigestSubscription.objects.exists()


def test_the_sweep_resends_an_email_whose_task_was_lost(desk, fact_checker, monkeypatch):
    an_oil_lead(desk)
    at(monkeypatch, WINTER_SEVEN_IN_PARIS)
    with transaction.atomic():
        digest_services.digests_make_due(WINTER_SEVEN_IN_PARIS)  # the emails' tasks never sent
    monkeypatch.setattr(digest_services.timezone, "now", lambda: WINTER_SEVEN_IN_PARIS + timedelta(minutes=3))
    flow.digests_send_due()
    flow.digests_send_due()
    assert len(mail.outbox) == 2


def test_matching_is_asked_only_about_the_topics_someone_gets(desk, editor, fact_checker, monkeypatch):
    digest_services.subscription_end(actor=editor)
    night = WINTER_SEVEN_IN_PARIS - timedelta(hours=1)
    oil = found_at(lead("Oil output rose 20 percent."), night)
    found_at(lead("Rents rose 12 percent."), night)
    tag_all(desk.values())
    asked = []
    best_factcheck = digest_services.best_factcheck
    monkeypatch.setattr(
        digest_services, "best_factcheck", lambda lead, vector: asked.append(lead.text) or best_factcheck(lead, vector)
    )

    send(WINTER_SEVEN_IN_PARIS)

    assert asked == [oil.text]
    assert [entry.lead_id for entry in Digest.objects.get(recipient=fact_checker).entries.all()] == [oil.pk]


def at(monkeypatch, when):
    monkeypatch.setattr(digest_services.timezone, "now", lambda: when)


def test_an_email_waiting_its_turn_in_a_busy_queue_is_not_queued_again(desk, fact_checker, editor, monkeypatch):
    an_oil_lead(desk)
    queued = []
    monkeypatch.setattr(tasks.email_digest, "delay", queued.append)  # a busy queue: nothing runs yet
    at(monkeypatch, WINTER_SEVEN_IN_PARIS + timedelta(minutes=1))
    made = flow.digests_send_due()
    assert sorted(queued) == sorted(made) and len(made) == 2

    for minutes in (2, 3, 10, 15):  # the beat, each minute (a few of them)
        at(monkeypatch, WINTER_SEVEN_IN_PARIS + timedelta(minutes=minutes))
        flow.digests_send_due()
    assert len(queued) == 2, "queued once each while they wait"

    # Still unsent long after it was queued: its task was lost, it is queued again (once).
    at(monkeypatch, WINTER_SEVEN_IN_PARIS + timedelta(minutes=17))
    flow.digests_send_due()
    flow.digests_send_due()
    assert len(queued) == 4 and sorted(queued[2:]) == sorted(made)
    assert not mail.outbox


def test_a_digest_the_broker_could_not_take_is_queued_by_the_next_sweep(desk, monkeypatch):
    an_oil_lead(desk)

    def broker_down(digest_id):
        raise ConnectionError("broker down")

    monkeypatch.setattr(tasks.email_digest, "delay", broker_down)
    at(monkeypatch, WINTER_SEVEN_IN_PARIS)
    made = flow.digests_send_due()
    assert Digest.objects.filter(email_queued_at__isnull=True).count() == 2
    monkeypatch.undo()

    at(monkeypatch, WINTER_SEVEN_IN_PARIS + timedelta(minutes=3))
    flow.digests_send_due()
    assert len(mail.outbox) == 2 and set(Digest.objects.values_list("pk", flat=True)) == set(made)


def test_an_empty_digest_stays_in_the_desk_but_is_not_emailed(desk, fact_checker, client, monkeypatch):
    found_at(lead("Rents rose 12 percent."), WINTER_SEVEN_IN_PARIS - timedelta(hours=1))  # Housing only
    tag_all(desk.values())
    at(monkeypatch, WINTER_SEVEN_IN_PARIS)

    assert len(flow.digests_send_due()) == 2
    at(monkeypatch, WINTER_SEVEN_IN_PARIS + timedelta(minutes=30))
    flow.digests_send_due()

    empty = Digest.objects.get(recipient=fact_checker)
    assert not empty.entries.exists() and empty.email_queued_at is None
    assert [sent.to for sent in mail.outbox] == [["edith@example.org"]], "only the editor's digest has a lead"
    notice = Notification.objects.get(recipient=fact_checker, kind=Notification.Kind.DIGEST)
    assert "0" in notice.text
    client.force_login(fact_checker)
    assert client.get(notice.link).status_code == 200
