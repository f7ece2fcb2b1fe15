from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from publishing.claimreview import date_modified, rating_name
from publishing.selectors import live_publications
from publishing.views import FEED_SIZE


class FactcheckAtomFeed(Feed):
    feed_type = Atom1Feed

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

    def item_author_name(self):
        return settings.FACTCHECK_ORGANISATION_NAME
