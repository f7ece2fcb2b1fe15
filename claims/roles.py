"""Who may do what. Views, the API, the admin and services ask here, nowhere else.

Roles are Django groups whose permissions come from a data migration; admins
are superusers and hold every permission.
"""

from django.contrib.auth.models import AnonymousUser

FACT_CHECKERS = "Fact-checkers"
EDITORS = "Editors"

# The permissions each group holds (app_label.codename). Editors hold both lists.
FACT_CHECKER_PERMISSIONS = [
    "claims.view_document",
    "claims.add_document",
    "claims.view_claim",
    "claims.view_candidate",
    "claims.view_claimevent",
    "sources.view_source",
    "reviews.view_evidence",
    "reviews.add_evidence",
    "reviews.view_assignment",
    "reviews.view_verdict",
    "reviews.add_verdict",
    "publishing.view_publication",
    "publishing.view_claimmatch",
    "publishing.view_externalfactcheck",
]
EDITOR_PERMISSIONS = [
    *FACT_CHECKER_PERMISSIONS,
    "claims.change_claim",
    "claims.assign_claim",
    "claims.reopen_claim",
    "claims.move_any_claim",
    "sources.add_source",
    "sources.change_source",
    "sources.add_sourcedomain",
    "sources.change_sourcedomain",
    "sources.delete_sourcedomain",
    "sources.view_sourcedomain",
    "reviews.decide_verdict",
    "publishing.change_publication",
    "publishing.add_externalfactcheck",
    # Follow ClaimReview imports in the admin (read-only there).
    "publishing.view_claimreviewimport",
]


def _active(user) -> bool:
    return user is not None and not isinstance(user, AnonymousUser) and user.is_authenticated and user.is_active


def is_member(user) -> bool:
    """A fact-checker, an editor or an admin: someone who works the desk."""
    return _active(user) and user.has_perm("claims.view_claim")


def is_editor(user) -> bool:
    return _active(user) and user.has_perm("claims.assign_claim")


def role_name(user) -> str:
    if not _active(user):
        return "anonymous"
    if user.is_superuser:
        return "admin"
    if is_editor(user):
        return "editor"
    if is_member(user):
        return "fact-checker"
    return "none"


def can_view_claim(user, claim) -> bool:
    return is_member(user)


def can_work_on_claim(user, claim) -> bool:
    """Move its status, attach or remove evidence, draft its verdict."""
    if not is_member(user):
        return False
    return claim.assignee_id == user.pk or user.has_perm("claims.move_any_claim")


def can_reopen_claim(user, claim) -> bool:
    return _active(user) and user.has_perm("claims.reopen_claim")


def can_set_byline_consent(user, person) -> bool:
    """Whether `person` is named on public fact-checks: their own choice, or an admin's."""
    return is_member(user) and (user.pk == person.pk or user.is_superuser)


def can_assign_claims(user) -> bool:
    return is_editor(user)


def can_set_priority(user) -> bool:
    return is_editor(user)


def can_take_claims(user) -> bool:
    return is_member(user)


def can_release_claim(user, claim) -> bool:
    return is_member(user) and (claim.assignee_id == user.pk or is_editor(user))


def can_submit_verdict(user, verdict) -> bool:
    return is_member(user) and verdict.claim.assignee_id == user.pk


def can_decide_verdict(user, verdict) -> bool:
    """Four eyes: an editor who did not write the verdict."""
    return _active(user) and user.has_perm("reviews.decide_verdict") and verdict.author_id != user.pk


def can_edit_sources(user) -> bool:
    return _active(user) and user.has_perm("sources.change_source")


def can_comment_on_claim(user, claim) -> bool:
    return can_view_claim(user, claim)


def can_tag_claim(user, claim) -> bool:
    """File the claim under topics, new ones included."""
    return can_work_on_claim(user, claim)


def can_tag_claims_in_bulk(user) -> bool:
    """Add a tag to the claims ticked in a queue, as the other bulk actions: editors."""
    return is_editor(user)


def can_tick_checklist(user, claim) -> bool:
    """Tick the claim's checklist steps: its assignee (or an editor standing in)."""
    return can_work_on_claim(user, claim)


def can_edit_checklist(user) -> bool:
    """Keep the desk-wide checklist every claim gets."""
    return is_editor(user)


def can_watch_claim(user, claim) -> bool:
    return can_view_claim(user, claim)


def can_propose_source(user) -> bool:
    """Ask the editors to register the domain of one's evidence as a source."""
    return is_member(user)


def can_decide_source_proposal(user) -> bool:
    return can_edit_sources(user)


def can_publish(user) -> bool:
    """Withdraw a public fact-check or publish a correction to it."""
    return is_editor(user)


def can_publish_evidence(user) -> bool:
    """Show an uploaded evidence file on the public fact-check, or keep it private."""
    return is_editor(user)


def can_withdraw(user, publication) -> bool:
    return can_publish(user)


def can_correct(user, publication) -> bool:
    return can_publish(user)


def can_decide_match(user, match) -> bool:
    """Link a claim to an earlier fact-check, or dismiss the suggestion."""
    return can_work_on_claim(user, match.claim)


def can_import_factchecks(user) -> bool:
    return is_editor(user)


def can_view_reports(user) -> bool:
    """The desk's figures: flow, time to verdict, workload per fact-checker."""
    return is_editor(user)


def can_manage_feeds(user) -> bool:
    """Registering, pausing and resuming the feeds the desk watches."""
    return is_editor(user)


def can_decide_lead(user) -> bool:
    """Promoting a monitoring lead to a ticket, or dismissing it."""
    return is_member(user)


def can_manage_topics(user) -> bool:
    """Topics and their keyword lists shape what every member's digest holds: editors set them."""
    return is_editor(user)


def can_set_digest_hour(user) -> bool:
    return is_editor(user)


def can_get_digest(user) -> bool:
    return is_member(user)


def can_monitor_transcript(user) -> bool:
    """Giving a transcript (a debate, a broadcast) to monitoring, so its claims become leads."""
    return is_member(user)
