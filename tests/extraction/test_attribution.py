import pytest

from claims.extraction.attribution import SpeakerTracker
from claims.extraction.speakers import speakers_of


def _speakers(*sentences: str) -> list[str]:
    tracker = SpeakerTracker()
    return [tracker.speaker_of(sentence) for sentence in sentences]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The unemployment rate fell to 3.5 percent in 2019, the Labor Department said.", "the Labor Department"),
        ("The Wall Street Journal reported that the talks had stalled.", "Wall Street Journal"),
        ("Le Wall Street Journal rapporte que les négociations sont bloquées.", "Wall Street Journal"),
        ("According to the Labor Department, 200,000 jobs were added.", "the Labor Department"),
        ("Selon le ministère de la Santé, 1 200 lits ont été ouverts.", "le ministère de la Santé"),
        ("« Nous allons ouvrir 300 lits », a déclaré Olivier Véran mardi.", "Olivier Véran"),
        ("Olivier Véran a affirmé que 300 lits seraient ouverts.", "Olivier Véran"),
        ("Dmitri Peskov, the Kremlin spokesman, said the talks had failed.", "Dmitri Peskov"),
        ('"We will not raise taxes," said Jane Doe, the finance minister.', "Jane Doe"),
    ],
)
def test_it_names_the_speaker_of_an_attribution(sentence, speaker):
    assert _speakers(sentence) == [speaker]


def test_french_pronouns_point_back_to_the_last_named_speaker():
    assert (
        _speakers(
            "Le porte‑parole du Kremlin, Dmitri Peskov, a reconnu que les livraisons continuent.",
            "Selon lui, l’infrastructure est mobilisée.",
            "Il ajoute que toute « l’infrastructure » est utilisée.",
        )
        == ["Dmitri Peskov"] * 3
    )


def test_english_pronouns_point_back_to_the_last_named_person_not_an_institution():
    assert _speakers(
        "Mayor Elena Ruiz said the project would cut traffic by 15 percent.",
        "The line will cost 480 million euros, according to the Transport Department.",
        "She added that the first trains would run in 2029.",
    ) == ["Elena Ruiz", "the Transport Department", "Elena Ruiz"]


def test_a_bare_quotation_is_given_to_the_speaker_just_named():
    assert _speakers(
        "Dmitri Peskov a reconnu que les livraisons continuent.",
        "« Les États‑Unis transmettent des renseignements » : c’est la position officielle du Kremlin.",
    ) == ["Dmitri Peskov", "Dmitri Peskov"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Inflation in France rose 2%, the ministry said.",
        "Many experts say the economy is slowing.",
        "Critics say the budget could rise further.",
        "Ils affirment que le budget a doublé.",
        "Pour la Russie, cette reconnaissance sert à justifier sa position selon laquelle l’Occident participe.",
    ],
)
def test_it_leaves_the_speaker_empty_rather_than_guess(sentence):
    assert _speakers(sentence) == [""]


def test_a_pronoun_without_a_named_person_before_it_has_no_speaker():
    assert _speakers("He said the budget had doubled.") == [""]


# Whole names, carried to later sentences that report the same speaker (#16). Sentences here are in no held-out page.


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Brazilian President Luiz Inácio Lula da Silva said 12 ministers had resigned.", "Luiz Inácio Lula da Silva"),
        ("Sir Keir Starmer confirmed that 40 schools had closed.", "Keir Starmer"),
        (
            "The outbreak killed 14 people, according to the Centers for Disease Control and Prevention.",
            "the Centers for Disease Control and Prevention",
        ),
        ("La préfecture indique que 40 communes sont concernées.", "la préfecture"),
        ("Marie Dubois, the mayor, told the BBC that the road had reopened.", "Marie Dubois"),
    ],
)
def test_it_names_the_whole_speaker_without_titles(sentence, speaker):
    assert _speakers(sentence) == [speaker]


def test_two_people_joined_by_and_are_no_single_speaker():
    assert _speakers("Emmanuel Macron and Olaf Scholz said the summit had failed.") == [""]


def test_a_shortened_name_or_a_bare_title_is_the_whole_name_given_before():
    assert (
        _speakers(
            "Finance minister Ana Lopes said the deficit reached 4.1% last year.",
            "Lopes said debt had risen by 12 billion euros.",
            "But a visibly tired Minister said that the target had been missed.",
        )
        == ["Ana Lopes"] * 3
    )


def test_the_agency_or_the_statement_stands_for_the_organisation_named_before():
    assert (
        _speakers(
            "Unemployment fell to 7.1%, according to the US Labor Department.",
            "According to the Labor Department, wages rose 0.3% in May.",
            "The agency said 180,000 jobs were added.",
            '"Hiring slowed in retail," the statement said.',
        )
        == ["the US Labor Department"] * 4
    )


def test_a_quotation_over_several_sentences_is_given_to_the_speaker_named_where_it_closes():
    from claims.extraction.speakers import speakers_of

    assert (
        speakers_of(
            [
                '"Les nappes sont à 40 % de leur niveau habituel.',
                'Le débit des rivières a baissé de moitié", précise la préfecture du Gard.',
            ]
        )
        == ["la préfecture du Gard"] * 2
    )


# Speakers in the constructions news copy uses most (#16); the sentences are in no held-out page.
@pytest.mark.parametrize(
    ("sentences", "speakers"),
    [
        (
            [
                "Retail sales rose 0.4% in March, the Commerce Department said.",
                "Sales fell in May, the department said.",
            ],
            ["the Commerce Department"] * 2,
        ),
        (["Le chômage a reculé de 0,2 point, a annoncé jeudi l'Insee."], ["l'Insee"]),
        (
            ["« Nous avons perdu 40 soldats », a déclaré mardi le ministre de la Défense, Paul Lemaire."],
            ["Paul Lemaire"],
        ),
        (["Le bilan s'élève à 12 morts, a indiqué à l'AFP le gouverneur de la province, Ali Hassan."], ["Ali Hassan"]),
        (
            ["Anne Morel a indiqué que 80 écoles avaient fermé.", "Selon la ministre, 12 000 élèves sont concernés."],
            ["Anne Morel"] * 2,
        ),
        (
            ["The Bureau of Labor Statistics said wages rose 3%.", "The agency said 150,000 jobs were added."],
            ["the Bureau of Labor Statistics"] * 2,
        ),
        (["The UN says 40,000 people have fled the region."], ["the UN"]),
        (
            [
                "Sir Ed Davey said 300 GP surgeries had closed.",
                "The Liberal Democrat leader said waiting lists had grown.",
            ],
            ["Ed Davey"] * 2,
        ),
    ],
)
def test_it_follows_the_speaker_through_common_news_constructions(sentences, speakers):
    assert _speakers(*sentences) == speakers


def test_a_month_before_an_unnamed_institution_is_no_speaker():
    assert _speakers("Exports fell 2% in December, the ministry said.") == [""]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The Commerce Department said on Friday that exports fell 3%.", "the Commerce Department"),
        ("The Environment Agency said 14 rivers were below normal.", "the Environment Agency"),
        ("Le ministère des Armées a indiqué que 40 soldats avaient été blessés.", "le ministère des Armées"),
        ("L’Insee indique que le chômage a reculé de 0,3 point.", "l’Insee"),
        (
            "Wages rose 2% last year, figures from the Office for National Statistics showed.",
            "the Office for National Statistics",
        ),
    ],
)
def test_an_organisation_named_at_the_start_of_a_sentence_is_named_whole_with_its_article(sentence, speaker):
    assert _speakers(sentence) == [speaker]


def test_a_statement_after_a_speaker_and_a_colon_is_that_speakers():
    from claims.extraction.speakers import speakers_of

    assert speakers_of(
        [
            "The health minister, Ana Lopes, told parliament:",
            "Waiting lists fell by 12% last year.",
            "The debate went on.",
        ]
    ) == ["Ana Lopes", "Ana Lopes", ""]


# Whole speakers in more constructions (#16, third pass); the sentences are in no held-out page.


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Jane Doe stressed that 40 schools had closed.", "Jane Doe"),
        ("« 300 lits ont fermé en deux ans », rappelle Paul Martin.", "Paul Martin"),
        ("« Le débit a baissé de moitié », poursuit le directeur de l'agence, Marc Petit.", "Marc Petit"),
    ],
)
def test_the_ordinary_reporting_verbs_of_news_name_the_speaker(sentence, speaker):
    assert _speakers(sentence) == [speaker]


def test_a_name_just_after_a_closing_quotation_and_before_an_apposition_is_the_speaker():
    from claims.extraction.speakers import speakers_of

    assert (
        speakers_of(
            ["“Rents rose 40% in two years.", "Nobody here can pay,” Maria Lopez, who runs a bakery, said on Monday."]
        )
        == ["Maria Lopez"] * 2
    )


def test_a_title_named_in_the_next_sentence_is_that_person():
    from claims.extraction.speakers import speakers_of

    assert (
        speakers_of(
            [
                "The head of the city’s fire service says 12 homes burned overnight.",
                "Anne Dubois says crews worked until dawn.",
            ]
        )
        == ["Anne Dubois"] * 2
    )


@pytest.mark.parametrize(
    ("sentences", "speakers"),
    [
        (
            ["Wages rose 2% last year, according to figures from the Office for National Statistics."],
            ["the Office for National Statistics"],
        ),
        (["Selon les derniers chiffres de l'Insee, le chômage a reculé de 0,2 point."], ["l'Insee"]),
        (["Selon un bilan du ministère de l'Intérieur, 40 routes ont été coupées."], ["le ministère de l'Intérieur"]),
        (
            [
                "L'incendie a détruit 300 hectares, selon un bilan transmis à l'AFP par le préfet du département.",
                "« Le feu est fixé », a précisé Luc Moreau.",
            ],
            ["Luc Moreau"] * 2,
        ),
    ],
)
def test_according_to_figures_or_a_report_from_a_source_names_that_source(sentences, speakers):
    from claims.extraction.speakers import speakers_of

    assert speakers_of(sentences) == speakers


# Speakers in more constructions (#16, fourth pass); the sentences are in no held-out page.


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Minister for Health Laura Green said waiting lists fell by 12%.", "Laura Green"),
        ("Plus tôt, le ministre de la Culture Paul Roy avait assuré que 30 musées avaient fermé.", "Paul Roy"),
    ],
)
def test_the_domain_of_a_title_is_not_part_of_the_name(sentence, speaker):
    assert _speakers(sentence) == [speaker]


def test_a_quotation_opened_after_a_speaker_is_that_speakers_until_it_closes():
    from claims.extraction.speakers import speakers_of

    assert speakers_of(
        ["Mayor Tom Reed said: “Rents rose 40% in two years.", "Fewer homes were built.”", "The debate went on."]
    ) == ["Tom Reed", "Tom Reed", ""]


def test_a_pronoun_after_an_opening_clause_is_the_last_person_named():
    from claims.extraction.speakers import speakers_of

    assert speakers_of(
        ["Sara Kim, the mayor, said the budget grew.", "Asked about the deficit, she said it fell by 3%."]
    ) == ["Sara Kim", "Sara Kim"]


def test_a_surname_alone_is_the_whole_name_the_page_gives_in_a_caption():
    from claims.extraction.speakers import speakers_of

    page = "Education Secretary Laura Kim\n\nKim says 40 schools closed last year."
    assert speakers_of(["Kim says 40 schools closed last year."], page) == ["Laura Kim"]


@pytest.mark.parametrize("name", ["Laura Kim", "Theresa May", "Leslie Stone"])
def test_a_first_name_beginning_like_an_article_is_still_a_person(name):
    from claims.extraction.attribution import is_person

    assert is_person(name)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The Transport Minister, Jane Holloway, says the Treasury has cut rail spending by 4%.", "Jane Holloway"),
        ("Le ministre des Transports, Paul Durand, a déclaré Lyon ville pilote du nouveau tramway.", "Paul Durand"),
    ],
)
def test_a_name_in_apposition_before_the_verb_is_the_subject_not_the_name_after_it(sentence, speaker):
    assert _speakers(sentence) == [speaker]


def test_letters_after_a_name_are_not_part_of_it():
    assert _speakers("Tom Ashworth MP said the county had lost 3,000 jobs since 2019.") == ["Tom Ashworth"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Le ministère de la santé a confirmé 14 nouveaux cas mardi soir.", "le ministère de la santé"),
        (
            "Le ministère de l’agriculture a annoncé 230 foyers de grippe aviaire en novembre.",
            "le ministère de l’agriculture",
        ),
        ("Près de 900 écoles ont fermé, a indiqué le ministère de l'éducation.", "le ministère de l'éducation"),
        ("The ministry of health said 52 patients were still in hospital.", "the ministry of health"),
        ("Exports fell by 3 percent in May, according to the department of commerce.", "the department of commerce"),
    ],
)
def test_an_institution_whose_domain_is_in_lower_case_is_named_whole(sentence, speaker):
    assert _speakers(sentence) == [speaker]


def test_a_pronoun_points_to_the_person_the_last_sentence_opened_with():
    assert _speakers(
        '"The plan is too costly," said Mary Jones, the opposition leader.',
        "Peter Walsh is considering a second complaint to the ombudsman.",
        "He says the council spent £40,000 on the first one.",
    ) == ["Mary Jones", "", "Peter Walsh"]


def test_a_title_before_a_name_met_earlier_opens_a_sentence_with_that_person():
    sentences = [
        "Claire Martin, une habitante du quartier, a déposé un recours en mars.",
        "« Le projet coûte trop cher », a déclaré le maire, Paul Leroy.",
        "Mme Martin attend toujours une réponse du tribunal.",
        "Elle affirme que 300 riverains ont signé sa pétition.",
    ]
    assert speakers_of(sentences, " ".join(sentences))[-1] == "Claire Martin"
