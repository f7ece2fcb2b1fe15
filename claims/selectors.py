"""Reads that depend on who is asking. Views and the API start from these."""

from django.db.models import BooleanField, Case, ExpressionWrapper, F, IntegerField, Q, QuerySet, Value, When
from django.db.models.functions import Now

from claims import roles
from claims.models import Claim, Document
from reviews.models import Verdict

URGENT_FIRST = Case(When(priority=Claim.Priority.URGENT, then=Value(0)), default=Value(1), output_field=IntegerField())


def claims_visible_to(user) -> QuerySet:
    if not roles.is_member(user):
        return Claim.objects.none()
    return Claim.objects.all()


def documents_visible_to(user) -> QuerySet:
    if not roles.is_member(user):
        return Document.objects.none()
    return Document.objects.all()


def open_claims(user) -> QuerySet:
    return claims_visible_to(user).filter(closed_at__isnull=True)


def with_overdue(queryset: QuerySet) -> QuerySet:
    """Annotate `is_overdue`: open and past its due time, by the database's clock."""
    return queryset.annotate(
        is_overdue=ExpressionWrapper(Q(due_at__lt=Now(), closed_at__isnull=True), output_field=BooleanField())
    )


def queue_mine(user) -> QuerySet:
    """My open claims, the ones due soonest (overdue ones) first; each with `is_overdue`."""
    return with_overdue(open_claims(user).filter(assignee=user)).order_by(
        F("due_at").asc(nulls_last=True), "created_at", "id"
    )


def queue_unassigned(user) -> QuerySet:
    """Claims nobody has taken: urgent first, then oldest."""
    return open_claims(user).filter(assignee__isnull=True).order_by(URGENT_FIRST, "created_at", "id")


def verdicts_awaiting_approval(user) -> QuerySet:
    if not roles.is_editor(user):
        return Verdict.objects.none()
    return Verdict.objects.filter(state=Verdict.State.SUBMITTED).order_by("updated_at", "id")


def claims_matching(queryset: QuerySet, text: str) -> QuerySet:
    """Plain text search over the claim, its speaker and its document's title."""
    return queryset.filter(Q(text__icontains=text) | Q(speaker__icontains=text) | Q(document__title__icontains=text))
