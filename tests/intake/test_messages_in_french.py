"""What the readers and the fetcher tell people comes in their language."""

import pytest
from django.utils import translation

from claims import readers, workflow
from factcheck.fetch import FetchRefused, fetch
from ingest import flow

pytestmark = pytest.mark.django_db

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def test_an_unreadable_upload_is_explained_in_french():
    with translation.override("fr"), pytest.raises(readers.UnreadableInput) as raised:
        readers.read_upload("photo.txt", PNG)
    assert str(raised.value) == (
        "«\u00a0photo.txt\u00a0» ressemble à une image PNG, pas à du texte. "
        "Envoyez un fichier .txt, .md, .html, .pdf, .srt ou .vtt."
    )


def test_a_refused_upload_reaches_the_desk_in_french():
    with translation.override("fr"), pytest.raises(workflow.Refused) as raised:
        flow.document_submit_file("empty.txt", b"  \n")
    assert raised.value.messages == ["Le fichier est vide."]


def test_a_refused_address_is_explained_in_french():
    with translation.override("fr"), pytest.raises(FetchRefused) as raised:
        fetch("http://10.0.0.1/", max_bytes=1000)
    assert str(raised.value) == "10.0.0.1 pointe vers 10.0.0.1, qui n’est pas une adresse publique"


def test_the_same_messages_stay_english_in_english():
    with pytest.raises(readers.UnreadableInput, match=r"^The file is empty\.$"):
        readers.read_upload("empty.txt", b" ")
