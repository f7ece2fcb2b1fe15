from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

import factcheck.converters  # noqa: F401 (registers <id:…>)
from api.errors import not_found
from api.views import (
    auth,
    checklist,
    claims,
    documents,
    monitoring,
    notifications,
    publishing,
    reports,
    reviews,
    search,
    source_proposals,
    teamwork,
    transcripts,
)

v1 = [
    path("auth/token/", auth.TokenView.as_view(), name="auth-token"),
    path("auth/login/", auth.LoginView.as_view(), name="auth-login"),
    path("auth/logout/", auth.LogoutView.as_view(), name="auth-logout"),
    path("users/me/", auth.MeView.as_view(), name="users-me"),
    path("documents/", documents.DocumentListView.as_view(), name="documents"),
    path("documents/<id:document_id>/", documents.DocumentDetailView.as_view(), name="document"),
    path(
        "documents/<id:document_id>/candidates/<id:candidate_id>/promote/",
        documents.CandidatePromoteView.as_view(),
        name="candidate-promote",
    ),
    path("checklist/", checklist.ChecklistTemplateView.as_view(), name="checklist"),
    path("checklist/<id:item_id>/", checklist.ChecklistStepView.as_view(), name="checklist-step"),
    path("claims/", claims.ClaimListView.as_view(), name="claims"),
    path("claims/export.csv", claims.ClaimExportView.as_view(), name="claims-export"),
    path("claims/next/", claims.ClaimTakeNextView.as_view(), name="claims-next"),
    path("claims/unsupported/", reviews.UnsupportedClaimsView.as_view(), name="claims-unsupported"),
    path("claims/<id:claim_id>/", claims.ClaimDetailView.as_view(), name="claim"),
    path("claims/<id:claim_id>/claimreview/", publishing.ClaimReviewView.as_view(), name="claimreview"),
    path("claims/<id:claim_id>/transition/", claims.ClaimTransitionView.as_view(), name="claim-transition"),
    path("claims/<id:claim_id>/assign/", claims.ClaimAssignView.as_view(), name="claim-assign"),
    path("claims/<id:claim_id>/comments/", teamwork.CommentListView.as_view(), name="claim-comments"),
    path("claims/<id:claim_id>/watch/", teamwork.WatchView.as_view(), name="claim-watch"),
    path("claims/<id:claim_id>/tags/", teamwork.TagsView.as_view(), name="claim-tags"),
    path("claims/<id:claim_id>/checklist/", teamwork.ChecklistView.as_view(), name="claim-checklist"),
    path(
        "claims/<id:claim_id>/checklist/<id:item_id>/",
        teamwork.ChecklistTickView.as_view(),
        name="claim-checklist-tick",
    ),
    path("claims/<id:claim_id>/release/", claims.ClaimReleaseView.as_view(), name="claim-release"),
    path("claims/<id:claim_id>/evidence/", claims.ClaimEvidenceView.as_view(), name="claim-evidence"),
    path(
        "claims/<id:claim_id>/evidence/<id:evidence_id>/",
        claims.ClaimEvidenceDetailView.as_view(),
        name="claim-evidence-item",
    ),
    path(
        "claims/<id:claim_id>/evidence/<id:evidence_id>/file/",
        claims.ClaimEvidenceFileView.as_view(),
        name="claim-evidence-file",
    ),
    path(
        "claims/<id:claim_id>/evidence/<id:evidence_id>/public/",
        claims.ClaimEvidencePublicView.as_view(),
        name="claim-evidence-public",
    ),
    path(
        "claims/<id:claim_id>/evidence/<id:evidence_id>/archive/",
        claims.ClaimEvidenceArchiveView.as_view(),
        name="claim-evidence-archive",
    ),
    path(
        "claims/<id:claim_id>/evidence/<id:evidence_id>/archive/retry/",
        claims.ClaimEvidenceArchiveRetryView.as_view(),
        name="claim-evidence-archive-retry",
    ),
    path("claims/<id:claim_id>/verdict/", claims.ClaimVerdictView.as_view(), name="claim-verdict"),
    path(
        "claims/<id:claim_id>/matches/<id:match_id>/link/", publishing.MatchLinkView.as_view(), name="claim-match-link"
    ),
    path(
        "claims/<id:claim_id>/matches/<id:match_id>/dismiss/",
        publishing.MatchDismissView.as_view(),
        name="claim-match-dismiss",
    ),
    path(
        "claims/<id:claim_id>/publication/withdraw/",
        publishing.PublicationWithdrawView.as_view(),
        name="claim-publication-withdraw",
    ),
    path(
        "claims/<id:claim_id>/publication/correct/",
        publishing.PublicationCorrectView.as_view(),
        name="claim-publication-correct",
    ),
    path("factchecks/import/", publishing.FactcheckImportView.as_view(), name="factchecks-import"),
    path(
        "factchecks/imports/<id:import_id>/",
        publishing.FactcheckImportDetailView.as_view(),
        name="factchecks-import-detail",
    ),
    path("factchecks/match/", publishing.FactcheckMatchView.as_view(), name="factchecks-match"),
    path("factchecks/<id:factcheck_id>/repeats/", publishing.FactcheckRepeatsView.as_view(), name="factchecks-repeats"),
    path("verdicts/<id:verdict_id>/submit/", reviews.VerdictSubmitView.as_view(), name="verdict-submit"),
    path("verdicts/<id:verdict_id>/approve/", reviews.VerdictApproveView.as_view(), name="verdict-approve"),
    path("verdicts/<id:verdict_id>/reject/", reviews.VerdictRejectView.as_view(), name="verdict-reject"),
    path("sources/", reviews.SourceListView.as_view(), name="sources"),
    path("sources/unmatched-domains/", reviews.UnmatchedDomainsView.as_view(), name="sources-unmatched-domains"),
    path("sources/register-domain/", reviews.RegisterDomainView.as_view(), name="sources-register-domain"),
    path("sources/proposals/", source_proposals.SourceProposalListView.as_view(), name="source-proposals"),
    path(
        "sources/proposals/<id:proposal_id>/accept/",
        source_proposals.SourceProposalAcceptView.as_view(),
        name="source-proposal-accept",
    ),
    path(
        "sources/proposals/<id:proposal_id>/decline/",
        source_proposals.SourceProposalDeclineView.as_view(),
        name="source-proposal-decline",
    ),
    path("sources/<id:source_id>/", reviews.SourceDetailView.as_view(), name="source"),
    path("notifications/", notifications.NotificationListView.as_view(), name="notifications"),
    path("notifications/read-all/", notifications.NotificationReadAllView.as_view(), name="notifications-read-all"),
    path(
        "notifications/<id:notification_id>/read/",
        notifications.NotificationReadView.as_view(),
        name="notification-read",
    ),
    path("feeds/", monitoring.FeedListView.as_view(), name="feeds"),
    path("feeds/<id:feed_id>/resume/", monitoring.FeedResumeView.as_view(), name="feed-resume"),
    path("topics/", monitoring.TopicListView.as_view(), name="topics"),
    path("topics/<id:topic_id>/", monitoring.TopicDetailView.as_view(), name="topic"),
    path("digests/", monitoring.DigestListView.as_view(), name="digests"),
    path("digests/subscription/", monitoring.DigestSubscriptionView.as_view(), name="digest-subscription"),
    path("digests/schedule/", monitoring.DigestScheduleView.as_view(), name="digest-schedule"),
    path("digests/<id:digest_id>/", monitoring.DigestDetailView.as_view(), name="digest"),
    path("leads/", monitoring.LeadListView.as_view(), name="leads"),
    path("leads/<id:lead_id>/", monitoring.LeadDetailView.as_view(), name="lead"),
    path("transcripts/", transcripts.TranscriptSubmitView.as_view(), name="transcripts"),
    path("leads/<id:lead_id>/promote/", monitoring.LeadPromoteView.as_view(), name="lead-promote"),
    path("leads/<id:lead_id>/dismiss/", monitoring.LeadDismissView.as_view(), name="lead-dismiss"),
    path("queues/mine/", reviews.MyQueueView.as_view(), name="queue-mine"),
    path("queues/unassigned/", reviews.UnassignedQueueView.as_view(), name="queue-unassigned"),
    path("reports/summary/", reports.ReportSummaryView.as_view(), name="reports-summary"),
    path("search/", search.SearchView.as_view(), name="search"),
    path("queues/approval/", reviews.ApprovalQueueView.as_view(), name="queue-approval"),
]

app_name = "api"
urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api:schema"), name="docs"),
    path("v1/", include(v1)),
    # Anything else under /api/ (an unknown path, an id that is not a number) gets a JSON 404.
    re_path(r"", not_found),
]
