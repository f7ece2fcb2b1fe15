from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    # Before the API: it serves the public ClaimReview under /api/v1/, and the API answers every other path there.
    path("", include("publishing.urls")),
    path("api/", include("factcheck.api.urls")),
    path("accounts/login/", auth_views.LoginView.as_view(redirect_authenticated_user=True), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("notifications/", include("notifications.urls")),
    path("", include("reviews.urls")),
    path("", include("desk.urls")),
]
