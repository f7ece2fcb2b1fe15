from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ActionForm
from django.contrib.auth import get_user_model
from django.db import models
from django.utils.translation import gettext_lazy as _

from claims import exports, roles, selectors, services, workflow
from claims.models import Candidate, Claim, ClaimEvent, Document
from reviews import services as review_services
from reviews.models import Evidence


class ReadOnlyInline(admin.TabularInline):
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class ClaimInline(ReadOnlyInline):
    model = Claim
    fields = ("text", "speaker", "score", "status", "assignee")
    readonly_fields = fields


class CandidateInline(ReadOnlyInline):
    model = Candidate
    fields = ("text", "speaker", "score")
    readonly_fields = fields
    show_change_link = False


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    # Addresses typed without a scheme are https, as they will be from Django 6.0 on.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = ("__str__", "language", "publisher", "extraction_state", "submitted_by", "created_at")
    list_filter = ("extraction_state", "language")
    search_fields = ("title", "url", "byline")
    readonly_fields = ("content_hash", "extraction_state", "extraction_error", "submitted_by", "created_at")
    list_select_related = ("publisher", "submitted_by")
    inlines = [ClaimInline, CandidateInline]
    actions = ["run_extraction_again"]

    @admin.action(description=_("Run extraction again"), permissions=["change"])
    def run_extraction_again(self, request, queryset):
        for document in queryset:
            services.document_reextract(document)
        self.message_user(request, _("Extraction queued for %(count)d documents.") % {"count": queryset.count()})


class EvidenceInline(ReadOnlyInline):
    model = Evidence
    fields = ("kind", "stance", "source", "url", "excerpt", "added_by", "created_at")
    readonly_fields = fields


class ClaimEventInline(ReadOnlyInline):
    model = ClaimEvent
    fields = ("created_at", "kind", "from_status", "to_status", "actor", "note", "details")
    readonly_fields = fields
    show_change_link = False


class ClaimActionForm(ActionForm):
    reviewer = forms.ModelChoiceField(
        queryset=get_user_model().objects.filter(is_active=True).order_by("username"),
        required=False,
        label=_("Reviewer"),
    )
    note = forms.CharField(required=False, label=_("Note"))


def _move_action(to):
    def action(modeladmin, request, queryset):
        note = request.POST.get("note", "")
        for claim in queryset:
            try:
                workflow.transition(claim, to, actor=request.user, note=note)
            except workflow.WorkflowError as refusal:
                modeladmin.message_user(request, f"“{claim}”: {refusal}", messages.ERROR)
            else:
                modeladmin.message_user(request, f"“{claim}” → {Claim.Status(to).label}")

    action.__name__ = f"move_to_{to}"
    return admin.action(description=_("Move to %(status)s") % {"status": Claim.Status(to).label})(action)


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ("text", "speaker", "status", "priority", "assignee", "language", "score", "created_at")
    list_filter = ("status", "priority", "language", ("assignee", admin.RelatedOnlyFieldListFilter))
    search_fields = ("text", "speaker", "document__title")
    list_select_related = ("assignee", "document")
    readonly_fields = (
        "document", "text", "start", "end", "score", "reasons", "status", "version",
        "assignee", "due_at", "closed_at", "created_at", "updated_at",
    )  # fmt: skip
    fields = ("document", "text", "speaker", "language", "priority", *readonly_fields[2:])
    inlines = [EvidenceInline, ClaimEventInline]
    action_form = ClaimActionForm
    actions = [
        "assign_to_reviewer",
        "release",
        *(_move_action(status) for status in Claim.Status.values),
        "export_csv",
    ]

    def has_add_permission(self, request):
        return False

    @admin.action(description=_("Assign to the chosen reviewer"))
    def assign_to_reviewer(self, request, queryset):
        reviewer_id = request.POST.get("reviewer")
        if not reviewer_id:
            self.message_user(request, _("Choose a reviewer first."), messages.ERROR)
            return
        reviewer = get_user_model().objects.get(pk=reviewer_id)
        for claim in queryset:
            try:
                review_services.claim_assign(claim, reviewer=reviewer, actor=request.user)
            except workflow.WorkflowError as refusal:
                self.message_user(request, f"“{claim}”: {refusal}", messages.ERROR)
            else:
                self.message_user(request, f"“{claim}” → {reviewer}")

    @admin.action(description=_("Release (back to the unassigned queue)"))
    def release(self, request, queryset):
        for claim in queryset:
            try:
                review_services.claim_release(claim, actor=request.user)
            except workflow.WorkflowError as refusal:
                self.message_user(request, f"“{claim}”: {refusal}", messages.ERROR)

    @admin.action(description=_("Export as CSV"), permissions=["view"])
    def export_csv(self, request, queryset):
        # The same export as the API's, of the selected claims this person may see.
        visible = selectors.claims_visible_to(request.user).filter(pk__in=queryset.values("pk")).order_by("id")
        return exports.claims_csv_response(visible)

    def has_module_permission(self, request):
        return roles.is_member(request.user)


@admin.register(ClaimEvent)
class ClaimEventAdmin(admin.ModelAdmin):
    list_display = ("created_at", "claim", "kind", "from_status", "to_status", "actor")
    list_filter = ("kind",)
    list_select_related = ("claim", "actor")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
