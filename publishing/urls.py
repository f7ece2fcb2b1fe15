from django.urls import path

from publishing import views
from publishing.feeds import FactcheckAtomFeed

app_name = "publishing"

urlpatterns = [
    path("factchecks/", views.factcheck_list, name="list"),
    path("factchecks/feed.json", views.json_feed, name="feed-json"),
    path("factchecks/feed.atom", FactcheckAtomFeed(), name="feed-atom"),
    path("factchecks/<slug:slug>/", views.factcheck_detail, name="factcheck"),
    path("api/v1/claims/<int:claim_id>/claimreview/", views.claimreview_json, name="claimreview"),
]
