"""Session 12, frclaims12 (#16, claims on fresh pages): a table of results — rows of a label and a share, unpunctuated
like headlines — reaches the scorer and its rows are claims, in both languages; a headline ending on a share alone
stays a heading. Lines here are written for these tests and are in no held-out file."""

from claims.extraction import extract
from claims.extraction.cleaning import clean

FRENCH_RESULTS = (
    "Résultats du scrutin dans la circonscription\n"
    "Les bureaux de vote ont fermé à 20 heures et le dépouillement a commencé aussitôt.\n"
    "Claire Martin (Union des territoires) 51,2 % ÉLUE\n"
    "Paul Girard (Parti du progrès) 31,5 %\n"
    "Sophie Lenoir (Les Verts) 17,3 %\n"
)
ENGLISH_RESULTS = (
    "Waiting lists fall in every specialty\n"
    "The health board published its quarterly figures on Monday.\n"
    "Reduction by specialty\n"
    "Dermatology 38%\n"
    "Neurology 27%\n"
    "Vascular Surgery 12%\n"
)


def kept_lines(text: str) -> list[str]:
    return [text[block.start : block.end].strip() for block in clean(text).blocks]


def test_rows_of_a_french_results_table_reach_the_scorer():
    kept = kept_lines(FRENCH_RESULTS)
    assert "Claire Martin (Union des territoires) 51,2 % ÉLUE" in kept
    assert "Sophie Lenoir (Les Verts) 17,3 %" in kept


def test_rows_of_an_english_results_table_reach_the_scorer():
    kept = kept_lines(ENGLISH_RESULTS)
    assert {"Dermatology 38%", "Neurology 27%", "Vascular Surgery 12%"} <= set(kept)
    assert "Reduction by specialty" not in kept  # the table's own heading stays a heading


def test_rows_of_a_results_table_are_claims():
    french = [claim.text for claim in extract(FRENCH_RESULTS, language="fr").claims]
    english = [claim.text for claim in extract(ENGLISH_RESULTS, language="en").claims]
    assert "Paul Girard (Parti du progrès) 31,5 %" in french
    assert "Neurology 27%" in english


def test_a_lone_headline_ending_on_a_share_stays_a_heading():
    text = (
        "Le conseil adopte son budget\n"
        "Les impôts locaux augmentent de 4 %\n"
        "Le conseil municipal a adopté lundi soir un budget de 12 millions d'euros.\n"
    )
    assert "Les impôts locaux augmentent de 4 %" not in kept_lines(text)


def test_a_share_without_a_label_is_no_row():
    text = "Le sondage du jour\n45 %\n12 %\nLa participation a atteint 61 % à midi, selon la préfecture.\n"
    assert "45 %" not in kept_lines(text)


def test_a_tally_line_of_a_count_in_thousands_reaches_the_scorer():
    text = (
        "La tempête prive des milliers de foyers de courant\n"
        "Le gestionnaire du réseau a publié son décompte à 18 heures.\n"
        "Bretagne: 84.200\n"
        "– Le Finistère est le plus touché, avec 41.000 foyers coupés.\n"
        "Normandie : (au moins) 52.700\n"
    )
    kept = kept_lines(text)
    assert "Bretagne: 84.200" in kept
    assert "Normandie : (au moins) 52.700" in kept


def test_a_tally_line_with_what_it_counts_reaches_the_scorer():
    text = (
        "Crime in the city over three decades\n"
        "Background figures\n"
        "1990: 2,245 robberies; 6,118 burglaries\n"
        "The commissioner presented the figures at a news conference on Tuesday.\n"
    )
    assert "1990: 2,245 robberies; 6,118 burglaries" in kept_lines(text)


def test_a_counter_or_a_date_after_a_colon_stays_out():
    text = "Le conseil vote son budget\nVues : 2666\nPublié : 12 mars 2024\nLe conseil a voté le budget lundi.\n"
    kept = kept_lines(text)
    assert "Vues : 2666" not in kept
    assert "Publié : 12 mars 2024" not in kept
