from django import template
from django.utils import timezone

from reviews.models import Verdict

register = template.Library()


@register.filter
def overdue(due_at) -> bool:
    return due_at is not None and due_at < timezone.now()


@register.filter
def rating_label(code: str) -> str:
    """A verdict rating as people read it; event details store the code."""
    return Verdict.Rating(code).label if code in Verdict.Rating.values else code
