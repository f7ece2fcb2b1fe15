"""A transcript's claims and leads carry the speaker of their turn and when it was said; the turns are kept
with the document; a bad transcript fails its document with the reason; a transcript given to monitoring
gives leads, not tickets."""

import pytest
from django.conf import settings as django_settings

from claims.models import Claim, Document
from ingest import flow
from monitoring.models import Lead

pytestmark = pytest.mark.django_db

SAMPLE = (django_settings.BASE_DIR / "samples" / "transcripts" / "debat-fictif-fr.vtt").read_bytes()

DEBATE_SRT = """1
00:12:30,000 --> 00:12:33,000
ANNE LEMOINE: Depuis 2019, le chômage a baissé de 18 %

2
00:12:33,000 --> 00:12:36,000
dans la région et 4 200 logements ont été construits.

3
00:12:40,000 --> 00:12:44,000
PAUL GIRARD: Comme l’a dit le préfet Martin, les loyers ont augmenté de 12 % en un an.
""".encode()


def _submit(filename, data, user, *, capture, monitor=None):
    with capture(execute=True):
        if monitor is None:
            document, _created = flow.document_submit_file(filename, data, submitted_by=user)
        else:
            document, _created = flow.transcript_submit(filename, data, submitted_by=user, monitor=monitor)
    document.refresh_from_db()
    return document


def test_each_claim_of_subtitles_gets_the_speaker_of_its_turn_and_its_timecode(
    fact_checker, django_capture_on_commit_callbacks
):
    document = _submit("debat.srt", DEBATE_SRT, fact_checker, capture=django_capture_on_commit_callbacks)
    assert document.extraction_state == Document.ExtractionState.DONE, document.extraction_error
    assert document.transcript == "srt"
    assert [(turn.speaker, turn.starts_at_ms) for turn in document.turns.all()] == [
        ("ANNE LEMOINE", 750_000),
        ("PAUL GIRARD", 760_000),
    ]
    claims = {claim.text: claim for claim in document.claims.all()}
    unemployment = next(claim for text, claim in claims.items() if "18 %" in text)
    # Two cues joined into one sentence, said from the first cue's time.
    assert "4 200 logements" in unemployment.text
    assert (unemployment.speaker, unemployment.said_at_ms) == ("ANNE LEMOINE", 750_000)
    rents = next(claim for text, claim in claims.items() if "12 %" in text)
    # A quote inside a turn is the turn's speaker's claim: they said it, whoever they cite.
    assert (rents.speaker, rents.said_at_ms) == ("PAUL GIRARD", 760_000)


def test_an_article_keeps_the_extractor_s_speakers_and_has_no_turns(fact_checker, django_capture_on_commit_callbacks):
    article = b"Unemployment fell to 3.5 percent in 2019, the minister said. Rents rose 12 percent in a year."
    document = _submit("article.txt", article, fact_checker, capture=django_capture_on_commit_callbacks)
    assert document.transcript == "" and not document.turns.exists()
    assert all(claim.said_at_ms is None for claim in document.claims.all())


def test_a_transcript_given_to_monitoring_gives_leads_with_speakers_and_timecodes(
    fact_checker, django_capture_on_commit_callbacks
):
    document = _submit(
        "debat-fictif-fr.vtt", SAMPLE, fact_checker, capture=django_capture_on_commit_callbacks, monitor=True
    )
    assert document.extraction_state == Document.ExtractionState.DONE, document.extraction_error
    assert not Claim.objects.filter(document=document).exists()
    leads = list(Lead.objects.filter(document=document))
    assert leads
    speakers = {turn.speaker for turn in document.turns.all()}
    assert speakers == {"Animatrice", "Hélène Corvin", "Marc Delaunay"}
    for lead in leads:
        assert lead.speaker in speakers
        assert lead.said_at_ms is not None
        turn = document.turns.get(start__lte=lead.start, end__gte=lead.end)
        assert (turn.speaker, turn.starts_at_ms <= lead.said_at_ms <= turn.ends_at_ms) == (lead.speaker, True)


def test_a_speaker_turn_text_gives_claims_their_speakers_without_timecodes(
    fact_checker, django_capture_on_commit_callbacks
):
    text = (
        b"MODERATOR: Welcome to tonight's debate on the economy.\n"
        b"Jane Doe (Labour): Unemployment fell to 3.5 percent in 2019, the lowest rate in fifty years.\n"
        b"JOHN ROE: That is wrong, the minister said it rose to 4.1 percent in 2020.\n"
    )
    document = _submit("debate.txt", text, fact_checker, capture=django_capture_on_commit_callbacks)
    assert document.transcript == "turns"
    claims = list(document.claims.all())
    assert claims
    by_figure = {claim.text.split(" percent")[0][-3:]: claim for claim in claims}
    assert by_figure["3.5"].speaker == "Jane Doe (Labour)"
    # The turn's speaker wins over the extractor's guess ("the minister said").
    assert by_figure["4.1"].speaker == "JOHN ROE"
    assert all(claim.said_at_ms is None for claim in claims)


def test_a_subtitle_file_with_no_readable_cue_fails_its_document_with_the_reason(
    fact_checker, django_capture_on_commit_callbacks
):
    broken = b"WEBVTT\n\n00:00:99.000 --> 00:00:02.000\nHello\n"
    document = _submit("broken.vtt", broken, fact_checker, capture=django_capture_on_commit_callbacks)
    assert document.extraction_state == Document.ExtractionState.FAILED
    assert "timecode" in document.extraction_error
    assert not document.turns.exists()


def test_a_transcript_s_leads_are_ranked_by_topic_with_their_speakers(fact_checker, django_capture_on_commit_callbacks):
    from monitoring import selectors
    from monitoring.models import Topic

    Topic.objects.create(name="Logement", any_fr=["logement", "loyer"])
    document = _submit(
        "debat-fictif-fr.vtt", SAMPLE, fact_checker, capture=django_capture_on_commit_callbacks, monitor=True
    )
    housing = list(selectors.leads_visible(fact_checker, topic="Logement").filter(document=document))
    assert housing, "the debate speaks of housing"
    assert [lead.score for lead in housing] == sorted((lead.score for lead in housing), reverse=True)
    assert all(lead.speaker and lead.timecode for lead in housing)
    by_speaker = selectors.leads_visible(fact_checker, speaker="delaunay").filter(document=document)
    assert by_speaker and all(lead.speaker == "Marc Delaunay" for lead in by_speaker)
