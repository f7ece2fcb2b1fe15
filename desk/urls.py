from django.urls import path

from desk.views import account, approvals, home, intake, queues, source_proposals, sources, workspace

app_name = "desk"

urlpatterns = [
    path("", home.home, name="home"),
    path("account/api-tokens/", account.api_tokens, name="api_tokens"),
    path("account/api-tokens/new/", account.api_token_issue, name="api_token_issue"),
    path("account/api-tokens/revoke/", account.api_token_revoke, name="api_token_revoke"),
    path("dashboard/", home.dashboard, name="dashboard"),
    path("queue/", queues.queue_mine, name="queue_mine"),
    path("queue/unassigned/", queues.queue_unassigned, name="queue_unassigned"),
    path("queue/take-next/", queues.take_next, name="take_next"),
    path("queue/bulk/", queues.queue_bulk, name="queue_bulk"),
    path("queue/views/", queues.saved_view_create, name="saved_view_create"),
    path("queue/views/<int:pk>/delete/", queues.saved_view_delete, name="saved_view_delete"),
    path("claims/<int:pk>/", workspace.claim_workspace, name="claim"),
    path("claims/<int:pk>/move/", workspace.claim_move, name="claim_move"),
    path("claims/<int:pk>/evidence/", workspace.evidence_add, name="evidence_add"),
    path("claims/<int:pk>/evidence/<int:evidence_pk>/remove/", workspace.evidence_delete, name="evidence_remove"),
    path("claims/<int:pk>/evidence/<int:evidence_pk>/public/", workspace.evidence_set_public, name="evidence_public"),
    path(
        "claims/<int:pk>/evidence/<int:evidence_pk>/archive/retry/",
        workspace.evidence_archive_retry,
        name="evidence_archive_retry",
    ),
    path("claims/<int:pk>/matches/<int:match_pk>/link/", workspace.match_link, name="match_link"),
    path("claims/<int:pk>/matches/<int:match_pk>/dismiss/", workspace.match_dismiss, name="match_dismiss"),
    path("claims/<int:pk>/publication/withdraw/", workspace.publication_withdraw, name="publication_withdraw"),
    path("claims/<int:pk>/publication/correct/", workspace.publication_correct, name="publication_correct"),
    path("claims/<int:pk>/verdict/", workspace.verdict_save, name="verdict_save"),
    path("claims/<int:pk>/verdict/submit/", workspace.verdict_submit, name="verdict_submit"),
    path("claims/<int:pk>/assign/", workspace.claim_assign, name="claim_assign"),
    path("claims/<int:pk>/release/", workspace.claim_release, name="claim_release"),
    path("claims/<int:pk>/priority/", workspace.claim_set_priority, name="claim_priority"),
    path("intake/", intake.intake, name="intake"),
    path("documents/<int:pk>/", intake.document_detail, name="document"),
    path("documents/<int:pk>/progress/", intake.document_progress, name="document_progress"),
    path("candidates/<int:pk>/promote/", intake.candidate_promote, name="candidate_promote"),
    path("approvals/", approvals.approval_queue, name="approvals"),
    path("verdicts/<int:pk>/approve/", approvals.verdict_approve, name="verdict_approve"),
    path("verdicts/<int:pk>/reject/", approvals.verdict_reject, name="verdict_reject"),
    path("sources/", sources.source_list, name="sources"),
    path("sources/register-domain/", sources.source_register_domain, name="source_register_domain"),
    path("sources/unmatched-domains/", sources.unmatched_domains, name="unmatched_domains"),
    path("sources/pick/", sources.source_picker, name="source_picker"),
    path("sources/propose/", source_proposals.source_propose, name="source_propose"),
    path("sources/proposals/", source_proposals.source_proposals, name="source_proposals"),
    path("sources/proposals/<int:pk>/accept/", source_proposals.source_proposal_accept, name="source_proposal_accept"),
    path(
        "sources/proposals/<int:pk>/decline/", source_proposals.source_proposal_decline, name="source_proposal_decline"
    ),
    path("sources/<int:pk>/edit/", sources.source_edit, name="source_edit"),
    path("sources/<int:pk>/", sources.source_detail, name="source"),
]
