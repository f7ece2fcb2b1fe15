# The loopback page server and the no-network guards of the intake tests serve here too:
# archiving evidence fetches pages the same safe way.
from tests.intake.conftest import fake_dns, local_server, stay_on_loopback  # noqa: F401
