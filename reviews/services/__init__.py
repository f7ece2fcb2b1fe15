"""Writes of the review desk, one module per subject: assignment, evidence, archiving, verdicts and the
source registry as the desk changes it. The names below are the services other apps call."""

from reviews.services.archiving import enqueue_archive, evidence_archive, evidence_archive_retry
from reviews.services.assignment import (
    assignments_flag_overdue,
    claim_assign,
    claim_auto_assign,
    claim_release,
    claim_take_next,
    claims_auto_assign,
    claims_bulk_add_tag,
    claims_bulk_assign,
    claims_bulk_release,
    claims_bulk_set_priority,
    close_open_assignment,
    default_due,
    reviewer_languages,
)
from reviews.services.checklist import checklist_item_add, checklist_item_retire, checklist_tick
from reviews.services.evidence import evidence_attach, evidence_link_to_source, evidence_remove, evidence_set_public
from reviews.services.profiles import byline_consent_set
from reviews.services.registry import (
    AffectedClaim,
    RegistryChange,
    source_change,
    source_merge,
    source_register_domain,
    source_save,
)
from reviews.services.saved_views import saved_view_create, saved_view_delete
from reviews.services.source_import import (
    ImportPlan,
    ImportResult,
    SourceChange,
    sources_import_csv,
    sources_import_preview,
)
from reviews.services.source_proposals import source_proposal_accept, source_proposal_decline, source_propose
from reviews.services.teamwork import claim_add_tag, claim_set_tags, claim_watch, comment_add
from reviews.services.verdicts import (
    ratings_disagreeing_with,
    submit_blockers,
    verdict_approve,
    verdict_reject,
    verdict_save_draft,
    verdict_submit,
    verdicts_return_on_reopen,
)

__all__ = [
    "AffectedClaim",
    "ImportPlan",
    "ImportResult",
    "RegistryChange",
    "SourceChange",
    "assignments_flag_overdue",
    "byline_consent_set",
    "checklist_item_add",
    "checklist_item_retire",
    "checklist_tick",
    "claim_add_tag",
    "claim_assign",
    "claim_auto_assign",
    "claim_release",
    "claim_set_tags",
    "claim_take_next",
    "claim_watch",
    "claims_auto_assign",
    "claims_bulk_add_tag",
    "claims_bulk_assign",
    "claims_bulk_release",
    "claims_bulk_set_priority",
    "close_open_assignment",
    "comment_add",
    "default_due",
    "enqueue_archive",
    "evidence_archive",
    "evidence_archive_retry",
    "evidence_attach",
    "evidence_link_to_source",
    "evidence_remove",
    "evidence_set_public",
    "ratings_disagreeing_with",
    "reviewer_languages",
    "saved_view_create",
    "saved_view_delete",
    "source_change",
    "source_merge",
    "source_proposal_accept",
    "source_proposal_decline",
    "source_propose",
    "source_register_domain",
    "source_save",
    "sources_import_csv",
    "sources_import_preview",
    "submit_blockers",
    "verdict_approve",
    "verdict_reject",
    "verdict_save_draft",
    "verdict_submit",
    "verdicts_return_on_reopen",
]
