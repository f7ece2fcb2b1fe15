"""Grouping leads by meaning: a new lead joins the open group of the last hours that says the same
thing, in other words or another language ("said in 7 outlets since 08:00").

A lead starts in the group of its exact words (leads.group_key), so the same sentence anywhere is one
group even before it is compared. Comparing moves it to the group of its closest recent open lead
from another article, when they are close enough (monitoring.similarity). Comparisons run one at a
time (a database lock), so two workers grouping two wordings of one claim at once make one group.
"""

import threading
from dataclasses import dataclass
from datetime import timedelta

import numpy as np
from django.conf import settings
from django.db import connection
from django.db.models import BooleanField, ExpressionWrapper, Q
from django.utils import timezone

from monitoring import similarity
from monitoring.models import Lead
from publishing import embedding
from publishing.match_search import COSINE_FLOOR
from publishing.text import clean_incoming

# Recent leads compared at most, newest first: the cost of one comparison stays flat whatever the day's volume.
GROUP_CANDIDATES = 5000
# More than the cosines of the whole matrix and of one pair of vectors ever differ by (float32 sums in
# another order), so a bound computed from the one never rules out a score computed from the other.
ROUNDING = 1e-4
# Any constant: the key of PostgreSQL's advisory lock held while leads are grouped.
GROUPING_LOCK = 18_006


def leads_embed(leads: list[Lead]) -> None:
    """Give each lead its embedding (unsaved), in batches: one model call per 32 sentences."""
    missing = [lead for lead in leads if lead.embedding is None]
    vectors = embedding.embed_queries([clean_incoming(lead.text) for lead in missing])
    for lead, vector in zip(missing, vectors, strict=True):
        lead.embedding = embedding.to_bytes(vector)


def grouping_lock() -> None:
    """Held until the transaction ends. SQLite needs none: it lets one writer at a time through."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [GROUPING_LOCK])


@dataclass
class Candidate:
    """A recent lead as grouping reads it."""

    document_id: int
    group_key: str
    language: str
    text: str
    compared: similarity.Compared | None = None

    def compared_form(self) -> similarity.Compared:
        if self.compared is None:
            self.compared = similarity.compared_form(self.text, self.language)
        return self.compared


class RecentLeads:
    """The open leads of the last FACTCHECK_LEAD_GROUP_HOURS that have their embedding, the newest
    GROUP_CANDIDATES, in this process's memory: the candidates a new lead may join. Each comparison
    asks the database which leads they are now (their ids: a small query), so a lead promoted,
    dismissed, archived or aged out is forgotten and a newly compared one joins. A lead's text and
    embedding are read once, its compared form computed once when first needed; read again when the
    lead was compared since the newest one read (compared anew, or an id reused by a rolled-back test)."""

    def __init__(self):
        self.pks: list[int] = []
        self.rows: dict[int, Candidate] = {}
        self.matrix = np.zeros((0, embedding.DIMENSIONS), dtype=np.float32)
        self.languages = np.zeros(0, dtype=str)  # of the matrix's rows
        self.newest = None  # the latest compared_at read

    def refresh(self, since, excluded: list[int]) -> None:
        """The candidates as the database has them now (call under grouping_lock())."""
        compared_since = Q(compared_at__gt=self.newest) if self.newest else Q(compared_at__isnull=False)
        current = list(
            Lead.objects.filter(
                state=Lead.State.OPEN, archived_at__isnull=True, created_at__gte=since, embedding__isnull=False
            )
            .exclude(pk__in=excluded)
            .annotate(compared_since=ExpressionWrapper(compared_since, output_field=BooleanField()))
            .order_by("-created_at", "-pk")
            .values_list("pk", "compared_since")[:GROUP_CANDIDATES]
        )
        pks = [pk for pk, _compared_since in current]
        unread = [pk for pk, compared_since in current if compared_since or pk not in self.rows]
        if pks == self.pks and not unread:
            return
        position = {pk: index for index, pk in enumerate(self.pks)}
        vectors = [self.matrix]
        read = Lead.objects.filter(pk__in=unread).values_list(
            "pk", "document_id", "group_key", "language", "text", "embedding", "compared_at"
        )
        for pk, document_id, key, language, text, raw, compared_at in read:
            self.rows[pk] = Candidate(document_id, key, language, text)
            position[pk] = len(self.pks) + len(vectors) - 1
            vectors.append(embedding.from_bytes(raw)[np.newaxis])
            if compared_at is not None and (self.newest is None or compared_at > self.newest):
                self.newest = compared_at
        # The matrix in the order of the query: rows kept and rows just read, picked by position.
        self.matrix = np.vstack(vectors)[[position[pk] for pk in pks]] if pks else self.matrix[:0]
        self.rows = {pk: self.rows[pk] for pk in pks}
        self.languages = np.array([self.rows[pk].language for pk in pks], dtype=str)
        self.pks = pks


_recent_leads = threading.local()


def recent_leads() -> RecentLeads:
    """This worker's (and thread's) recent leads."""
    if not hasattr(_recent_leads, "cache"):
        _recent_leads.cache = RecentLeads()
    return _recent_leads.cache


def leads_group(leads: list[Lead], now=None) -> None:
    """Set each lead's group_key (unsaved) to that of the closest recent open lead of another article,
    when close enough. Call under grouping_lock(), inside the transaction that saves them."""
    now = now or timezone.now()
    embedded = [lead for lead in leads if lead.embedding is not None]
    if not embedded:
        return
    candidates = recent_leads()
    candidates.refresh(now - timedelta(hours=settings.FACTCHECK_LEAD_GROUP_HOURS), [lead.pk for lead in leads])
    if not candidates.pks:
        return
    threshold = settings.FACTCHECK_LEAD_GROUP_THRESHOLD
    for lead in embedded:
        vector = embedding.from_bytes(lead.embedding)
        this = similarity.compared_form(lead.text, lead.language)
        cosines = candidates.matrix @ vector
        # Words only matter among sentences already close in meaning, and whose score could reach the
        # threshold (or the best so far) with every word shared: look at those alone.
        at_most = similarity.closeness_at_most(cosines, candidates.languages == lead.language) + ROUNDING
        best_score, best_key = 0.0, None
        for index in np.flatnonzero((cosines >= COSINE_FLOOR) & (at_most >= threshold)):
            candidate = candidates.rows[candidates.pks[index]]
            if candidate.document_id == lead.document_id:
                continue  # one article saying a thing twice is still one appearance
            if at_most[index] <= best_score:
                continue  # cannot do better than the best so far
            score = similarity.closeness(this, candidate.compared_form(), vector, candidates.matrix[index])
            if score > best_score:
                best_score, best_key = score, candidate.group_key
        if best_key is not None and best_score >= threshold:
            lead.group_key = best_key
