from rest_framework.negotiation import DefaultContentNegotiation


class FileOrJsonError(DefaultContentNegotiation):
    """For endpoints that answer with a file the view builds itself (a download, a CSV).

    Their success bypasses DRF's renderers, so whatever the client accepts (`text/csv`,
    `application/pdf`), the renderer chosen here only ever writes an error, in JSON,
    rather than refusing the request with 406.
    """

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type
