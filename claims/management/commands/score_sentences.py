"""Score sentences read one per line on stdin with the check-worthiness model alone: prints "score<TAB>1|0" per line, 1
when the model's score reaches the threshold. A sentence alone has no page around it, so extract()'s held-back rules,
speakers and decision layer (FACTCHECK_DECISION_LAYER_LANGUAGES) are not applied."""

import sys

from django.conf import settings
from django.core.management.base import BaseCommand

from claims.extraction.model import score


class Command(BaseCommand):
    help = __doc__
    requires_system_checks = []  # pure scoring: no database, no app checks

    def add_arguments(self, parser):
        parser.add_argument("--lang", choices=("en", "fr"), default="en", help="language of the sentences")
        parser.add_argument("--threshold", type=float, default=None, help="defaults to FACTCHECK_CLAIM_THRESHOLD")

    def handle(self, *args, lang: str, threshold: float | None, **options):
        threshold = settings.FACTCHECK_CLAIM_THRESHOLD if threshold is None else threshold
        for line in sys.stdin:
            probability, _ = score(line.rstrip("\r\n"), lang)
            self.stdout.write(f"{probability:.4f}\t{int(probability >= threshold)}")
