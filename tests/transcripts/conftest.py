import pytest

from tests.api.conftest import client_for


@pytest.fixture
def api_as():
    return client_for
