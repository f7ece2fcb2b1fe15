import json

from django.core.management.base import BaseCommand, CommandError

from claims import extraction, intake, readers
from factcheck import fetch


def sentence_json(sentence):
    return {
        "text": sentence.text,
        "start": sentence.start,
        "end": sentence.end,
        "score": round(sentence.score, 4),
        "speaker": sentence.speaker,
        "reasons": list(sentence.reasons),
    }


class Command(BaseCommand):
    help = "Run the whole extraction pipeline on a file or URL without writing to the database."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("source", metavar="PATH_OR_URL")
        parser.add_argument("--json", action="store_true", help="Print the result as JSON (the default).")
        parser.add_argument("--language", choices=["fr", "en"], default=None)

    def handle(self, source, language, **options):
        try:
            read = intake.read_argument(source)
        except (readers.UnreadableInput, fetch.FetchRefused, fetch.FetchFailed) as error:
            raise CommandError(str(error)) from error
        result = extraction.extract(read.text, language=language or read.language or None)
        published = read.published or result.published
        output = {
            "language": result.language,
            "title": read.title or result.title,
            "byline": read.byline or result.byline,
            "published": published.isoformat() if published else None,
            "claims": [sentence_json(sentence) for sentence in result.claims],
            "candidates": [sentence_json(sentence) for sentence in result.candidates],
        }
        if result.not_scored:
            output["not_scored"] = result.not_scored
        self.stdout.write(json.dumps(output, ensure_ascii=False, indent=2))
