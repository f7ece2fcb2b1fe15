from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ActionForm
from django.contrib.auth import get_user_model
from django.db import models
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from claims import roles, workflow
from claims import selectors as claim_selectors
from claims.admin import ClaimEventInline, ReadOnlyAdmin, ReadOnlyInline
from claims.models import Claim
from publishing import importing, matching, services
from publishing.models import ClaimMatch, ClaimReviewImport, Correction, ExternalFactCheck, Publication
from reviews import exports
from reviews import services as review_services
from reviews.models import Evidence, Verdict


class CorrectionInline(admin.TabularInline):
    model = Correction
    extra = 0
    can_delete = False
    fields = ("created_at", "text", "author")
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False


class PublicationActionForm(ActionForm):
    text = forms.CharField(required=False, label=_("Reason or correction"), widget=forms.TextInput(attrs={"size": 60}))


@admin.register(Publication)
class PublicationAdmin(ReadOnlyAdmin):
    list_display = ("slug", "claim", "language", "published_at", "withdrawn_at")
    list_filter = ("language", ("withdrawn_at", admin.EmptyFieldListFilter))
    search_fields = ("slug", "claim__text")
    list_select_related = ("claim",)
    inlines = [CorrectionInline]
    action_form = PublicationActionForm
    actions = ["withdraw", "correct"]

    def _run(self, request, queryset, service, **kwargs):
        text = request.POST.get("text", "")
        for publication in queryset:
            try:
                service(publication, actor=request.user, **{kwargs["field"]: text})
            except workflow.WorkflowError as refusal:
                self.message_user(request, f"“{publication}”: {refusal}", messages.ERROR)
            else:
                self.message_user(request, f"“{publication}”: {kwargs['done']}")

    @admin.action(description=_("Withdraw (the text box gives the reason)"))
    def withdraw(self, request, queryset):
        self._run(request, queryset, services.publication_withdraw, field="reason", done=_("withdrawn"))

    @admin.action(description=_("Publish a correction (the text box gives it)"))
    def correct(self, request, queryset):
        self._run(request, queryset, services.publication_correct, field="text", done=_("correction published"))


@admin.register(ClaimMatch)
class ClaimMatchAdmin(ReadOnlyAdmin):
    list_display = ("claim", "matched_claim", "matched_external", "score", "state", "decided_by", "decided_at")
    list_filter = ("state",)
    list_select_related = ("claim", "matched_claim", "matched_external", "decided_by")
    actions = ["link", "dismiss"]

    def _decide(self, request, queryset, service):
        for match in queryset.select_related("claim"):
            try:
                service(match, actor=request.user)
            except workflow.WorkflowError as refusal:
                self.message_user(request, f"“{match}”: {refusal}", messages.ERROR)

    @admin.action(description=_("Link: the same claim, share its verdict"))
    def link(self, request, queryset):
        self._decide(request, queryset, matching.match_link)

    @admin.action(description=_("Dismiss the suggestion"))
    def dismiss(self, request, queryset):
        self._decide(request, queryset, matching.match_dismiss)


class ImportForm(forms.Form):
    file = forms.FileField(label=_("ClaimReview JSON-LD file"))


@admin.register(ExternalFactCheck)
class ExternalFactCheckAdmin(ReadOnlyAdmin):
    # Imported through publishing.importing, which checks each field and keeps the matching form.
    # Addresses typed without a scheme are https, as they will be from Django 6.0 on.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = ("claim_reviewed", "rating_name", "reviewer", "date_published")
    search_fields = ("claim_reviewed", "reviewer", "speaker")
    exclude = ("normalized_text",)
    change_list_template = "admin/publishing/externalfactcheck/change_list.html"

    def get_urls(self):
        own = [path("import/", self.admin_site.admin_view(self.import_view), name="publishing_import")]
        return [*own, *super().get_urls()]

    def import_view(self, request):
        if not roles.can_import_factchecks(request.user):
            messages.error(request, _("Only an editor can import fact-checks."))
            return redirect("admin:publishing_externalfactcheck_changelist")
        form = ImportForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            try:
                # One byte past the limit is enough for the import to refuse the file as too large.
                started = importing.claimreviews_import_start(
                    form.cleaned_data["file"].read(importing.MAX_BYTES + 1), actor=request.user
                )
            except workflow.WorkflowError as refusal:
                for problem in refusal.messages:
                    messages.error(request, problem)
            else:
                messages.success(
                    request,
                    format_html(
                        _('Import queued: follow it at <a href="{url}">{name}</a>.'),
                        url=reverse("admin:publishing_claimreviewimport_change", args=[started.pk]),
                        name=str(started),
                    ),
                )
                return redirect("admin:publishing_externalfactcheck_changelist")
        context = {
            **self.admin_site.each_context(request),
            "form": form,
            "title": _("Import fact-checks"),
            "opts": self.model._meta,
        }
        return render(request, "admin/publishing/externalfactcheck/import.html", context)


@admin.register(ClaimReviewImport)
class ClaimReviewImportAdmin(ReadOnlyAdmin):
    """Imports run by a task (the admin's upload, the API): their progress, counts and problems."""

    list_display = ("__str__", "state", "processed", "total", "created", "updated", "imported_by", "created_at")
    list_filter = ("state",)


# Here rather than in reviews.admin: approving a verdict publishes its fact-check.
@admin.register(Verdict)
class VerdictAdmin(ReadOnlyAdmin):
    # Verdicts are written by their author and decided through the services: an approved verdict's
    # rating is what the public page says, and changes only through a correction.
    list_display = ("claim", "rating", "state", "author", "decided_by", "decided_at")
    list_filter = ("state", "rating")
    list_select_related = ("claim", "author", "decided_by")
    actions = ["approve"]

    @admin.action(description=_("Approve the selected verdicts"))
    def approve(self, request, queryset):
        for verdict in queryset.select_related("claim"):
            try:
                services.verdict_approve(verdict, actor=request.user)
            except workflow.WorkflowError as refusal:
                self.message_user(request, f"“{verdict}”: {refusal}", messages.ERROR)
            else:
                self.message_user(request, _("Approved: %(verdict)s") % {"verdict": verdict})


# Here rather than in reviews.admin: a reopen (moving a claim to unverified) also returns its verdict and
# marks its public page under review (publishing.services.claim_move).
class EvidenceInline(ReadOnlyInline):
    model = Evidence
    fields = ("kind", "stance", "source", "url", "excerpt", "added_by", "created_at")
    readonly_fields = fields


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
                services.claim_move(claim, to, actor=request.user, note=note)
            except workflow.WorkflowError as refusal:
                modeladmin.message_user(request, f"“{claim}”: {refusal}", messages.ERROR)
            else:
                modeladmin.message_user(request, f"“{claim}” → {Claim.Status(to).label}")

    action.__name__ = f"move_to_{to}"
    return admin.action(description=_("Move to %(status)s") % {"status": Claim.Status(to).label})(action)


@admin.register(Claim)
class ClaimAdmin(ReadOnlyAdmin):
    # Claims are born from extraction or promotion and change through the actions below (services).
    list_display = ("text", "speaker", "status", "priority", "assignee", "language", "score", "created_at")
    list_filter = ("status", "priority", "language", ("assignee", admin.RelatedOnlyFieldListFilter))
    search_fields = ("text", "speaker", "document__title")
    list_select_related = ("assignee", "document")
    fields = (
        "document", "text", "speaker", "language", "priority", "start", "end", "score", "reasons", "status", "version",
        "assignee", "due_at", "closed_at", "created_at", "updated_at",
    )  # fmt: skip
    inlines = [EvidenceInline, ClaimEventInline]
    action_form = ClaimActionForm
    actions = [
        "assign_to_reviewer",
        "release",
        *(_move_action(status) for status in Claim.Status.values),
        "export_csv",
    ]

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
        visible = claim_selectors.claims_visible_to(request.user).filter(pk__in=queryset.values("pk")).order_by("id")
        return exports.claims_csv_response(visible)

    def has_module_permission(self, request):
        return roles.is_member(request.user)
