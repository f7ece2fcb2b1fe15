from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path, re_path
from django.views.generic import RedirectView

from factcheck import health

urlpatterns = [
    # The registry's admin pages moved with its models from the reviews app: old bookmarks still land.
    re_path(
        r"^admin/reviews/(?P<model>source|sourcedomain|sourceevent)/(?P<rest>.*)$",
        RedirectView.as_view(url="/admin/sources/%(model)s/%(rest)s", query_string=True, permanent=True),
    ),
    path("health/live", health.live, name="health-live"),
    path("health/ready", health.ready, name="health-ready"),
    path("admin/", admin.site.urls),
    path("websub/", include("ingest.urls")),
    path("", include("publishing.urls")),
    path("api/", include("api.urls")),
    path("accounts/login/", auth_views.LoginView.as_view(redirect_authenticated_user=True), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("notifications/", include("notifications.urls")),
    path("", include("reviews.urls")),
    path("", include("desk.urls")),
]
