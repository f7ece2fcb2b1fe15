from drf_spectacular.utils import extend_schema
from rest_framework.permissions import IsAuthenticated
from rest_framework.views import APIView

from api import serializers
from api.pagination import QueuePagination
from api.permissions import IsMember
from api.schema import errors
from publishing import search


class SearchView(APIView):
    permission_classes = [IsAuthenticated, IsMember]

    @extend_schema(
        operation_id="search",
        summary="Search claims, documents, published and imported fact-checks, best first",
        description="Any member, over what the desk shows them. Every word typed must be found (under its "
        "English or French stem); ranked by BM25 as matching ranks. Paginated (`page`, `page_size`).",
        parameters=[serializers.SearchQuerySerializer],
        responses={200: serializers.SearchResultSerializer(many=True), **errors(400, 401, 403)},
        tags=["search"],
    )
    def get(self, request):
        query = serializers.SearchQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        found = search.search(
            request.user,
            query.validated_data["q"],
            kind=query.validated_data.get("kind", ""),
            status=query.validated_data.get("status", ""),
        )
        paginator = QueuePagination()
        page = search.with_snippets(paginator.paginate_queryset(found, request, view=self), query.validated_data["q"])
        data = serializers.SearchResultSerializer(page, many=True, context={"request": request}).data
        return paginator.get_paginated_response(data)
