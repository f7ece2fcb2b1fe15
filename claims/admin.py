"""Admin pieces of the claims layer. Claims and documents are registered by the layers whose
services their admin actions call: ClaimAdmin in publishing.admin (moves, reopens, assignment), DocumentAdmin
in ingest.admin (extraction)."""

from django.contrib import admin

from claims.models import Candidate, Claim, ClaimEvent


class ReadOnlyAdmin(admin.ModelAdmin):
    """A model the admin shows but never writes: its add, change and delete views would save a form
    straight to the database, past the services' rules (types, hashes, events, roles). Changes go
    through the admin actions, which call the services."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


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


class ClaimEventInline(ReadOnlyInline):
    model = ClaimEvent
    fields = ("created_at", "kind", "from_status", "to_status", "actor", "note", "details")
    readonly_fields = fields
    show_change_link = False


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
