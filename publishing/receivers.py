"""What publishing does when a lower layer's row changes, connected in PublishingConfig.ready.

Every claim, however it is saved (extraction, promotion, the admin, an import), keeps its matching
form, so it can be matched; asking for matches is the ingest flow's call (ingest/flow.py). Every
document keeps the words the desk's search finds it by.
"""

from django.db.models.signals import post_save

from claims.models import Claim, Document
from publishing.match_index import claim_index, document_index

# What the desk's search finds a document by (publishing.match_index.document_index).
DOCUMENT_SEARCHED_FIELDS = {"title", "outlet", "byline", "text", "language"}


def connect() -> None:
    post_save.connect(index_claim, sender=Claim, dispatch_uid="publishing.index_claim")
    post_save.connect(index_document, sender=Document, dispatch_uid="publishing.index_document")


def index_document(sender, instance, created, update_fields=None, raw=False, **kwargs):
    if raw or (update_fields is not None and not DOCUMENT_SEARCHED_FIELDS & set(update_fields)):
        return
    document_index(instance)


def index_claim(sender, instance, created, update_fields=None, raw=False, **kwargs):
    if raw or (update_fields is not None and not {"text", "speaker", "language"} & set(update_fields)):
        return
    claim_index(instance)
