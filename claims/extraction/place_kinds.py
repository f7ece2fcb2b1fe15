"""Names that end with the kind of place or firm they name: "Judge Street", "President Hotel", "General Hospital",
"General Motors". Their first word may be a title's ("General", "President", "Judge"), but no one holds it: a
person's surname is no such word, so a later "the general said" or "the president said" is never theirs."""

import re

# The kinds of place and building a name ends with, and the trade words of firms' names (a firm's legal form is one
# of names.py's organisation endings). Kinds that are also common surnames ("Park", "Hall", "Mills", "Church") are
# left out: "President Park" is a person.
_PLACE_OR_FIRM_KINDS = frozenset(
    re.findall(
        r"\S+",
        """
        street road avenue drive boulevard square place bridge hotel motel inn hospital clinic airport station stadium
        arena centre center court building school college cathedral mall market
        motors electric dynamics industries airlines airways foods insurance pharmaceuticals
        """,
    )
)


def names_a_place_or_firm(name: str) -> bool:
    """Whether a capitalised name ends with the kind of place or firm it is ("Judge Street", "General Motors")."""
    return name.rpartition(" ")[2].lower() in _PLACE_OR_FIRM_KINDS
