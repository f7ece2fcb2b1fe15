"""The API's sign-ins count against the same limits as the desk's and the admin's forms, keyed
on the client address computed once (factcheck.security), never on a raw X-Forwarded-For."""

from rest_framework.throttling import BaseThrottle

from factcheck.security import login_attempt_wait


class SignInThrottle(BaseThrottle):
    def allow_request(self, request, view):
        username = request.data.get("username", "") if isinstance(request.data, dict) else ""
        self.seconds_to_wait = login_attempt_wait(request, username if isinstance(username, str) else "")
        return self.seconds_to_wait is None

    def wait(self):
        return self.seconds_to_wait
