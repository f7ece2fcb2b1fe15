"""Topics as keyword lists in English and French: leads are tagged by their words (stemmed, without
accents or case, whole words), at ingest and again when a topic's terms change."""

from types import SimpleNamespace

import pytest

from factcheck.errors import NotAllowed
from ingest import flow, tasks
from monitoring import selectors
from monitoring.models import Lead, Topic
from monitoring.services import leads as lead_services
from monitoring.services import topics as topic_services
from monitoring.services.feeds import feed_create
from tests import factories

pytestmark = pytest.mark.django_db


def lead(text: str, language: str = "en", **fields) -> Lead:
    document = factories.DocumentFactory(text=text, language=language)
    return Lead.objects.create(
        document=document,
        text=text,
        start=0,
        end=len(text),
        language=language,
        score=fields.pop("score", 0.8),
        group_key=lead_services.group_key(text),
        **fields,
    )


def tagged(topic: Topic) -> set[str]:
    return set(topic.tagged_leads.values_list("text", flat=True))


def make_topic(editor, captured, **fields) -> Topic:
    with captured(execute=True):
        return flow.topic_create(actor=editor, **fields)


def test_terms_match_whatever_the_ending_accents_or_case_as_whole_words(editor, django_capture_on_commit_callbacks):
    taxes = lead("The government raised TAXES on fuel last year.")
    taxed = lead("Fuel is taxed twice, the minister said.")
    taxi = lead("Taxi fares rose 9 percent.")
    impots = lead("Les impôts ont augmenté de 9 % en 2025.", "fr")
    impot = lead("L'IMPOT sur le revenu a baissé.", "fr")

    topic = make_topic(editor, django_capture_on_commit_callbacks, name="Taxes", any_en=["tax"], any_fr=["impot"])

    assert tagged(topic) == {taxes.text, taxed.text, impots.text, impot.text}
    assert taxi.text not in tagged(topic), "a term is a whole word: tax is not taxi"


def test_exclusions_all_of_and_phrases(editor, django_capture_on_commit_callbacks):
    rent = lead("Rents rose 12 percent in Paris while wages fell.")
    football = lead("Rents at the football stadium rose 12 percent.")
    only_rent = lead("Rents rose again.")
    carbon_tax = lead("The carbon tax brought in 4 billion euros.")
    scattered = lead("Carbon emissions fell and the tax stayed.")

    housing = make_topic(
        editor,
        django_capture_on_commit_callbacks,
        name="Housing",
        all_en=["rent", "wages"],
        exclude_en=["football"],
    )
    climate = make_topic(editor, django_capture_on_commit_callbacks, name="Climate", any_en=["carbon tax"])

    assert tagged(housing) == {rent.text}
    assert football.text not in tagged(housing) and only_rent.text not in tagged(housing)
    assert tagged(climate) == {carbon_tax.text}, "a phrase's words must come in a row"
    assert scattered.text not in tagged(climate)


def test_a_lead_is_matched_by_the_terms_of_its_own_language(editor, django_capture_on_commit_callbacks):
    english = lead("Unemployment fell to 5 percent.")
    french = lead("Le chômage est tombé à 5 %.", "fr")

    topic = make_topic(editor, django_capture_on_commit_callbacks, name="Jobs", any_fr=["chômage"])

    assert tagged(topic) == {french.text}
    assert english.text not in tagged(topic)


def test_new_leads_are_tagged_at_ingest(editor):
    topic = topic_services.topic_create(actor=editor, name="Rail", any_en=["passenger"])
    document = factories.DocumentFactory(text="Rail carried 40 million passengers. Rain fell.")
    sentence = SimpleNamespace(
        text="Rail carried 40 million passengers.", start=0, end=35, speaker="", said_at_ms=None, score=0.9
    )
    sentence.reasons = []

    lead_services.leads_record(document, [sentence])
    lead_services.leads_record(document, [sentence])  # a second extraction adds nothing twice

    assert list(topic.tagged_leads.values_list("text", flat=True)) == ["Rail carried 40 million passengers."]


def test_changing_terms_retags_after_commit_adding_and_removing(editor, django_capture_on_commit_callbacks):
    oil = lead("Oil prices rose 20 percent.")
    gas = lead("Gas prices rose 30 percent.")
    topic = make_topic(editor, django_capture_on_commit_callbacks, name="Energy", any_en=["oil"])
    assert tagged(topic) == {oil.text}

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        topic = flow.topic_update(topic, actor=editor, any_en=["gas"])
    assert tagged(topic) == {oil.text}, "re-tagged only after commit, by the task"
    assert len(callbacks) == 1
    callbacks[0]()

    assert tagged(topic) == {gas.text}
    topic.refresh_from_db()
    assert topic.tagged_version == topic.terms_version == 2


def test_retagging_is_idempotent_and_a_stale_version_gives_way(editor, django_capture_on_commit_callbacks):
    oil = lead("Oil prices rose 20 percent.")
    topic = make_topic(editor, django_capture_on_commit_callbacks, name="Energy", any_en=["oil"])

    assert tasks.retag_topic(topic.pk, topic.terms_version) is True
    assert tasks.retag_topic(topic.pk, topic.terms_version) is True
    assert Lead.topics.through.objects.filter(topic=topic).count() == 1
    assert tasks.retag_topic(topic.pk, topic.terms_version - 1) is False, "a newer version's task does it"
    assert tagged(topic) == {oil.text}


def test_retagging_goes_in_batches(editor, django_capture_on_commit_callbacks, monkeypatch):
    monkeypatch.setattr(topic_services, "RETAG_BATCH", 2)
    leads = [lead(f"Oil output rose {n} percent.") for n in range(5)]
    topic = make_topic(editor, django_capture_on_commit_callbacks, name="Energy", any_en=["oil"])
    assert tagged(topic) == {one.text for one in leads}


def test_the_sweep_resends_a_lost_retagging(editor):
    oil = lead("Oil prices rose 20 percent.")
    topic = topic_services.topic_create(actor=editor, name="Energy", any_en=["oil"])  # its task never sent

    assert flow.topics_retag_changed() == [topic.pk]
    assert tagged(topic) == {oil.text}
    assert flow.topics_retag_changed() == []


def test_a_feeds_own_topics_still_apply_to_its_leads(editor, fact_checker):
    feed = feed_create(actor=editor, url="https://news.example/rss", language="en", topics=["economy"])
    carried = lead("Prices rose 3 percent.")
    feed.items.create(entry_key="1", url="https://a.example/1", url_key="1", document=carried.document)

    assert list(selectors.leads_visible(fact_checker, topic="economy")) == [carried]


def test_only_editors_change_topics_and_bad_input_changes_nothing(editor, fact_checker):
    with pytest.raises(NotAllowed):
        topic_services.topic_create(actor=fact_checker, name="Energy", any_en=["oil"])
    topic_services.topic_create(actor=editor, name="Energy", any_en=["oil"])
    with pytest.raises(topic_services.FieldsRefused) as refused:
        topic_services.topic_create(actor=editor, name="energy", any_en=["the"], exclude_fr=["x" * 101])
    assert set(refused.value.fields) == {"name", "any_en", "exclude_fr"}
    topic = Topic.objects.get()
    with pytest.raises(topic_services.FieldsRefused):
        topic_services.topic_update(topic, actor=editor, name="", any_en=["gas"])
    topic.refresh_from_db()
    assert (Topic.objects.count(), topic.name, topic.any_en, topic.terms_version) == (1, "Energy", ["oil"], 1)
