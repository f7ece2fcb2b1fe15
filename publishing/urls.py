from django.urls import path

import factcheck.converters  # noqa: F401 (registers <id:…>)
from publishing import views
from publishing.feeds import FactcheckAtomFeed

app_name = "publishing"

urlpatterns = [
    path("factchecks/", views.factcheck_list, name="list"),
    path("factchecks/feed.json", views.json_feed, name="feed-json"),
    path("factchecks/feed.atom", FactcheckAtomFeed(), name="feed-atom"),
    # Two segments: no fact-check's slug can take these addresses.
    path("factchecks/about/rating-scale/", views.rating_scale, name="rating-scale"),
    path("factchecks/speakers/<str:key>/", views.speaker_detail, name="speaker"),
    path("factchecks/<slug:slug>/", views.factcheck_detail, name="factcheck"),
    path("factchecks/<slug:slug>/evidence/<id:evidence_id>/", views.factcheck_evidence_file, name="evidence-file"),
]
