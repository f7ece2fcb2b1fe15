"""A broadcast's feed: an item whose enclosure (or link) is a .vtt or .srt is read as a transcript, so its leads
carry the speaker of their turn and their timecode, like an uploaded transcript's. Real feed server on 127.0.0.1."""

from datetime import UTC, datetime
from email.utils import format_datetime

import pytest
from django.conf import settings as django_settings

from claims.models import Claim, Document
from ingest import flow
from monitoring.models import Lead
from monitoring.parsing import parse_feed

from .conftest import Reply, serve_feed

pytestmark = pytest.mark.django_db

SAMPLE = (django_settings.BASE_DIR / "samples" / "transcripts" / "debat-fictif-fr.vtt").read_bytes()


def broadcast_rss(page: str, subtitles: str) -> bytes:
    when = format_datetime(datetime(2026, 12, 4, 20, 0, tzinfo=UTC))
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Radio Valbrune</title>'
        f"<item><title>Face à face</title><link>{page}</link><guid>{page}</guid><pubDate>{when}</pubDate>"
        f'<enclosure url="{subtitles}" length="{len(SAMPLE)}" type="text/vtt"/></item></channel></rss>'
    ).encode()


def test_a_feed_item_with_subtitles_gives_leads_with_speakers_and_timecodes(
    local_server, make_feed, django_capture_on_commit_callbacks
):
    local_server.routes["/face-a-face.vtt"] = Reply(body=SAMPLE, headers={"Content-Type": "text/vtt"})
    page, subtitles = local_server.url("/face-a-face"), local_server.url("/face-a-face.vtt")
    feed = make_feed(serve_feed(local_server, "/rss", broadcast_rss(page, subtitles)), language="fr")

    with django_capture_on_commit_callbacks(execute=True):
        flow.feed_poll(feed.pk)

    document = Document.objects.get()
    assert document.extraction_state == Document.ExtractionState.DONE, document.extraction_error
    assert (document.transcript, document.url) == ("vtt", subtitles)
    assert not Claim.objects.exists()
    leads = list(Lead.objects.filter(document=document))
    assert leads
    speakers = set(document.turns.values_list("speaker", flat=True))
    assert all(lead.speaker in speakers and lead.timecode.startswith("00:00:") for lead in leads)


def test_an_item_without_subtitles_keeps_its_link():
    body = broadcast_rss("https://radio.example/show", "https://radio.example/show.mp3").replace(
        b'type="text/vtt"', b'type="audio/mpeg"'
    )
    assert [entry.url for entry in parse_feed(body, "application/rss+xml").entries] == ["https://radio.example/show"]
