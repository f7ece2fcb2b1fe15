import pytest
from django.core.cache import cache
from rest_framework.test import APIClient

from factcheck.tokens import token_issue


@pytest.fixture(autouse=True)
def empty_cache():
    """Throttle counts live in the cache; one test's sign-ins must not throttle the next."""
    cache.clear()
    yield
    cache.clear()


def client_for(user=None) -> APIClient:
    """A client signed in with the user's API token, or anonymous for None."""
    client = APIClient()
    if user is not None:
        client.credentials(HTTP_AUTHORIZATION=f"Token {token_issue(user)[1]}")
    return client


@pytest.fixture
def api_as():
    return client_for


@pytest.fixture
def api_client_anonymous():
    return APIClient()
