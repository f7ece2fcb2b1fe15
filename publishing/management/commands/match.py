import json
import sys

from django.conf import settings
from django.core.management.base import BaseCommand

from publishing.selectors import checked_matches_for_text


class Command(BaseCommand):
    help = (
        "Match texts against the fact-checks published here and imported: one text per line on stdin, "
        "one JSON array of at most five suggestions per line on stdout, best first."
    )

    def add_arguments(self, parser):
        parser.add_argument("--json", action="store_true", required=True, help="print JSON (the only format)")
        parser.add_argument("--lang", choices=["en", "fr"], default="", help="the texts' language, when known")

    def handle(self, *args, lang: str, **options):
        base_url = settings.FACTCHECK_ORGANISATION_URL
        for line in sys.stdin:
            text = line.strip()
            answers = checked_matches_for_text(text, base_url=base_url, language=lang) if text else []
            self.stdout.write(json.dumps(answers, ensure_ascii=False))
