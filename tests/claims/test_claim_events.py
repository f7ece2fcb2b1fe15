import pytest

from claims import workflow
from claims.models import ClaimEvent
from factcheck.audit import AppendOnlyError
from tests import factories

pytestmark = pytest.mark.django_db


def test_it_never_edits_an_event(fact_checker):
    event = workflow.record_event(factories.ClaimFactory(), ClaimEvent.Kind.CREATED)
    event.note = "rewritten"
    with pytest.raises(AppendOnlyError):
        event.save()


def test_it_never_deletes_an_event():
    event = workflow.record_event(factories.ClaimFactory(), ClaimEvent.Kind.CREATED)
    with pytest.raises(AppendOnlyError):
        event.delete()


def test_each_move_writes_one_event_with_its_actor_and_note(fact_checker, editor):
    claim = factories.ClaimFactory(assignee=fact_checker)
    factories.EvidenceFactory(claim=claim)
    claim = workflow.transition(claim, "sourced", actor=fact_checker, version=1, note="found the report")
    workflow.transition(claim, "unverified", actor=editor, version=claim.version, note="wrong report")

    events = list(claim.events.values_list("kind", "from_status", "to_status", "actor__username", "note"))
    assert events == [
        ("status", "unverified", "sourced", "fiona", "found the report"),
        ("status", "sourced", "unverified", "edith", "wrong report"),
    ]


def test_source_events_are_append_only_too(editor):
    from sources.models import SourceEvent

    source = factories.SourceFactory()
    event = SourceEvent.objects.create(source=source, source_name=source.name, kind="created", actor=editor)
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.delete()
