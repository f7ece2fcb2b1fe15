from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from publishing.importing import ImportRefused, claimreviews_import


class Command(BaseCommand):
    help = "Import past fact-checks from a ClaimReview JSON-LD file (an object, a list or an @graph)."

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)

    def handle(self, *args, path: Path, **options):
        try:
            raw = path.read_bytes()
        except OSError as error:
            raise CommandError(f"cannot read {path}: {error.strerror}") from error
        try:
            result = claimreviews_import(raw)
        except ImportRefused as refusal:
            raise CommandError("nothing imported:\n  " + "\n  ".join(refusal.messages)) from refusal
        self.stdout.write(f"{result.created} fact-checks imported, {result.updated} updated.")
