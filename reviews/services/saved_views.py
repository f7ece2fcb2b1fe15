"""Saved views: a person names a queue's filters and sort, for themselves or the whole desk."""

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from claims import roles, workflow
from reviews.models import SavedView


def saved_view_create(*, owner, name: str, queue: str, query: str, shared: bool) -> SavedView:
    if not roles.is_member(owner):
        raise workflow.NotAllowed([_("only members of the desk can save views")])
    name = name.strip()
    if not name:
        raise workflow.Refused([_("a saved view needs a name")])
    if queue not in SavedView.Queue.values:
        raise workflow.Refused([_("unknown list “%(queue)s”") % {"queue": queue}])
    try:
        with transaction.atomic():
            return SavedView.objects.create(owner=owner, name=name[:80], queue=queue, query=query[:1000], shared=shared)
    except IntegrityError as duplicate:
        raise workflow.Refused([_("you already have a view named “%(name)s”") % {"name": name}]) from duplicate


def saved_view_delete(view: SavedView, *, actor) -> None:
    if view.owner_id != actor.pk and not roles.is_editor(actor):
        raise workflow.NotAllowed([_("only its owner or an editor can delete a saved view")])
    view.delete()
