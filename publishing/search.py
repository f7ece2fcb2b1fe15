"""One search for people: claims, documents, fact-checks published here and imported ones, from the
desk's header, the queue's "Search" field and GET /api/v1/search/.

The words are matching's (publishing.text: each language's Snowball stemmer, accents, case and
figures folded) and so is the ranking (Okapi BM25, publishing.match_search.BM25, with the counts
publishing.match_index keeps). A person's query is short and its language unknown, so each word is
looked for under its English and its French stem, and a row must contain every word the person
typed ("etats unis" is not "unis" alone). Documents are ranked with the claims' and fact-checks'
word rarity and their own mean length. Only what the desk shows the person is searched: nothing
for someone without a role.
"""

from dataclasses import dataclass
from datetime import date

from django.db import connection
from django.db.models import BooleanField, Exists, OuterRef, Q
from django.db.models.expressions import RawSQL
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from claims import roles
from claims import selectors as claim_selectors
from claims.models import Claim, Document
from publishing.match_index import ARTICLE_LENGTH_KEY, ARTICLES_KEY
from publishing.match_search import BM25, term_statistics
from publishing.models import ClaimText, DocumentText, ExternalFactCheck, Publication
from publishing.text import search_term_variants, term_of, word_spans

KINDS = ("claim", "factcheck", "imported", "document")
# Rows of each kind ranked at most, newest first, when more contain every word of the query.
SEARCH_CANDIDATES = 2000
# Characters of a document's text shown around the first word found.
SNIPPET_CHARACTERS = 240
# Longest query, in characters: a person types words, not an article.
QUERY_MAX_LENGTH = 200


EMPTY = SafeString("")


@dataclass
class Result:
    kind: str  # one of KINDS
    pk: int  # the claim's, the imported fact-check's or the document's id
    score: float
    text: str
    language: str
    status: str = ""  # a claim's status ("claim" and "factcheck")
    rating: str = ""  # an imported fact-check's rating
    day: date | None = None
    highlighted: SafeString = EMPTY
    # A document's passage around the first word found (with_snippets, for the rows shown).
    snippet: SafeString = EMPTY

    @property
    def status_label(self) -> str:
        return Claim.Status(self.status).label if self.status else ""


def _having_every_word(queryset, table: str, variants: list[frozenset[str]]):
    """Rows whose words include, for each word of the query, one of its stems; on PostgreSQL
    through the GIN index on the words (its own expression, so the planner uses it)."""
    if connection.vendor == "postgresql":
        # Words are [a-z0-9]+, so they need no quoting inside the tsquery.
        tsquery = " & ".join("(" + " | ".join(sorted(stems)) + ")" for stems in variants)
        return queryset.filter(
            RawSQL(
                f"to_tsvector('simple', \"{table}\".\"terms\") @@ to_tsquery('simple', %s)",
                [tsquery],
                output_field=BooleanField(),
            )
        )
    for stems in variants:
        any_stem = Q()
        for stem in stems:
            any_stem |= Q(terms__contains=f" {stem} ")
        queryset = queryset.filter(any_stem)
    return queryset


def _candidates(user, variants, kinds, status):
    """(kind, pk, terms, text, language, status, rating, date) of every row found, newest first."""
    rows = []
    if {"claim", "factcheck"} & kinds:
        texts = ClaimText.objects.filter(claim__in=claim_selectors.claims_visible_to(user)).annotate(
            published=Exists(Publication.objects.filter(claim_id=OuterRef("claim_id"), withdrawn_at__isnull=True))
        )
        if status:
            texts = texts.filter(claim__status=status)
        if not {"claim", "factcheck"} <= kinds:
            texts = texts.filter(published="factcheck" in kinds)
        found = _having_every_word(texts, ClaimText._meta.db_table, variants).order_by("-claim_id")
        fields = (
            "claim_id",
            "terms",
            "claim__text",
            "claim__language",
            "claim__status",
            "published",
            "claim__created_at",
        )
        for pk, terms, text, language, claim_status, published, created in found.values_list(*fields)[
            :SEARCH_CANDIDATES
        ]:
            kind = "factcheck" if published else "claim"
            rows.append((kind, pk, terms, text, language, claim_status, "", timezone.localdate(created)))
    if "imported" in kinds and not status and roles.is_member(user):
        found = _having_every_word(ExternalFactCheck.objects.all(), ExternalFactCheck._meta.db_table, variants)
        fields = ("pk", "terms", "claim_reviewed", "language", "rating_name", "date_published")
        for pk, terms, text, language, rating, published in found.order_by("-pk").values_list(*fields)[
            :SEARCH_CANDIDATES
        ]:
            rows.append(("imported", pk, terms, text, language, "", rating, published))
    if "document" in kinds and not status:
        documents = DocumentText.objects.filter(document__in=claim_selectors.documents_visible_to(user))
        found = _having_every_word(documents, DocumentText._meta.db_table, variants).order_by("-document_id")
        fields = ("document_id", "terms", "document__title", "language", "document__created_at")
        for pk, terms, title, language, created in found.values_list(*fields)[:SEARCH_CANDIDATES]:
            rows.append(("document", pk, terms, title, language, "", "", timezone.localdate(created)))
    return rows


def search(user, query: str, *, kind: str = "", status: str = "") -> list[Result]:
    """Every row `user` may see that contains each word of `query`, best first (BM25, newest
    first among equals), highlighted; `kind` (one of KINDS) and `status` (a claim's: only claims
    then) narrow it. A document's text is its title; `with_snippets` adds the passage found."""
    variants = search_term_variants(query[:QUERY_MAX_LENGTH])
    if not variants:
        return []
    kinds = {kind} if kind else set(KINDS)
    if status and status not in Claim.Status.values:
        return []
    terms = sorted({stem for stems in variants for stem in stems})
    counts, rows_total, mean_length = term_statistics([*terms, ARTICLES_KEY, ARTICLE_LENGTH_KEY])
    articles = max(counts.pop(ARTICLES_KEY, 0), 1)
    article_mean_length = max(counts.pop(ARTICLE_LENGTH_KEY, 0), 1) / articles
    bm25 = BM25(terms, counts, rows_total)
    results = []
    for row_kind, pk, row_terms, text, language, row_status, rating, when in _candidates(user, variants, kinds, status):
        length = article_mean_length if row_kind == "document" else mean_length
        score = bm25.score(row_terms, length)
        marked = highlight(text, language, set(terms))
        results.append(Result(row_kind, pk, score, text, language, row_status, rating, when, marked))
    results.sort(key=lambda result: (-result.score, -(result.day or date.min).toordinal(), KINDS.index(result.kind)))
    return results


def claim_ids(user, query: str) -> list[int]:
    """The claims (published or not) `user` may see that contain each word of `query`: the queue's
    "Search" field and the claims list's `q`."""
    variants = search_term_variants(query[:QUERY_MAX_LENGTH])
    if not variants:
        return []
    return [row[1] for row in _candidates(user, variants, {"claim", "factcheck"}, "")]


def with_snippets(results: list[Result], query: str) -> list[Result]:
    """The documents among `results` (a page of them) with the passage of their text found, in one query."""
    stems = {stem for stems in search_term_variants(query[:QUERY_MAX_LENGTH]) for stem in stems}
    documents = [result for result in results if result.kind == "document"]
    if documents:
        texts = dict(Document.objects.filter(pk__in=[result.pk for result in documents]).values_list("pk", "text"))
        for result in documents:
            result.snippet = snippet(texts.get(result.pk, ""), result.language, stems)
    return results


def highlight(text: str, language: str, stems: set[str]) -> SafeString:
    """`text`, escaped, with each word the search found in it marked."""
    parts, position = [], 0
    for word in word_spans(text):
        if term_of(word.group(), language) & stems:
            parts.append(escape(text[position : word.start()]))
            parts.append(f"<mark>{escape(word.group())}</mark>")
            position = word.end()
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))


def snippet(text: str, language: str, stems: set[str]) -> SafeString:
    """The passage of a long text around the first word found, highlighted."""
    first = next((word.start() for word in word_spans(text) if term_of(word.group(), language) & stems), 0)
    start = text.rfind(" ", 0, max(first - SNIPPET_CHARACTERS // 3, 0)) + 1 if first > SNIPPET_CHARACTERS // 3 else 0
    end = text.find(" ", start + SNIPPET_CHARACTERS)
    end = len(text) if end == -1 else end
    passage = highlight(text[start:end], language, stems)
    return mark_safe(("…" if start else "") + passage + ("…" if end < len(text) else ""))
