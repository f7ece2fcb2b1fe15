"""Grouping leads by meaning: a new lead joins the open group of the last hours that says the same
thing, in other words or another language ("said in 7 outlets since 08:00").

A lead starts in the group of its exact words (leads.group_key), so the same sentence anywhere is one
group even before it is compared. Comparing moves it to the group of its closest recent open lead
from another article, when they are close enough (monitoring.similarity). Comparisons run one at a
time (a database lock), so two workers grouping two wordings of one claim at once make one group.
"""

from datetime import timedelta

import numpy as np
from django.conf import settings
from django.db import connection
from django.utils import timezone

from monitoring import similarity
from monitoring.models import Lead
from publishing import embedding
from publishing.match_search import COSINE_FLOOR
from publishing.text import clean_incoming

# Recent leads compared at most, newest first: the cost of one comparison stays flat whatever the day's volume.
GROUP_CANDIDATES = 5000
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


def leads_group(leads: list[Lead], now=None) -> None:
    """Set each lead's group_key (unsaved) to that of the closest recent open lead of another article,
    when close enough. Call under grouping_lock(), inside the transaction that saves them."""
    now = now or timezone.now()
    embedded = [lead for lead in leads if lead.embedding is not None]
    if not embedded:
        return
    since = now - timedelta(hours=settings.FACTCHECK_LEAD_GROUP_HOURS)
    candidates = list(
        Lead.objects.filter(
            state=Lead.State.OPEN, archived_at__isnull=True, created_at__gte=since, embedding__isnull=False
        )
        .exclude(pk__in=[lead.pk for lead in leads])
        .order_by("-created_at", "-pk")
        .values_list("document_id", "group_key", "language", "text", "embedding")[:GROUP_CANDIDATES]
    )
    if not candidates:
        return
    matrix = np.stack([embedding.from_bytes(row[4]) for row in candidates])
    for lead in embedded:
        vector = embedding.from_bytes(lead.embedding)
        this = similarity.compared_form(lead.text, lead.language)
        cosines = matrix @ vector
        best_score, best_key = 0.0, None
        # Words only matter among sentences already close in meaning: look at those alone.
        for index in np.flatnonzero(cosines >= COSINE_FLOOR):
            document_id, key, language, text, _raw = candidates[index]
            if document_id == lead.document_id:
                continue  # one article saying a thing twice is still one appearance
            score = similarity.closeness(this, similarity.compared_form(text, language), vector, matrix[index])
            if score > best_score:
                best_score, best_key = score, key
        if best_key is not None and best_score >= settings.FACTCHECK_LEAD_GROUP_THRESHOLD:
            lead.group_key = best_key
