"""Where transcripts come in (the desk's upload, the API) and where their speakers and timecodes show (the
workspace with the surrounding turns, the Monitoring view, the leads API), in both languages."""

import pytest
from django.conf import settings as django_settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from claims.models import Document
from monitoring.models import Lead, MonitoredTranscript
from monitoring.services.leads import group_key
from tests import factories
from tests.web.conftest import signed_in

pytestmark = pytest.mark.django_db

SAMPLE = (django_settings.BASE_DIR / "samples" / "transcripts" / "debat-fictif-fr.vtt").read_bytes()
TURNS = [
    ("Animatrice", 740_000, "Madame Lemoine, votre bilan ?"),
    ("Anne Lemoine", 754_000, "Le chômage a baissé de 18 % depuis 2019."),
    ("Paul Girard", 770_000, "C’est faux, il a augmenté."),
    ("Animatrice", 790_000, "Merci à vous deux."),
]


def _claim_in_second_turn(**document_fields):
    document = factories.transcript_document(TURNS, language="fr", **document_fields)
    text = TURNS[1][2]
    start = document.text.index(text)
    return factories.ClaimFactory(
        document=document, text=text, start=start, end=start + len(text), speaker="Anne Lemoine", said_at_ms=754_000
    )


@pytest.mark.parametrize(
    ("language", "heading", "said_at"),
    [("en", "In the transcript", "Said at"), ("fr", "Dans la transcription", "Dit à")],
)
def test_the_workspace_shows_the_timecode_and_the_turns_around_the_claim(fact_checker, language, heading, said_at):
    claim = _claim_in_second_turn()
    client = signed_in(fact_checker)
    client.cookies["django_language"] = language
    page = client.get(reverse("desk:claim", args=[claim.pk])).content.decode()
    assert heading in page and said_at in page and "00:12:34" in page
    section = page[page.index(heading) :]
    # The turn before, the claim's own, the turn after, in order, with their speakers and times; not the last.
    positions = [section.index(text) for text in ("Madame Lemoine, votre bilan", "18 %", "C’est faux, il a augmenté")]
    assert positions == sorted(positions)
    for speaker, timecode in (("Animatrice", "00:12:20"), ("Anne Lemoine", "00:12:34"), ("Paul Girard", "00:12:50")):
        assert speaker in section and timecode in section
    assert 'aria-current="true"' in section
    assert "Merci à vous deux" not in section.split("</ol>")[0]


def test_an_article_s_workspace_shows_no_transcript(fact_checker):
    claim = factories.ClaimFactory()
    page = signed_in(fact_checker).get(reverse("desk:claim", args=[claim.pk])).content.decode()
    assert "In the transcript" not in page and "Said at" not in page


def test_a_transcript_claim_costs_the_workspace_two_queries_more(fact_checker, django_assert_num_queries):
    # The claim's turn, then it and its neighbours; an article's claim costs what it did.
    client = signed_in(fact_checker)
    counts = []
    for claim in (factories.ClaimFactory(), _claim_in_second_turn()):
        page = reverse("desk:claim", args=[claim.pk])
        client.get(page)
        with django_assert_num_queries(12 if counts else 10) as captured:
            assert client.get(page).status_code == 200
        counts.append(len(captured))
    assert counts[1] == counts[0] + 2


def test_the_desk_takes_a_transcript_to_monitor_and_its_claims_become_leads(
    fact_checker, django_capture_on_commit_callbacks
):
    client = signed_in(fact_checker)
    upload = SimpleUploadedFile("debat.vtt", SAMPLE, content_type="text/vtt")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("desk:intake"), {"file": upload, "monitor": "on"})
    assert response.status_code == 302
    document = Document.objects.get()
    assert MonitoredTranscript.objects.filter(document=document, submitted_by=fact_checker).exists()
    assert document.transcript == "vtt" and not document.claims.exists()
    lead = Lead.objects.filter(document=document).order_by("start").first()
    assert lead is not None and lead.speaker and lead.timecode
    monitoring = client.get(reverse("desk:monitoring")).content.decode()
    assert lead.speaker in monitoring and f"at {lead.timecode}" in monitoring


def test_the_desk_refuses_a_file_that_is_no_transcript_and_stores_nothing(fact_checker):
    image = SimpleUploadedFile("debat.vtt", b"\x89PNG\r\n\x1a\n" + bytes(200), content_type="text/vtt")
    response = signed_in(fact_checker).post(reverse("desk:intake"), {"file": image, "monitor": "on"})
    assert response.status_code == 422
    assert "looks like a PNG image, not text" in response.content.decode()
    assert not Document.objects.exists() and not MonitoredTranscript.objects.exists()


def test_only_a_file_can_be_given_to_monitoring(fact_checker):
    response = signed_in(fact_checker).post(
        reverse("desk:intake"), {"text": "MODERATOR: Hello.\nJANE: Crime fell 20 percent.", "monitor": "on"}
    )
    assert response.status_code == 422
    assert "Only an uploaded file can be given to monitoring." in response.content.decode()
    assert not Document.objects.exists()


def test_the_api_takes_a_transcript_and_its_leads_carry_speaker_and_timecode(
    api_as, fact_checker, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = api_as(fact_checker).post(
            "/api/v1/transcripts/", {"file": SimpleUploadedFile("debat.vtt", SAMPLE)}, format="multipart"
        )
    assert response.status_code == 202, response.content
    document = Document.objects.get(pk=response.json()["id"])
    assert document.extraction_state == Document.ExtractionState.DONE
    leads = api_as(fact_checker).get("/api/v1/leads/").json()["results"]
    assert leads
    turns = {turn.speaker for turn in document.turns.all()}
    for lead in leads:
        assert lead["speaker"] in turns
        assert lead["said_at_ms"] is not None and lead["timecode"].startswith("00:00:")


def test_the_api_takes_a_transcripts_address_author_outlet_and_date_as_the_desks_form_does(api_as, fact_checker):
    given = {
        "url": "https://radio.example/debat-du-4-decembre",
        "byline": " Radio Harbour ",
        "outlet": "Radio Harbour",
        "published": "2026-12-04",
    }
    response = api_as(fact_checker).post(
        "/api/v1/transcripts/", {"file": SimpleUploadedFile("debat.vtt", SAMPLE), **given}, format="multipart"
    )

    assert response.status_code == 202, response.content
    assert (response.json()["url"], response.json()["byline"]) == (given["url"], "Radio Harbour")
    document = Document.objects.get(pk=response.json()["id"])
    assert (document.url, document.byline, document.outlet, str(document.published)) == (
        given["url"],
        "Radio Harbour",
        "Radio Harbour",
        "2026-12-04",
    )


@pytest.mark.parametrize(
    ("field", "value"), [("url", "ftp://radio.example/debat"), ("url", "not an address"), ("byline", "x" * 301)]
)
def test_a_bad_transcript_address_or_author_is_a_400_naming_it(api_as, fact_checker, field, value):
    response = api_as(fact_checker).post(
        "/api/v1/transcripts/", {"file": SimpleUploadedFile("debat.vtt", SAMPLE), field: value}, format="multipart"
    )
    assert response.status_code == 400, response.content
    assert field in response.json()["fields"]
    assert not Document.objects.exists()


def test_the_api_can_take_a_transcript_as_tickets(api_as, fact_checker, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = api_as(fact_checker).post(
            "/api/v1/transcripts/",
            {"file": SimpleUploadedFile("debat.vtt", SAMPLE), "monitor": "false"},
            format="multipart",
        )
    assert response.status_code == 202
    document = Document.objects.get(pk=response.json()["id"])
    assert document.claims.exists() and not Lead.objects.exists()
    assert all(claim.said_at_ms is not None for claim in document.claims.all())


@pytest.mark.parametrize(
    ("upload", "field"),
    [
        (SimpleUploadedFile("debat.vtt", b""), "file"),
        (SimpleUploadedFile("debat.vtt", b"\x89PNG\r\n\x1a\n" + bytes(200)), None),
        (SimpleUploadedFile("debat.docx", b"WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n"), None),
    ],
    ids=["empty", "an image", "a type no reader takes"],
)
def test_a_bad_transcript_is_refused_and_changes_nothing(api_as, fact_checker, upload, field):
    response = api_as(fact_checker).post("/api/v1/transcripts/", {"file": upload}, format="multipart")
    assert response.status_code == 400, response.content
    if field:
        assert field in response.json()["fields"]
    assert not Document.objects.exists() and not MonitoredTranscript.objects.exists()


def test_only_members_submit_transcripts(api_as, outsider):
    response = api_as(outsider).post(
        "/api/v1/transcripts/", {"file": SimpleUploadedFile("debat.vtt", SAMPLE)}, format="multipart"
    )
    assert response.status_code == 403
    assert not Document.objects.exists()


def test_the_leads_list_costs_the_same_with_transcript_leads(api_as, fact_checker, django_assert_num_queries):
    def add_leads(count):
        for _index in range(count):
            document = factories.transcript_document(TURNS, language="fr")
            text = TURNS[1][2]
            start = document.text.index(text)
            Lead.objects.create(
                document=document,
                text=text,
                start=start,
                end=start + len(text),
                score=0.9,
                speaker="Anne Lemoine",
                said_at_ms=754_000,
                group_key=group_key(f"{text}{document.pk}"),
            )

    add_leads(2)
    client = api_as(fact_checker)
    client.get("/api/v1/leads/")
    with django_assert_num_queries(6) as captured:
        assert client.get("/api/v1/leads/").json()["results"][0]["timecode"] == "00:12:34"
    count = len(captured)
    add_leads(20)
    with django_assert_num_queries(count):
        client.get("/api/v1/leads/")


def test_a_transcript_already_taken_as_tickets_is_not_turned_into_leads(
    api_as, fact_checker, django_capture_on_commit_callbacks
):
    client = api_as(fact_checker)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/api/v1/transcripts/",
            {"file": SimpleUploadedFile("debat.vtt", SAMPLE), "monitor": "false"},
            format="multipart",
        )
    response = client.post(
        "/api/v1/transcripts/", {"file": SimpleUploadedFile("debat.vtt", SAMPLE)}, format="multipart"
    )
    assert response.status_code == 400
    assert "already taken in as document" in response.content.decode()
    assert not MonitoredTranscript.objects.exists() and not Lead.objects.exists()


def test_a_transcript_claim_in_the_api_carries_its_timecode(api_as, fact_checker):
    claim = _claim_in_second_turn()
    data = api_as(fact_checker).get(f"/api/v1/claims/{claim.pk}/").json()
    assert (data["speaker"], data["said_at_ms"], data["timecode"]) == ("Anne Lemoine", 754_000, "00:12:34")
    article_claim = api_as(fact_checker).get(f"/api/v1/claims/{factories.ClaimFactory().pk}/").json()
    assert (article_claim["said_at_ms"], article_claim["timecode"]) == (None, "")
