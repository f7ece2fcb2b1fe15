"""Pages of a grouped query whose rows carry the number of rows in the whole result."""

from django.core.paginator import Paginator

TOTAL = "total_rows"
# Past this offset the page is surely past the end: ask COUNT rather than send the database an
# OFFSET it may not hold (SQLite's integers stop at 2**63).
_FARTHEST = 2**31


class TotalInRowsPaginator(Paginator):
    """A Paginator for a queryset whose rows carry `TOTAL` (a window COUNT(*) OVER ()) as an attribute
    (model instances, values_list(named=True) rows) or a key (values() rows): the page and
    the count come in one query instead of a COUNT then the page.

    For a GROUP BY ordered by an aggregate the database builds every group anyway, so the window
    count costs nothing more, where a separate COUNT would aggregate the table a second time.
    Only a page past the end (no rows to read the total from) falls back to Paginator's COUNT.
    """

    def page(self, number):
        if self.orphans or "count" in self.__dict__:
            return super().page(number)
        try:
            number = int(number)
        except (TypeError, ValueError):
            return super().page(number)  # raises PageNotAnInteger
        bottom = (number - 1) * self.per_page
        if number < 1 or bottom > _FARTHEST:
            return super().page(number)  # raises EmptyPage, or reads COUNT for an absurd page
        rows = list(self.object_list[bottom : bottom + self.per_page])
        if rows:
            first = rows[0]
            self.count = first[TOTAL] if isinstance(first, dict) else getattr(first, TOTAL)
            return self._get_page(rows, number, self)
        if number == 1 and self.allow_empty_first_page:
            self.count = 0
            return self._get_page(rows, number, self)
        return super().page(number)
