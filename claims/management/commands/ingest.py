from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims import services
from claims.models import Document


class Command(BaseCommand):
    help = "Store an article as a Document and extract its claims (in-process, or on a worker when a broker is set)."

    def add_arguments(self, parser):
        parser.add_argument("path", help="A text file holding the article.")
        parser.add_argument("--title", default="")
        parser.add_argument("--language", default="", choices=["", "fr", "en"])

    def handle(self, path, title, language, **options):
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"Cannot read {path}: {error}") from error
        if not text.strip():
            raise CommandError(f"{path} is empty.")
        document, created = services.document_submit(text=text, title=title, language=language)
        document.refresh_from_db()
        verb = "Stored" if created else "Already stored as"
        self.stdout.write(f"{verb} document {document.pk}: {document} [{document.get_extraction_state_display()}]")
        if document.extraction_state == Document.ExtractionState.DONE:
            for claim in document.claims.order_by("start"):
                speaker = f" ({claim.speaker})" if claim.speaker else ""
                self.stdout.write(f"  claim {claim.pk}{speaker}: {claim.text}")
        elif document.extraction_state == Document.ExtractionState.FAILED:
            raise CommandError(f"Extraction failed: {document.extraction_error}")
