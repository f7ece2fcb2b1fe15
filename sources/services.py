"""Writes that belong to the registry alone: its history, and the domains it accepts.

Changes made by people go through reviews.services.registry, which checks their role and
carries each change over to the evidence and claims it affects.
"""

from django.utils.translation import gettext as _

from factcheck.errors import Refused
from sources.models import Source, SourceDomain, SourceEvent
from sources.selectors import is_public_suffix, normalise_domain


def source_event(source: Source, kind: str, *, actor, old_value="", new_value="", details=None) -> SourceEvent:
    """Append to a Source's history."""
    return SourceEvent.objects.create(
        source=source,
        source_name=source.name,
        kind=kind,
        old_value=old_value,
        new_value=new_value,
        details=details or {},
        actor=actor,
    )


def public_suffix_refusal(domain: str) -> str:
    return _(
        "%(domain)s is a public suffix: anyone can register a site under it, so no one source covers it; "
        "register the site's own domain (e.g. example.%(domain)s)"
    ) % {"domain": domain}


def domains_cleaned(domains: list[str], source: Source | None) -> list[str]:
    """`domains` normalised (see normalise_domain) and without repeats; Refused when one is not a
    domain name or already belongs to another Source than `source`."""
    not_domains = [domain for domain in domains if not normalise_domain(domain)]
    if not_domains:
        raise Refused([_("%(value)s is not a domain name") % {"value": value} for value in not_domains])
    domains = list(dict.fromkeys(normalise_domain(domain) for domain in domains))
    public = [domain for domain in domains if is_public_suffix(domain)]
    if public:
        raise Refused([public_suffix_refusal(domain) for domain in public])
    if domains:
        taken = SourceDomain.objects.filter(domain__in=domains).select_related("source")
        if source is not None and source.pk is not None:
            taken = taken.exclude(source=source)
        refusals = [
            _("%(domain)s already belongs to %(source)s") % {"domain": row.domain, "source": row.source.name}
            for row in taken
        ]
        if refusals:
            raise Refused(refusals)
    return domains
