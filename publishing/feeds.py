from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from publishing.claimreview import byline, date_modified, rating_name
from publishing.selectors import live_publications
from publishing.views import FEED_SIZE


class PlainTextSummaryAtomFeed(Atom1Feed):
    """Atom with `<summary type="text">`: Django's declares it HTML, so a reader would render
    markup planted in a verdict's summary."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, {**item, "description": None})
        if item["description"] is not None:
            handler.addQuickElement("summary", item["description"], {"type": "text"})


class FactcheckAtomFeed(Feed):
    feed_type = PlainTextSummaryAtomFeed

    def title(self):
        return settings.FACTCHECK_ORGANISATION_NAME

    def subtitle(self):
        return f"{settings.FACTCHECK_ORGANISATION_NAME}: fact-checks"

    def link(self):
        return reverse("publishing:list")

    def items(self):
        return live_publications()[:FEED_SIZE]

    def item_title(self, publication):
        return publication.claim.text

    def item_description(self, publication):
        return f"{rating_name(publication.verdict.rating, publication.language)}. {publication.verdict.summary}"

    def item_pubdate(self, publication):
        return publication.published_at

    def item_updateddate(self, publication):
        return date_modified(publication) or publication.published_at

    def item_author_name(self, publication):
        """The fact-checker when they agreed to be named, otherwise the organisation."""
        return byline(publication).get("author") or settings.FACTCHECK_ORGANISATION_NAME
