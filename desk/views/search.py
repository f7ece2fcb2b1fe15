from django.core.paginator import Paginator
from django.shortcuts import render

from desk.access import member_required
from desk.forms import SearchForm
from publishing import search as desk_search

PAGE_SIZE = 20


@member_required
def search(request):
    """The header's search box: claims, documents, published and imported fact-checks."""
    form = SearchForm(request.GET or None)
    page, query = None, ""
    if form.is_valid():
        found = desk_search.search(
            request.user, form.cleaned_data["q"], kind=form.cleaned_data["kind"], status=form.cleaned_data["status"]
        )
        page = Paginator(found, PAGE_SIZE).get_page(request.GET.get("page"))
        desk_search.with_snippets(page.object_list, form.cleaned_data["q"])
        params = request.GET.copy()
        params.pop("page", None)
        query = params.urlencode()
    return render(request, "desk/search.html", {"form": form, "page": page, "query": query})
