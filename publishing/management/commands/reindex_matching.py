import time

from django.core.management.base import BaseCommand

from publishing import match_index, vector_index


class Command(BaseCommand):
    help = (
        "Rebuild matching's index: every claim's and imported fact-check's words and the word counts, "
        "the documents' words for the desk's search, then the embeddings still missing (computed here, one core) "
        "and the nearest-by-meaning index of each table."
    )

    def add_arguments(self, parser):
        parser.add_argument("--words-only", action="store_true", help="leave the embeddings to the workers")

    def handle(self, *args, words_only: bool, **options):
        started = time.monotonic()
        indexed = match_index.reindex_words(self.progress("words"))
        self.stdout.write("")
        documents = match_index.reindex_documents(self.progress("documents"))
        self.stdout.write("")
        embedded = 0 if words_only else match_index.embed_missing(self.progress("embeddings"))
        self.stdout.write("")
        vectors = 0
        if not words_only:
            for kind in match_index.INDEXED:
                vectors += vector_index.build(kind, self.progress(f"{kind} vectors"))
                self.stdout.write("")
        self.stdout.write(
            f"{indexed} rows indexed, {embedded} embedded, {vectors} in the vector index, {documents} documents indexed"
            f" in {time.monotonic() - started:.0f} s."
        )

    def progress(self, stage: str):
        def show(done: int, total: int) -> None:
            filled = round(30 * done / total) if total else 30
            self.stdout.write(f"\r{stage:<10} [{'#' * filled}{'.' * (30 - filled)}] {done}/{total}", ending="")
            self.stdout.flush()

        return show
