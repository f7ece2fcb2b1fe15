from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _

from claims import workflow
from reviews import services
from reviews.models import Assignment, Evidence, ReviewerProfile, Source, SourceDomain, Verdict


class SourceDomainInline(admin.TabularInline):
    model = SourceDomain
    extra = 1


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "reliability", "active")
    list_filter = ("kind", "reliability", "active")
    search_fields = ("name", "domains__domain")
    inlines = [SourceDomainInline]


@admin.register(Evidence)
class EvidenceAdmin(admin.ModelAdmin):
    list_display = ("claim", "kind", "stance", "source", "added_by", "created_at")
    list_filter = ("kind", "stance")
    list_select_related = ("claim", "source", "added_by")
    readonly_fields = ("sha256",)


@admin.register(Assignment)
class AssignmentAdmin(admin.ModelAdmin):
    list_display = ("claim", "reviewer", "assigned_by", "assigned_at", "due_at", "released_at", "completed_at")
    list_select_related = ("claim", "reviewer", "assigned_by")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Verdict)
class VerdictAdmin(admin.ModelAdmin):
    list_display = ("claim", "rating", "state", "author", "decided_by", "decided_at")
    list_filter = ("state", "rating")
    list_select_related = ("claim", "author", "decided_by")
    readonly_fields = ("claim", "author", "state", "decided_by", "decision_comment", "decided_at")
    actions = ["approve"]

    def has_add_permission(self, request):
        return False

    @admin.action(description=_("Approve the selected verdicts"))
    def approve(self, request, queryset):
        for verdict in queryset.select_related("claim"):
            try:
                services.verdict_approve(verdict, actor=request.user)
            except workflow.WorkflowError as refusal:
                self.message_user(request, f"“{verdict}”: {refusal}", messages.ERROR)
            else:
                self.message_user(request, _("Approved: %(verdict)s") % {"verdict": verdict})


admin.site.register(ReviewerProfile)
