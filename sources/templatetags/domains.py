from django import template

from sources.selectors import unicode_domain as _unicode_domain

register = template.Library()


@register.filter
def unicode_domain(domain: str) -> str:
    """A stored (IDNA-encoded) domain as people read it: xn--caf-dma.fr is café.fr."""
    return _unicode_domain(domain)
