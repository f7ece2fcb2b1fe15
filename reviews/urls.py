from django.urls import path

from reviews import views

app_name = "reviews"

urlpatterns = [
    path("evidence/<int:pk>/file/", views.evidence_file, name="evidence_file"),
    path("evidence/<int:pk>/archive/", views.archived_page, name="archived_page"),
    path("evidence/<int:pk>/archive/original/", views.archived_page_body, name="archived_page_body"),
    path("evidence/<int:pk>/archive/retry/", views.archive_retry, name="archive_retry"),
]
