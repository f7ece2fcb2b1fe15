"""DRF permission classes; each one asks claims.roles and decides nothing itself."""

from rest_framework.permissions import SAFE_METHODS, BasePermission

from claims import roles


class IsMember(BasePermission):
    """Fact-checkers, editors and admins: whoever works the desk."""

    message = "You hold no role on the fact-check desk."

    def has_permission(self, request, view):
        return roles.is_member(request.user)


class IsEditor(BasePermission):
    message = "Only editors can do this."

    def has_permission(self, request, view):
        return roles.is_editor(request.user)


class MembersReadRuleWrites(BasePermission):
    """Every member reads; a write needs the claims.roles rule named by `write_rule`."""

    write_rule = ""

    def has_permission(self, request, view):
        if request.method in SAFE_METHODS:
            return roles.is_member(request.user)
        return getattr(roles, self.write_rule)(request.user)


class MembersReadEditorsWriteSources(MembersReadRuleWrites):
    message = "Only editors and admins can change sources."
    write_rule = "can_edit_sources"


class MembersReadEditorsKeepChecklist(MembersReadRuleWrites):
    message = "Only editors and admins can change the checklist."
    write_rule = "can_edit_checklist"


class MembersReadEditorsWriteTopics(MembersReadRuleWrites):
    message = "Only editors can change topics."
    write_rule = "can_manage_topics"


class MembersReadEditorsSetTheDigestHour(MembersReadRuleWrites):
    message = "Only editors can change the digest's hour."
    write_rule = "can_set_digest_hour"


class EditsSources(BasePermission):
    message = "Only editors and admins can change sources."

    def has_permission(self, request, view):
        return roles.can_edit_sources(request.user)


class DecidesSourceProposals(BasePermission):
    message = "Only editors and admins can accept or decline a proposed source."

    def has_permission(self, request, view):
        return roles.can_decide_source_proposal(request.user)


class ViewsReports(BasePermission):
    message = "Only editors can see the desk's reports."

    def has_permission(self, request, view):
        return roles.can_view_reports(request.user)
