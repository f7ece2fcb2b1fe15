from functools import cache

from notifications.selectors import unread_count


def unread_notifications(request):
    """`unread_notifications` for the page header: counted only if a template shows it, once per page.

    A plain callable rather than a lazy object: templates call it and get an int, which plural
    translations need (French's plural rule computes `n % 10` on it; a SimpleLazyObject breaks it)."""

    @cache
    def count() -> int:
        return unread_count(request.user)

    return {"unread_notifications": count}
