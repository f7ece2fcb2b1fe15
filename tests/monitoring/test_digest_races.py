"""Two beats running the digest task at once, and its email task delivered twice at once, still give
each subscriber one digest and one email (PostgreSQL: real concurrent transactions)."""

from datetime import timedelta

import pytest
from django.core import mail

from monitoring.models import Digest, Lead
from monitoring.services import digests as digest_services
from monitoring.services import topics as topic_services
from notifications.models import Notification
from tests.monitoring.test_digests import WINTER_SEVEN_IN_PARIS, found_at
from tests.monitoring.test_races import at_once
from tests.monitoring.test_topics import lead

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def test_four_digest_runs_at_once_make_and_send_one_digest_each(editor, fact_checker, settings):
    settings.FACTCHECK_DIGEST_HOUR = 7
    settings.FACTCHECK_DIGEST_TIME_ZONE = "Europe/Paris"
    topic = topic_services.topic_create(actor=editor, name="Energy", any_en=["oil"])
    found_at(lead("Oil output rose 20 percent."), WINTER_SEVEN_IN_PARIS - timedelta(hours=1))
    topic_services.topic_retag(topic.pk, topic.terms_version)
    for person in (editor, fact_checker):
        digest_services.subscription_set(actor=person, all_topics=True, language="en")

    made = at_once(4, lambda: digest_services.digests_make_due(WINTER_SEVEN_IN_PARIS))
    digest_ids = sorted(pk for run in made for pk in run)
    sent = at_once(4, lambda: [digest_services.digest_email(pk) for pk in digest_ids])

    assert len(digest_ids) == Digest.objects.count() == 2
    assert sum(flag for run in sent for flag in run) == 2
    assert len(mail.outbox) == 2
    assert Notification.objects.filter(kind=Notification.Kind.DIGEST).count() == 2
    assert Lead.objects.count() == 1
