from django.utils.translation import gettext_lazy as _

from claims import roles

ROLE_LABELS = {
    "admin": _("Admin"),
    "editor": _("Editor"),
    "fact-checker": _("Fact-checker"),
    "none": _("No role"),
}


def desk_user(request):
    """The signed-in person's role, for the header and the navigation."""
    user = getattr(request, "user", None)
    role = roles.role_name(user)
    return {
        "desk_role": ROLE_LABELS.get(role, ""),
        "desk_is_member": roles.is_member(user),
        "desk_is_editor": roles.is_editor(user),
    }
