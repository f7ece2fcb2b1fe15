import pytest
from django.test import Client

HTMX = {"HTTP_HX_REQUEST": "true"}


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def checker_client(fact_checker):
    return signed_in(fact_checker)


@pytest.fixture
def editor_client(editor):
    return signed_in(editor)


@pytest.fixture
def outsider_client(outsider):
    return signed_in(outsider)
