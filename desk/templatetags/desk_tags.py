from django import template
from django.utils import timezone

register = template.Library()


@register.filter
def overdue(due_at) -> bool:
    return due_at is not None and due_at < timezone.now()
