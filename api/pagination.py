from rest_framework.pagination import CursorPagination, PageNumberPagination

from factcheck.paging import TotalInRowsPaginator


class NewestFirstCursorPagination(CursorPagination):
    """Stable pages however fast rows arrive; `page_size` up to 100."""

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 100
    ordering = ("-created_at", "-id")

    def get_ordering(self, request, queryset, view):
        # The claims list lets the caller choose; the id breaks ties in the same direction.
        chosen = getattr(view, "ordering", None)
        if chosen:
            return (chosen, "-id" if chosen.startswith("-") else "id")
        return self.ordering


class QueuePagination(PageNumberPagination):
    """Queues have their own order (urgent, due soonest), which a cursor cannot follow."""

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 100


class TotalInRowsPagination(QueuePagination):
    """For grouped queries whose rows carry their total (see factcheck.paging): one query a page."""

    django_paginator_class = TotalInRowsPaginator
