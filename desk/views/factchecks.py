from django.shortcuts import get_object_or_404, render

from desk.access import member_required
from publishing import repeats
from publishing.claimreview import http_url
from publishing.models import ExternalFactCheck


@member_required
def imported_factcheck(request, pk):
    """An imported fact-check as the desk knows it: what it rated, and where the claim came back."""
    factcheck = get_object_or_404(ExternalFactCheck, pk=pk)
    context = {
        "factcheck": factcheck,
        "link": http_url(factcheck.url),
        "repeats": repeats.repeats_of(factcheck)[: repeats.LISTED],
    }
    return render(request, "desk/imported_factcheck.html", context)
