"""One rule for what a domain is: the admin's source form, the API and the services read a domain alike."""

import pytest
from rest_framework.exceptions import ValidationError

from api.serializers import DomainField
from reviews.admin import SourceDomainForm
from sources.selectors import normalise_domain

TYPED = [
    "münchen.de",
    "www.MÜNCHEN.de.",
    "économie.gouv.fr",
    "https://www.économie.gouv.fr/budget",
    "Example.ORG",
    "not a domain",
    "-bad.example",
    "a..example",
    "exa_mple.org",
]


def read_by_the_api(typed: str) -> str:
    try:
        return DomainField(max_length=253).run_validation(typed)
    except ValidationError:
        return ""


def read_by_the_form(typed: str) -> str:
    form = SourceDomainForm(data={"domain": typed})
    return form.cleaned_data["domain"] if form.is_valid() else ""


@pytest.mark.django_db
@pytest.mark.parametrize("typed", TYPED)
def test_the_source_form_and_the_api_read_a_domain_as_the_services_do(typed):
    registered = normalise_domain(typed)

    assert read_by_the_form(typed) == registered
    assert read_by_the_api(typed) == registered
