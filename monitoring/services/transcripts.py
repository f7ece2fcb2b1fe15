"""Writes about transcripts given to monitoring: their check-worthy sentences become leads, not tickets."""

from django.utils.translation import gettext as _

from claims import roles
from claims.models import Document
from factcheck.errors import NotAllowed, Refused
from monitoring.models import MonitoredTranscript


def transcript_monitor(document: Document, *, actor) -> MonitoredTranscript:
    """Mark a newly stored document as monitored, before its extraction runs (call it in the transaction that
    stored it). A document already extracted as tickets is not turned into leads."""
    if not roles.can_monitor_transcript(actor):
        raise NotAllowed([_("only members of the desk can give a transcript to monitoring")])
    if document.claims.exists():
        raise Refused([_("this file was already taken in as document %(id)d, with tickets") % {"id": document.pk}])
    monitored, _created = MonitoredTranscript.objects.get_or_create(document=document, defaults={"submitted_by": actor})
    return monitored
