"""The words attribution reads: reporting verbs, days, titles, documents and news media, in English and French.

The verbs are the ordinary reporting verbs of news copy in each language (a speaker "said", "stressed", "argued";
« a rappelé », « souligne », « poursuit », « conclut »), not words picked from any page; verbs of judgement are read in
both languages (« dénonce », « déplore »; "condemned", "deplored"): their subject is the sentence's source.
"""

from claims.extraction.patterns import prefix_tree

VERBS_EN = """
    said says say told tells reported reports announced announces stated states confirmed confirms acknowledged
    admitted accepted accepts added adds explained explains claimed claims declared wrote writes warned warns noted
    notes insisted insists estimated estimates testified showed shows show
    stressed stresses argued argues recalled recalls asserted asserts disclosed discloses revealed reveals denied
    denies replied replies responded responds emphasised emphasises emphasized emphasizes conceded concedes
    reiterated reiterates tweeted tweets alleged alleges mentioned mentions
    condemned condemns denounced denounces deplored deplores regretted regrets accused accuses
    acknowledges admits advised advises commented comments contended contends declares described describes
    indicated indicates maintained maintains observed observes remarked remarks suggested suggests testifies written
    highlighted highlights blamed blames recorded
"""
# The same verbs opening a clause whose subject is the sentence's ("The mayor toured the site, saying …", "…, warning").
PARTICIPLES_EN = """
    saying adding noting insisting claiming stating telling explaining warning arguing stressing acknowledging
    admitting asserting confirming announcing declaring disclosing revealing emphasising emphasizing estimating
    conceding recalling reiterating highlighting blaming advising accusing
"""
PARTICIPLES_FR = """
    déclaré reconnu affirmé indiqué annoncé précisé ajouté expliqué souligné confirmé assuré révélé estimé dit
    rapporté admis averti insisté écrit martelé démenti prévenu
    rappelé signalé relevé détaillé raconté confié témoigné constaté répondu poursuivi conclu soutenu concédé
    nié dénoncé déploré regretté reproché accusé communiqué répété mentionné commenté
"""
VERBS_FR = """
    déclare reconnaît reconnait affirme indique annonce précise ajoute explique souligne confirme assure révèle
    estime rapporte dit écrit martèle prévient déclarent affirment rapportent indiquent annoncent estiment confirment
    rappelle signale relève détaille raconte confie témoigne constate répond poursuit conclut soutient insiste admet
    dément nie rappellent signalent soulignent expliquent précisent ajoutent assurent reconnaissent
    dénonce déplore regrette reproche accuse dénoncent déplorent regrettent reprochent accusent communique répète
    mentionne mentionnent commente commentent
"""
# The other tenses of the same verbs ("qui annonçait", "déclara", "précisaient"): the imperfect and the simple past,
# made from the participle for the verbs in -er and written out for the others ("admit" left out: it is English).
_IRREGULAR_TENSES_FR = """
    reconnaissait reconnaissaient reconnut reconnurent disait disaient écrivait écrivaient écrivit écrivirent admettait
    admettaient admirent avertissait avertissaient avertit avertirent prévenait prévenaient prévint prévinrent
    répondait répondaient répondit répondirent poursuivait poursuivaient poursuivit poursuivirent concluait concluaient
    conclurent soutenait soutenaient soutint soutinrent démentait démentaient démentit démentirent
"""


def _tenses_of_er_verbs(participles: str) -> str:
    forms = []
    for participle in participles.split():
        if participle.endswith("é"):
            stem = participle[:-1]
            before_a = stem[:-1] + "ç" if stem.endswith("c") else stem  # "annonçait", "dénonça"
            forms += [before_a + "ait", before_a + "aient", before_a + "a", stem + "èrent"]
    return " ".join(forms)


VERBS_FR += _tenses_of_er_verbs(PARTICIPLES_FR) + _IRREGULAR_TENSES_FR
# Adverbs that may stand between the auxiliary and the participle: "a également précisé", "avait alors conclu".
ADVERBS_FR = "alors aussi également notamment encore déjà toutefois cependant pourtant ensuite enfin récemment même"
# Reporting verbs French writes in two words, in any tense: "a fait savoir que", "faisait part de". "Part" reports
# only before "de" (never "fait partie des"), which a short listener may precede: "fait part à ses proches de".
_LISTENER_FR = r"(?:[ \u00a0]+(?:à|au|aux)(?:[ \u00a0]+[\w’'‑-]+){1,3}?)?"
PHRASES_FR = (
    rf"(?:(?:a|ont|avait|avaient)[ \u00a0]+(?:(?:{prefix_tree(ADVERBS_FR)})[ \u00a0]+)?)?"
    rf"(?:fait|faisait|faisaient|font|fit)[ \u00a0]+(?:(?:{prefix_tree(ADVERBS_FR)})[ \u00a0]+)?"
    rf"(?:savoir|part(?={_LISTENER_FR}(?:[ \u00a0]+d(?:e|u|es)?(?![\w’'])|[ \u00a0]+d[’'])))"
)
# "Noter" reports only before what is noted ("la préfecture note que", "a noté qu'") or inverted after it, before its
# subject ("…, note l'Insee, …"): "on note une hausse", "la note de synthèse" report nothing, nor "ne note que" (only).
NOTING_FR = (
    rf"(?:(?:(?:a|ont|avait|avaient)[ \u00a0]+(?:(?:{prefix_tree(ADVERBS_FR)})[ \u00a0]+)?noté"
    r"|(?<![nN]e[ \u00a0])(?:note|notent|notait|notaient))(?=[ \u00a0]+qu(?:e(?![\w’'])|[’']))"
    r"|(?<=,[ \u00a0])note(?=[ \u00a0]+(?:l[’']|(?:le|la|les)[ \u00a0])))"
)
# What may stand between an inverted verb and its speaker ("a annoncé jeudi l'Insee", "said on Tuesday").
DAYS = (
    "monday tuesday wednesday thursday friday saturday sunday yesterday today "
    "lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd’hui aujourd'hui"
)
DOCUMENTS = "communiqué texte rapport document note statement report release"
# A court's documents speak for themselves ("according to the summons", "the indictment alleges"), where a statement or
# a report is the last organisation's.
COURT_DOCUMENTS = "summons indictment lawsuit affidavit"
TITLES = """
    president prime minister secretary chancellor speaker mayor governor senator judge chief spokesman spokeswoman
    spokesperson sir dame lord lady mr mrs ms dr prof cllr councillor rep sen gov gen general leader chair chairman
    chairwoman director commissioner ambassador head constable superintendent inspector sergeant detective commander
    premier executive datuk dato datin seri captain corporal sheriff attorney headteacher deputy recorder magistrate
    professor hon officer
    président présidente ministre maire porte-parole porte‑parole secrétaire m mme mlle monsieur madame directeur
    directrice préfet préfète procureur procureure député députée sénateur sénatrice ambassadeur gouverneur gouverneure
    chef cheffe colonel colonel-major lieutenant-colonel général générale commandant commandante capitaine commissaire
"""
MEDIA = {
    name.lower(): name
    for name in (
        "The New York Times",
        "The Washington Post",
        "The Guardian",
        "The Economist",
        "The Times",
        "Financial Times",
        "Le Monde",
        "Le Figaro",
        "Libération",
        "Les Échos",
        "Le Parisien",
        "Reuters",
        "Bloomberg",
        "Associated Press",
        "Agence France-Presse",
        "AFP",
        "BBC",
        "CNN",
        "Politico",
        "Axios",
    )
}
