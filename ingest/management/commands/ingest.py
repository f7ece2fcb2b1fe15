from django.core.management.base import BaseCommand, CommandError

from claims import intake, workflow
from claims.models import Document
from ingest import flow


class Command(BaseCommand):
    help = (
        "Store an article (.txt, .md, .html, .pdf, or a URL) as a Document and extract its claims "
        "(in-process, or on a worker when a broker is set)."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", metavar="PATH_OR_URL")

    def handle(self, source, **options):
        try:
            if intake.is_url(source):
                document, created = flow.document_submit_url(source)
            else:
                with open(source, "rb") as handle:
                    data = handle.read()
                document, created = flow.document_submit_file(source.rsplit("/", 1)[-1], data)
        except OSError as error:
            raise CommandError(f"Cannot read {source}: {error.strerror}") from error
        except workflow.WorkflowError as refusal:
            raise CommandError(f"{source}: {refusal}") from refusal
        document.refresh_from_db()
        verb = "Stored" if created else "Already stored as"
        self.stdout.write(f"{verb} document {document.pk}: {document} [{document.get_extraction_state_display()}]")
        if document.extraction_state == Document.ExtractionState.DONE:
            for claim in document.claims.order_by("start"):
                speaker = f" ({claim.speaker})" if claim.speaker else ""
                self.stdout.write(f"  claim {claim.pk}{speaker}: {claim.text}")
        elif document.extraction_state == Document.ExtractionState.FAILED:
            raise CommandError(f"Extraction failed: {document.extraction_error}")
