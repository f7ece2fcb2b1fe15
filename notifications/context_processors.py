from django.utils.functional import SimpleLazyObject

from notifications.selectors import unread_count


def unread_notifications(request):
    """`unread_notifications` for the page header; counted only if a template shows it."""
    return {"unread_notifications": SimpleLazyObject(lambda: unread_count(request.user))}
