"""The cue word lists of the check-worthiness features (features.cue_features): French and English phrases of one to
three tokens, each naming the cue it signals. The model learns each cue's weight on English; the same cue fires on the
French equivalent ("according to" / "selon")."""

import re

TOKEN = re.compile(r"[^\W\d_]+|\d+(?:[.,\u00a0\u202f ]\d+)*")


def _cues(**groups: str) -> dict[str, str]:
    """Phrase (1 to 3 lower-case tokens) -> cue name, from whitespace-separated lists where "_" joins words.

    Phrases are split into tokens as sentences are, so that "d’après" is looked up as the tokens "d après".
    """
    return {
        " ".join(TOKEN.findall(phrase.replace("_", " "))): name
        for name, phrases in groups.items()
        for phrase in phrases.split()
    }


CUES = _cues(
    number_word="""
        million millions billion billions trillion thousand thousands hundred hundreds dozen dozens half twice
        percent percentage per_cent one_third two_thirds quarter double doubled tripled
        milliard milliards millier milliers centaines dizaines moitié pourcent pour_cent tiers quart deux_fois
        dizaine douzaine quinzaine vingtaine trentaine quarantaine cinquantaine soixantaine centaine plusieurs
        two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
        eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
        deux trois quatre cinq sept huit neuf dix onze douze treize quatorze quinze seize vingt trente quarante
        cinquante soixante cent cents mille
    """,
    attribution="""
        said says say told reported reports according_to announced announces stated states confirmed confirms
        admitted acknowledged added adds explained claimed claims declared testified wrote warned insisted noted
        estimated estimates revealed showed shows found finds concluded denied denies
        selon d’après d'après déclare déclaré a_déclaré affirme affirmé a_affirmé reconnu a_reconnu reconnaît rapporte
        rapporté indique indiqué annonce annoncé précise précisé ajoute ajouté explique expliqué souligne souligné
        confirme confirmé assure assuré révèle révélé estime estimé dit a_dit déclarent affirment rapportent
        indiquent annoncent montre montrent montré démenti dément nié nie
    """,
    organisation="""
        department ministry agency office bureau commission committee council institute university government
        administration court police army bank company report study survey data statistics census poll
        ministère ministre agence institut université gouvernement commission comité conseil tribunal cour
        banque entreprise rapport étude enquête sondage données statistiques recensement porte_parole spokesman
        spokeswoman spokesperson kremlin journal
    """,
    # « supérieur / inférieur à », « en dessous de » compare as "more / less than" do; « au-dessus de » is left out, as
    # often a place (« au-dessus de la ville ») as a level; « supérieur » alone is a rank (« enseignement supérieur »).
    comparison="""
        more_than less_than fewer_than most least largest biggest highest lowest smallest worst best record
        increase increased increases rose rise risen fell fall fallen decline declined drop dropped grew growth
        compared than_any since_the first_time
        plus_de moins_de le_plus la_plus les_plus plus_que moins_que hausse baisse record augmenté augmentation
        diminué diminution progressé recul reculé chuté croissance premier première jamais depuis
        plus_nombreux plus_nombreuses moins_nombreux moins_nombreuses
        supérieur_à supérieure_à supérieurs_à supérieures_à supérieur_au supérieure_au supérieurs_au supérieures_au
        supérieur_aux supérieure_aux supérieurs_aux supérieures_aux inférieur_à inférieure_à inférieurs_à
        inférieures_à inférieur_au inférieure_au inférieurs_au inférieures_au inférieur_aux inférieure_aux
        inférieurs_aux inférieures_aux en_dessous_de
    """,
    causal="""
        because due_to caused causes cause led_to leads_to result as_a_result therefore thanks_to so_that
        parce_que à_cause en_raison grâce_à entraîné entraîne provoqué provoque causé cause conséquence donc
    """,
    hedged="""
        may might could would perhaps possibly probably likely unlikely seems seem appears appear suggest suggests
        suggested unclear uncertain maybe if whether
        many_experts some_say critics_say remains_unclear to_be_determined
        pourrait pourraient peut_être semble semblent probablement sans_doute risque possible éventuel éventuelle
        incertain incertaine suggéré suggère si hypothèse
    """,
    opinion="""
        think believe feel should must ought need_to needs_to want wish good bad great terrible wonderful wrong
        important clearly obviously unfortunately fortunately shame ridiculous disgrace outrageous proud deserve
        pense crois sens il_faut faut doit doivent devrait devraient important importante essentiel essentielle
        grave inacceptable scandaleux regrettable malheureusement heureusement
        fier fière mérite
    """,
    first_singular="i me my mine myself i’m i'm je j me moi mon ma mes",
    first_plural="we us our ours ourselves nous notre nos",
    second_person="you your yours vous votre vos tu ton ta tes",
    vague_reference="this that it these those cela ceci ça cette ces cet ce_qui ce_que",
    politeness="""
        thank thanks thank_you merci let_me let’s let's allow_me bravo applause
        bonsoir bienvenue hello good_evening good_morning
    """,
    temporal="""
        since ago yesterday last_year last_week this_year in_the_past until_now already
        depuis hier jusqu’à_présent jusqu'à_présent déjà an_dernier année_dernière mois_dernier semaine_dernière
    """,
    # What is still to happen cannot be checked: schedules, announcements, plans, forecasts of what is likely
    # ("likely that the Fed would", « il est probable que »). The French simple future is found by its ending (see
    # FRENCH_FUTURE).
    future="""
        will shall ll going_to tomorrow upcoming scheduled next_week next_month next_year next_season next_weekend
        next_spring next_summer next_autumn next_winter expected_to plans_to plan_to planning_to intends_to aims_to
        set_to set_for due_to_be go_on_sale likely_that unlikely_that
        demain prochain prochaine prochains prochaines à_venir ira iront d’ici d'ici prévu_pour prévue_pour
        prévus_pour est_prévu est_prévue sont_prévus sont_prévues est_attendu est_attendue sont_attendus
        apprête apprêtent s’apprête s'apprête probable_que
    """,
    # Reported fears, hopes, wishes and expectations: a state of mind about what may come, not a fact.
    prospect="""
        fear fears feared fearing worry worries worried hope hopes hoped hoping hopeful wish wishes wants
        expect expects expecting anticipate anticipates
        craint craignent craindre crainte craintes redoute redoutent redouter espère espèrent espérer espoir
        espoirs souhaite souhaiter veut veulent inquiète inquiètent inquiets inquiètes s_attendent
        s’attendent s'attendent s_attend
    """,
    # Appeals and instructions: what someone is asked to do, which no one can check. The passive in the singular and
    # the plural ("anyone who sees it is asked to", "residents are urged to"), as « est invité » and « sont invités ».
    appeal="""
        urge urges calls_on called_on call_on is_urged are_urged is_asked are_asked is_necessary is_essential
        exhorte exhortent il_est_demandé est_demandé sont_invités est_invité invite invitent
        est_nécessaire sont_nécessaires est_indispensable
    """,
    # A rule in force ("sont interdits de 10h à 20h", "is banned"): a fact that can be checked against the text of the
    # rule. The model weighs it like any cue; the held-back rules also count it as a fact for the cue-only model (see
    # states_no_fact).
    rule="""
        banned prohibited forbidden mandatory compulsory illegal
        interdit interdite interdits interdites obligatoire obligatoires illégal illégale illégaux
    """,
    # An allegation states an act as the police, a prosecutor or a complainant tells it ("allegedly punched", "is
    # alleged to have imported", "it is further alleged that"): crime and court copy's way of reporting an event not yet
    # proven, which a desk checks like one reported as done. English only: French copy marks it by the conditional.
    allegation="allegedly alleged alleges allegation allegations",
    # Verbs that report a judgement rather than a fact: "denounced", "hailed", "called it a".
    evaluative="""
        condemned condemns criticised criticized criticises criticizes praised praises welcomed welcomes hailed
        slammed denounced denounces lamented deplored decried described_as called_the called_it
        dénoncé dénonce dénoncent dénoncer fustigé fustige fustigent qualifié qualifie qualifient salué salue
        saluent félicité félicite regretté regrette déploré déplore critiqué
    """,
)
