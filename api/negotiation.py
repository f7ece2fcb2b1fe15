from rest_framework.negotiation import DefaultContentNegotiation


class ErrorsInJson(DefaultContentNegotiation):
    """For endpoints whose success the view builds itself: a download, a CSV, JSON-LD.

    That answer bypasses DRF's renderers, so whatever the client accepts (`text/csv`,
    `application/pdf`), the renderer chosen here only ever writes an error, in JSON,
    rather than refusing the request with 406.
    """

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type
