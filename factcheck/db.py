"""Database helpers shared by every layer."""

from collections.abc import Iterator
from contextlib import contextmanager

from django.db import OperationalError, connection, transaction


@contextmanager
def statement_timeout(milliseconds: int) -> Iterator[None]:
    """Run the block in a transaction whose every statement PostgreSQL cancels after `milliseconds`.

    A cancelled statement raises OperationalError (see `is_statement_timeout`) and rolls the block back. `SET LOCAL`
    lasts only until the transaction ends, so the connection goes back to the pool as it was. Other databases have
    no such setting: there the block simply runs in a transaction.
    """
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT set_config('statement_timeout', %s, true)", [str(int(milliseconds))])
        yield


def is_statement_timeout(error: OperationalError) -> bool:
    """Whether PostgreSQL cancelled the statement because it ran past its statement_timeout."""
    return getattr(error.__cause__, "sqlstate", None) == "57014"  # query_canceled
