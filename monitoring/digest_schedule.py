"""When the morning digest is due: pure time-zone arithmetic, no database.

The desk says an hour in its own time zone (07:00 in Europe/Paris), so the moment in UTC moves with
summer time (06:00 UTC in winter, 05:00 UTC in summer). The beat asks every minute; an edition is due
from its hour until FACTCHECK_DIGEST_LATE_HOURS later (a beat or a worker down at 07:00 sends it when
back), and covers the 24 hours before its hour, however late it leaves.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from django.conf import settings


@dataclass(frozen=True)
class Edition:
    day: date  # the desk's local date
    at: datetime  # its hour, as an aware datetime
    since: datetime  # the start of the 24 hours it covers


def known_time_zone(name: str) -> bool:
    if name not in available_timezones():
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def edition_of(day: date, hour: int, time_zone: str) -> Edition:
    at = datetime.combine(day, time(hour), tzinfo=ZoneInfo(time_zone))
    return Edition(day=day, at=at, since=at - timedelta(hours=24))


def due_edition(now: datetime, hour: int, time_zone: str) -> Edition | None:
    """Today's edition when `now` is at or past its hour in the desk's time zone, and not too late."""
    local = now.astimezone(ZoneInfo(time_zone))
    edition = edition_of(local.date(), hour, time_zone)
    if edition.at <= now < edition.at + timedelta(hours=settings.FACTCHECK_DIGEST_LATE_HOURS):
        return edition
    return None
