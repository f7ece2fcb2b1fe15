from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _

from claims import roles
from claims.admin import CandidateInline, ClaimInline, ReadOnlyAdmin
from claims.models import Document
from ingest import flow


@admin.register(Document)
class DocumentAdmin(ReadOnlyAdmin):
    # Documents come in through ingest/flow.py (the desk, the API, `manage.py ingest`), which reads,
    # dedupes and extracts them; the admin's own add form would skip all of that.
    # Addresses typed without a scheme are https, as they will be from Django 6.0 on.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = ("__str__", "language", "publisher", "extraction_state", "submitted_by", "created_at")
    list_filter = ("extraction_state", "language")
    search_fields = ("title", "url", "byline")
    readonly_fields = ("content_hash", "extraction_state", "extraction_error", "submitted_by", "created_at")
    list_select_related = ("publisher", "submitted_by")
    inlines = [ClaimInline, CandidateInline]
    actions = ["run_extraction_again"]

    def has_reextract_permission(self, request):
        return roles.is_editor(request.user)

    @admin.action(description=_("Run extraction again"), permissions=["reextract"])
    def run_extraction_again(self, request, queryset):
        for document in queryset:
            flow.document_reextract(document)
        self.message_user(request, _("Extraction queued for %(count)d documents.") % {"count": queryset.count()})
