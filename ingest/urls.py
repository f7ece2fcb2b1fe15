from django.urls import path

from ingest import views

urlpatterns = [
    path("<str:token>/", views.websub_callback, name="websub-callback"),
]
