from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Count
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _

from claims import roles, workflow
from claims.admin import ReadOnlyAdmin
from factcheck.paging import TotalInRowsPaginator
from reviews import selectors, services
from reviews.models import ArchivedPage, Assignment, Evidence, ReviewerProfile
from sources import source_csv
from sources.models import Source, SourceDomain, SourceEvent
from sources.selectors import is_public_suffix, normalise_domain
from sources.services import public_suffix_refusal


class SourceDomainForm(forms.ModelForm):
    class Meta:
        model = SourceDomain
        fields = ["domain"]

    def clean_domain(self):
        # Stored as evidence addresses are matched: lower case, IDNA-encoded, no "www.".
        domain = normalise_domain(self.cleaned_data["domain"])
        if not domain:
            raise forms.ValidationError(_("Enter a domain such as example.org."))
        if is_public_suffix(domain):
            raise forms.ValidationError(public_suffix_refusal(domain))
        return domain


class SourceDomainInline(admin.TabularInline):
    model = SourceDomain
    form = SourceDomainForm
    extra = 1


class SourceEventInline(admin.TabularInline):
    model = SourceEvent
    fields = ("created_at", "kind", "old_value", "new_value", "actor", "details")
    readonly_fields = fields
    extra = 0
    can_delete = False
    verbose_name_plural = _("history")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class CsvImportForm(forms.Form):
    file = forms.FileField(label=_("CSV file"), help_text=_("Columns: %s.") % ", ".join(source_csv.COLUMNS))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_IMPORT_BYTES:
            raise forms.ValidationError(_("The file is larger than 5 MB; split it."))
        return upload


class RegisterDomainForm(forms.Form):
    domain = forms.CharField(max_length=253)
    name = forms.CharField(max_length=200, required=False)
    kind = forms.ChoiceField(choices=Source.Kind.choices, initial=Source.Kind.OTHER)


MAX_IMPORT_BYTES = 5 * 1024 * 1024
# The admin's list of domains with no source, most used first, is read this many at a time.
UNMATCHED_DOMAINS_PER_PAGE = 100


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "reliability", "active")
    list_filter = ("kind", "reliability", "active")
    search_fields = ("name", "domains__domain")
    inlines = [SourceDomainInline, SourceEventInline]
    actions = ["export_csv", "merge_sources"]
    change_list_template = "admin/sources/source/change_list.html"

    def has_delete_permission(self, request, obj=None):
        # Deleting would drop its evidence's link and history; duplicates are merged instead.
        return False

    def save_model(self, request, obj, form, change):
        self._warn_unsupported(request, services.source_change(obj, actor=request.user).affected)

    def _warn_unsupported(self, request, affected):
        """Tell the editor which open claims the change left in a status their evidence no longer supports."""
        for claim in affected:
            self.message_user(
                request,
                _("Claim %(id)d (%(status)s) no longer holds: %(unmet)s")
                % {"id": claim.claim_id, "status": claim.status, "unmet": "; ".join(claim.unmet)},
                messages.WARNING,
            )

    def save_formset(self, request, form, formset, change):
        if formset.model is not SourceDomain:
            return super().save_formset(request, form, formset, change)
        # The domains as the form leaves them, saved by the service: its checks, history and evidence links.
        domains = [
            row.cleaned_data["domain"]
            for row in formset.forms
            if row.cleaned_data.get("domain") and not row.cleaned_data.get("DELETE")
        ]
        try:
            services.source_save(form.instance, actor=request.user, domains=domains)
        except workflow.WorkflowError as refusal:
            self.message_user(request, str(refusal), messages.ERROR)
        # What the admin's change message reads from a formset it saved itself.
        formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
        return None

    def get_urls(self):
        def view(function):
            return self.admin_site.admin_view(function)

        return [
            path("import/", view(self.import_csv_view), name="sources_source_import"),
            path("unmatched-domains/", view(self.unmatched_domains_view), name="sources_source_unmatched"),
            *super().get_urls(),
        ]

    def _require_editor(self, request):
        if not roles.can_edit_sources(request.user):
            raise PermissionDenied

    def import_csv_view(self, request):
        """Upload, then a preview of every change (source, field, old → new) and of the claims it would no
        longer support; nothing changes until the editor confirms that preview."""
        self._require_editor(request)
        form = CsvImportForm(request.POST or None, request.FILES or None)
        problems, plan, data = [], None, ""
        if request.method == "POST" and "confirm" in request.POST:
            data = request.POST.get("data", "")
            try:
                result = services.sources_import_csv(
                    data.encode(), actor=request.user, confirmed=request.POST.get("digest", "")
                )
            except workflow.WorkflowError as refusal:
                problems = refusal.messages
            else:
                self.message_user(
                    request,
                    _("Imported: %(created)d new sources, %(updated)d updated, %(linked)d evidence items linked.")
                    % {"created": result.created, "updated": result.updated, "linked": result.linked},
                )
                self._warn_unsupported(request, result.affected)
                return redirect("admin:sources_source_changelist")
        elif request.method == "POST" and form.is_valid():
            try:
                data = form.cleaned_data["file"].read().decode("utf-8-sig")
            except UnicodeDecodeError:
                problems = [_("The file is not UTF-8 text; save it as “CSV UTF-8”.")]
            else:
                try:
                    plan = services.sources_import_preview(data.encode(), actor=request.user)
                except workflow.WorkflowError as refusal:
                    problems = refusal.messages
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Import sources from CSV"),
            "form": form,
            "problems": problems,
            "plan": plan,
            "data": data,
        }
        return render(request, "admin/sources/source/import_csv.html", context)

    def unmatched_domains_view(self, request):
        self._require_editor(request)
        if request.method == "POST":
            form = RegisterDomainForm(request.POST)
            if form.is_valid():
                try:
                    source, linked = services.source_register_domain(
                        form.cleaned_data["domain"],
                        actor=request.user,
                        name=form.cleaned_data["name"],
                        kind=form.cleaned_data["kind"],
                    )
                except workflow.WorkflowError as refusal:
                    self.message_user(request, str(refusal), messages.ERROR)
                else:
                    self.message_user(
                        request,
                        _("Registered %(source)s; %(count)d evidence items linked.")
                        % {"source": source.name, "count": linked},
                    )
            return redirect("admin:sources_source_unmatched")
        domains = selectors.unmatched_domains(request.user)
        page = TotalInRowsPaginator(domains, UNMATCHED_DOMAINS_PER_PAGE).get_page(request.GET.get("page"))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Evidence domains with no source"),
            "page": page,
            "kinds": Source.Kind.choices,
        }
        return render(request, "admin/sources/source/unmatched_domains.html", context)

    @admin.action(description=_("Export the selected sources as CSV"), permissions=["view"])
    def export_csv(self, request, queryset):
        response = HttpResponse(
            source_csv.render(queryset.prefetch_related("domains").order_by("name")),
            content_type="text/csv; charset=utf-8",
        )
        response["Content-Disposition"] = 'attachment; filename="sources.csv"'
        return response

    @admin.action(description=_("Merge the selected sources into one…"), permissions=["change"])
    def merge_sources(self, request, queryset):
        sources = list(queryset.order_by("name"))
        if len(sources) < 2:
            self.message_user(request, _("Select at least two sources to merge."), messages.ERROR)
            return None
        survivor_id = request.POST.get("survivor")
        if "apply" in request.POST and survivor_id:
            survivor = next((source for source in sources if str(source.pk) == survivor_id), None)
            if survivor is None:
                self.message_user(request, _("Choose the source to keep among the selected ones."), messages.ERROR)
                return None
            try:
                merged = services.source_merge(survivor, [s for s in sources if s != survivor], actor=request.user)
            except workflow.WorkflowError as refusal:
                self.message_user(request, str(refusal), messages.ERROR)
            else:
                self.message_user(request, _("Merged into %(name)s.") % {"name": survivor.name})
                self._warn_unsupported(request, merged.affected)
            return None
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Merge sources"),
            "sources": queryset.annotate(evidence_count=Count("evidence")).prefetch_related("domains").order_by("name"),
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/sources/source/merge.html", context)


@admin.register(SourceEvent)
class SourceEventAdmin(admin.ModelAdmin):
    list_display = ("created_at", "source_name", "kind", "old_value", "new_value", "actor")
    list_filter = ("kind",)
    search_fields = ("source_name",)
    list_select_related = ("actor",)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class ArchivedPageInline(admin.StackedInline):
    model = ArchivedPage
    fields = ("state", "error", "attempts", "final_url", "status", "content_type", "sha256", "title", "published",
              "fetched_at")  # fmt: skip
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Evidence)
class EvidenceAdmin(ReadOnlyAdmin):
    # Evidence is added through reviews.services.evidence_attach (the desk, the API): role, file type,
    # SHA-256, author and the claim's event.
    # Addresses typed without a scheme are https, as they will be from Django 6.0 on.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = ("claim", "kind", "stance", "source", "public", "archive_state", "added_by", "created_at")
    list_filter = ("kind", "stance", "public", "archive__state")
    list_select_related = ("claim", "source", "added_by", "archive")
    inlines = [ArchivedPageInline]
    actions = ["archive_again", "show_on_public_factcheck", "keep_private"]

    @admin.display(description=_("archive"))
    def archive_state(self, evidence):
        archive = getattr(evidence, "archive", None)
        return archive.get_state_display() if archive else "—"

    @admin.action(description=_("Try archiving the selected web pages again"))
    def archive_again(self, request, queryset):
        for evidence in queryset.select_related("claim"):
            try:
                services.evidence_archive_retry(evidence, actor=request.user)
            except workflow.WorkflowError as refusal:
                self.message_user(request, f"“{evidence}”: {refusal}", messages.ERROR)
            else:
                self.message_user(request, _("Archiving queued: %(evidence)s") % {"evidence": evidence})

    @admin.action(description=_("Show on the public fact-check"))
    def show_on_public_factcheck(self, request, queryset):
        self._set_public(request, queryset, public=True)

    @admin.action(description=_("Keep private"))
    def keep_private(self, request, queryset):
        self._set_public(request, queryset, public=False)

    def _set_public(self, request, queryset, *, public: bool):
        for evidence in queryset.select_related("claim"):
            try:
                services.evidence_set_public(evidence, actor=request.user, public=public)
            except workflow.WorkflowError as refusal:
                self.message_user(request, f"“{evidence}”: {refusal}", messages.ERROR)
            else:
                done = _("Shown on the public fact-check: %(evidence)s") if public else _("Kept private: %(evidence)s")
                self.message_user(request, done % {"evidence": evidence})


@admin.register(Assignment)
class AssignmentAdmin(ReadOnlyAdmin):
    list_display = ("claim", "reviewer", "assigned_by", "assigned_at", "due_at", "released_at", "completed_at")
    list_select_related = ("claim", "reviewer", "assigned_by")


@admin.register(ReviewerProfile)
class ReviewerProfileAdmin(admin.ModelAdmin):
    list_display = ("user", "languages", "named_publicly")
    list_filter = ("named_publicly",)

    def get_readonly_fields(self, request, obj=None):
        # Being named in public is the person's own choice; only an admin may change it for them.
        return () if request.user.is_superuser else ("named_publicly",)

    def save_model(self, request, obj, form, change):
        named = obj.named_publicly
        if change and "named_publicly" in form.changed_data:
            obj.named_publicly = not named  # the service records the change, under its lock
        super().save_model(request, obj, form, change)
        if "named_publicly" in form.changed_data:
            services.byline_consent_set(obj.user, actor=request.user, named=named)
