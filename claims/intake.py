"""Turn a command-line argument (a path or a URL) into text, the same way for every command."""

from pathlib import Path

from django.conf import settings

from claims import readers
from factcheck import fetch


def is_url(argument: str) -> bool:
    return argument.startswith(("http://", "https://"))


def read_argument(argument: str) -> readers.ReadDocument:
    """Read a local file or fetch a URL; raises readers.UnreadableInput, fetch.FetchRefused or FetchFailed."""
    if is_url(argument):
        return readers.read_fetched(fetch.fetch(argument, max_bytes=settings.FACTCHECK_INTAKE_MAX_BYTES))
    path = Path(argument)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise readers.UnreadableInput(f"Cannot read {argument}: {error.strerror}") from error
    if len(data) > settings.FACTCHECK_INTAKE_MAX_BYTES:
        raise readers.UnreadableInput(f"{argument} is larger than FACTCHECK_INTAKE_MAX_BYTES")
    return readers.read_upload(path.name, data)
