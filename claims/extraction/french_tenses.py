"""French verb forms that the cue features read from word endings or set phrases rather than from word lists: the
simple future, the conditional and the "ago" of "il y a".
"""

import re

# The French simple future ("présentera", "se tiendront", "n'aura"): a lower-case word ending in -ra or -ront, bar a
# few nouns; after an apostrophe only that of "n'", "s'", "m'" or "t'", which come before verbs, never before nouns.
FRENCH_FUTURE = re.compile(
    r"(?:(?<![\w'’])|(?<=\b[nsmtNSMT]['’]))"
    r"(?!(?:extra|caméra|opéra|ultra|front|affront|mantra|cobra|contra|hydra|tiara)\b)"
    r"[a-zà-öø-ÿ]{2,}r(?:a|ont)\b"
)

# The French conditional ("l'emporterait", "seraient", "aurait"): a reported estimate, a rumour or a hypothesis, which
# French news copy marks by the mood rather than by a word ("Macron l'emporterait avec 24 %" is not a result). Its
# endings: the infinitive of -er and -re verbs and the irregular stems, then -ait or -aient ("terminerait",
# "prendrait", "pourrait", "serait"); an imperfect such as "espérait", "montrait" or "ouvrait" does not match.
FRENCH_CONDITIONAL = re.compile(
    r"(?<!\w)(?![a-zà-öø-ÿ]*ouvr(?:ait|aient)\b)"
    r"(?:[a-zà-öø-ÿ]+(?:er|dr|ttr|uir|vr|rr)|aur|ser|ir|dir|lir|saur)(?:ait|aient)\b"
)

# "il y a" before a length of time is the French "ago" ("inaugurée il y a un an"); before anything else it is "there
# is", which dates nothing.
FRENCH_AGO = re.compile(
    r"\bil y a\s+(?:[\w’'-]+\s+){0,3}?(?:ans?|années?|mois|semaines?|jours?|heures?|minutes|siècles?|décennies?)\b"
)
