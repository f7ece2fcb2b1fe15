"""A live blog's lead-in that announces what follows on the same line ("here's a quick summary …:", « voici … : ») is
the page speaking of itself: the sentence after its colon is the claim (#16, eighth pass). Sentences written for these
tests, in no held-out file."""

from claims.extraction import extract


def claims_of(text: str, language: str) -> list[str]:
    return [claim.text for claim in extract(text, language=language).claims]


def test_a_live_blog_lead_in_is_not_part_of_the_claim_after_its_colon():
    english = (
        "That's all from us tonight, and here's a quick summary of the day in Wales: "
        "The number of patients waiting for hip operations in Cardiff rose by 2,000 in March."
    )
    assert claims_of(english, "en") == [
        "The number of patients waiting for hip operations in Cardiff rose by 2,000 in March."
    ]
    french = (
        "Voici ce qu'il faut retenir de la journée : "
        "Le nombre de patients en attente d'une opération à Rennes a augmenté de 2 000 en mars."
    )
    assert claims_of(french, "fr") == [
        "Le nombre de patients en attente d'une opération à Rennes a augmenté de 2 000 en mars."
    ]


def test_a_quotation_after_a_lead_in_keeps_the_speaker_named_before_it():
    text = "Here is what the health minister, Eluned Morgan, said: “We closed three wards in Cardiff in 2023.”"
    claims = extract(text, language="en").claims
    assert [claim.text for claim in claims] == [text]
    assert claims[0].speaker == "Eluned Morgan"
