"""Audit trails: rows written once, never edited or deleted (claim events, source history)."""


class AppendOnlyError(Exception):
    pass


class AppendOnly:
    """An audit trail's rows: written once, never edited or deleted."""

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise AppendOnlyError(f"{self._meta.verbose_name_plural} are never edited.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError(f"{self._meta.verbose_name_plural} are never deleted.")
