"""What French names after "selon" / "d'après" when it is a source the tracker does not know: an organisation written
in lower case with its acronym ("selon le centre opérationnel d'incendie et de secours (CODIS)"), what the source is
then its name ("selon le site de suivi des vols FlightAware"), and the people who speak as one for a service or an
event ("selon les pompiers", "selon les organisateurs")."""

import re

from claims.extraction.names import NAME, with_determiner
from claims.extraction.patterns import SPACE

# What an organisation publishes ("selon les chiffres du gouvernement"), not who it has ("les habitants du quartier").
PUBLISHED = frozenset(
    re.findall(
        r"\S+",
        "chiffres données statistiques estimations estimation calculs bilan bilans rapport rapports étude enquête "
        "décompte comptage relevés résultats sondage recensement pointage bulletin communiqué note",
    )
)
# What a name is, then the name: "selon le site de suivi des vols FlightAware", "selon le cabinet Occurrence".
DESCRIBED_NAME = re.compile(
    rf"(?i:le|la|les|l[’'])[ \u00a0]*(?:(?-i:[a-zà-öø-ÿ][\w’'‑-]*){SPACE}){{1,5}}?"
    r"(?<!\bde )(?<!\bdu )(?<!\bdes )(?<!\bla )(?<!\ble )"
    rf"(?P<name>{NAME})(?=[ \u00a0]*(?:[,;.:!?()]|$))"
)
# An organisation written in lower case with its acronym after it: "selon le centre opérationnel d'incendie et de
# secours (CODIS)", "selon le haut commissariat au plan (HCP)"; the name is the words before the acronym.
_LOWER_CASE_NAME_WITH_ACRONYM = re.compile(
    rf"(?P<det>(?:les|le|la)(?=[ \u00a0])|l[’'])[ \u00a0]*(?P<name>[a-zà-öø-ÿ][\w’'‑-]*(?:{SPACE}[\w’'‑-]+){{0,8}}?)"
    r"[ \u00a0]*\((?P<acronym>[A-Z][A-Za-z&]{1,9})\)"
)
# People who speak as one for a service or an event, and whom news copy cites as such: "selon les pompiers", "d'après
# les secours", "selon les organisateurs". Only where the noun phrase ends there: "selon les pompiers de la caserne X"
# is the caserne's, and "selon les organisateurs du festival" the tracker's.
_COLLECTIVE_SOURCE = re.compile(
    r"(?P<source>(?i:les)[ \u00a0]+(?i:sapeurs[-‑]pompiers|pompiers|secours|secouristes|sauveteurs|organisateurs"
    r"|enquêteurs))(?=[ \u00a0]*(?:[,;.:!?()]|$))"
)


def named_with_acronym(sentence: str, start: int) -> str:
    """The organisation after "selon" that the sentence names in lower case with its acronym, or "": the acronym
    opens with the name's first letter, and the name is no document ("selon les données de l'Institut (INS)")."""
    found = _LOWER_CASE_NAME_WITH_ACRONYM.match(sentence, start)
    if not found or found["acronym"][0].lower() != found["name"][0].lower():
        return ""
    if PUBLISHED & set(found["name"].lower().split()):
        return ""
    return with_determiner(found["det"], found["name"])


def collective_source(sentence: str, start: int) -> str:
    """The people who speak as one that "selon" at `start` cites ("les pompiers"), or ""."""
    found = _COLLECTIVE_SOURCE.match(sentence, start)
    return found["source"] if found else ""
