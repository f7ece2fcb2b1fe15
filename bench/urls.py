from django.urls import include, path
from rest_framework.response import Response
from rest_framework.views import APIView


class Ping(APIView):
    """Authenticated like the API, does nothing: the floor each endpoint is compared with."""

    def get(self, request):
        return Response({"pong": True})


urlpatterns = [path("bench/ping/", Ping.as_view()), path("", include("factcheck.urls"))]
