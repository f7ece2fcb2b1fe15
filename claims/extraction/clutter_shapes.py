"""Shapes of page furniture, line by line: the patterns claims.extraction.cleaning compiles and applies."""

import re

# The formats of a downloadable file, as a download link names them before its size.
_FILE_FORMAT = r"(?:pdf|jpe?g|png|gif|docx?|xlsx?|od[ts]|pptx?|csv|zip|rtf|epub|mp[34]|wmv|avi)"

# A name as a credit line gives it: one to four capitalised words ("Jane Doe", "J. R. R. Tolkien").
_NAME = r"(?-i:[A-ZÀ-Þ][\w.’'-]*)(?:\s+(?-i:[A-ZÀ-Þ][\w.’'-]*)){0,3}"

# A person's full name: two or three capitalised words ("Jane Doe", "Anne-Marie Le Roux").
_FULL_NAME = r"(?-i:[A-ZÀ-Þ][\w’'-]+(?: [A-ZÀ-Þ][\w’'-]+){1,2})"

# Lines that are page furniture, whatever their position: reason -> alternatives.
CLUTTER_PATTERNS = {
    "read_more": (
        r"^(?:à|a)\s+lire\s+(?:aussi|également|egalement)",
        r"^lire\s+(?:aussi|la suite|plus)",
        # The link after a teaser, a sentence of its own: « Lire l'article. », « Lire la brève. », "Read the full
        # story."
        r"^(?:lire\s+(?:l['’]article|la brève)|read the (?:full )?(?:story|article))\s*\.?$",
        r"^read\s+(?:more|also|next)\b",
        r"^related\s*(?:articles|stories|coverage)?\s*:?$",
        r"^see also\b",
        r"^voir aussi\b",
        r"^sur le même sujet",
        r"^more (?:from|on|stories)\b",
        r"^most read\b",
        r"^les plus lus",
        r"^recommended\b",
        r"^(?:vous )?pourriez aussi aimer",
        r"^you (?:may|might) also like",
        r"^(?:autres|d’autres|d'autres|nos autres|plus d’|plus d')\s*"
        r"(?:articles|vidéos|videos|actualités|actus|infos)\s*:?$",
        r"^(?:other|more|latest|top|related|trending)\s+(?:videos|stories|articles|news|headlines)\s*:?$",
        r"^(?:dans la même (?:rubrique|thématique)|sur le même thème|à la une|les dernières (?:infos|actualités|vidéos)"
        r"|pour aller plus loin|recommandée?s? pour vous|further reading)\s*:?$",
        # A teaser for a video, a photo gallery or a podcast, headed by its kind: "VIDÉO. Les images de …".
        r"^(?:vidéo|video|diaporama|infographie|podcast|replay|en images)\s*[.:|]\s",
    ),
    "caption": (
        r"^(?:photo|image|illustration|crédit|credit|crédits|credits|source photo|légende|caption|photograph|picture)s?"
        r"\s*(?:[:/©]|by\b|par\b)",
        # A caption's credit, under the British tabloid label too, unspaced and capitalised ("… Jackson. PIC: Suffolk
        # Police."), so that « le pic : 3 000 cas » stays prose
        r"\b(?:photo|crédit|credit|(?-i:PIC|Pic)(?=:))\s*:\s*[\w ./&-]{2,40}$",
        # The French « droits réservés » closing a caption: « … l'étude. DR »
        r"(?<=[.!?»”\"]) (?-i:DR)\.?$",
        r"/\s*(?:afp|reuters|ap|getty(?: images)?|epa|shutterstock)\s*$",
        r"^\(?(?:afp|reuters|ap|getty images|epa)\s*(?:photo)?\)?$",
        # The agency with its editors' initials, or the initials alone in lower case: "(AFP/jc)", "(ats/nxp)".
        r"^\((?:afp|reuters|ap|belga|ats|sda|dpa|ansa)(?:\s*/\s*\w{1,8})+\)$",
        r"^\((?-i:[a-z]{2,5}(?:[-/][a-z]{2,5})+)\)$",  # "(ats/nxp)", "(sda-ats)"
        # An agency's credit alone on its line: its initials in capitals in brackets ("(NAN)", "(ANI)"), or "Avec AFP."
        r"^\((?-i:[A-Z]{2,6})\)\.?$",
        r"^(?:avec|with)\s+(?:l['’])?(?:afp|reuters|ap|belga|ats|agences?)\s*\.?$",
        # A wire's closing credits in brackets, its reporters then its translators or editors: "(Jane Doe; Editing by
        # John Roe)", « (Jean Dupont; version française Marie Durand, édité par Paul Martin) ».
        r"^\([^()]{0,120}\b(?:version française|édité par|editing by|edited by)\b[^()]{0,120}\)\s*\.?$",
        # A programme's or a picture's credit line: "Produced by Jane Doe.", « Réalisé par Jean Dupont et Marie Durand »
        rf"^(?:(?:produced|presented|hosted|filmed|photographed|directed) by"
        rf"|(?:réalis|produit|présent|anim|film)[ée]{{0,2}}s? par)\s+{_NAME}(?:,? (?:and|et|&) {_NAME})?\s*\.?$",
        # An agency's closing credits, often in the last paragraph: "(Reporting by …; Editing by …)", "(avec AFP)".
        r"^\(?(?:additional |further )?(?:reporting|writing|editing|research)\s+by\b",
        # A photographer's credit alone on its line: "Photo Jane Doe.", "Photos AFP"
        r"^photos?\s+(?-i:[A-ZÀ-Þ][\w.’'-]*)(?:\s+(?-i:[A-ZÀ-Þ][\w.’'-]*)){0,2}\.?$",
        # A byline in capitals, full stop or not: "BY JANE DOE.", "PAR JEAN DUPONT"
        r"^(?:by|par)\s+(?-i:[A-ZÀ-Þ][A-ZÀ-Þ.’'-]+)(?:\s+(?-i:[A-ZÀ-Þ][A-ZÀ-Þ.’'-]+)){0,3}\.?$",
    ),
    "video": (
        r"^(?:watch|lecture|regarder|voir)\s+(?:the |la |notre )?(?:vidéo|video)",
        r"^(?:vidéo|video)\s*[:\-–]",
        r"^play video",
        # The reader sent to watch what the page embeds: "Watch our interview now.", "To watch the media conference in
        # full, please click on the red button."
        r"^(?:to )?watch\s+(?:our|the|more|it|this|live)\b[^!?]{0,80}$",
        r"^lire la vidéo",
        r"^durée\s*:",
        r"^\d{1,2}(?::\d{2}\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)\s*$",  # a live blog's "04:54 PM", AP's "7 a.m."
        r"^media playback is (?:unsupported|not supported)\b",
        r"^(?:le |un )?reportage (?:de|d’|d')\s*[A-ZÀ-Þ]",
    ),
    # A live blog's entry time, a sentence of its own before the entry ("17h00. Allez, on récapitule …", "4:15 p.m.")
    # or its update notice ("Mise à jour à 17h34.", "Updated at 5:30 p.m. ET"): when, not what.
    "time_stamp": (
        r"^(?:(?:(?:dernière )?mise à jour|(?:last )?updated) ?(?:(?:à|at|:) ?)?)?\d{1,2} ?[h:] ?\d{0,2}"
        r"(?: ?[ap]\.?m\.?)?(?: (?:gmt|utc|bst|cet|cest|et|edt|est|pt))?\.?$",
    ),
    "prompt": (
        r"\b(?:sign up|subscribe|newsletter|abonnez-vous|s’abonner|s'abonner|inscrivez-vous|je m’abonne|je m'abonne"
        r"|vous abonner|vous abonnant)",  # the reader addressed: « vous pouvez vous abonner », « en vous abonnant »
        # A paywall's offer, what a subscription or a membership gives access to: "Membership provides access to all
        # news …", « un abonnement qui inclut l'accès en ligne ».
        r"\b(?:membership|subscription|abonnement)\b[^.!?]{0,40}?\b(?:provides?|gives?|includes?|offers?|inclut|donne"
        r"|offre|permet)\b[^.!?]{0,30}?\b(?:access|accès)\b",
        # The page or the programme welcoming its reader: "Hello, welcome to today's …", « Bienvenue sur le direct
        # de … »
        r"^(?:(?:hello|hi|good (?:morning|afternoon|evening)|bonjour|bonsoir)\b[^.!?]{0,40}?(?:,|\bet\b|\band\b)\s*)?"
        r"(?:bienvenue|welcome)\s+(?:back\s+)?(?:sur|dans|à|au|to|on)\b",
        r"\b(?:log in to|connectez-vous|leave a comment|laisser un commentaire|post a comment|réagir à cet article)",
        r"^\d+\s+(?:comment(?:aire)?s?|réactions?)\s*$",
        r"^(?:commentaires?|comments?|réactions?)\s*\(\d+\)",
        r"\b(?:share this|partager (?:cet|sur)|follow us|suivez-nous|download (?:the|our) app)",
        r"\btéléchargez (?:l’|l')?app",
        # The page pointing at its own live coverage: "Follow the latest updates below.", « Suivez notre grand direct
        # consacré aux résultats … », « Découvrez les résultats dans notre direct. »
        r"^(?:follow|suivez|retrouvez|découvrez)\b[^.!?]{0,80}?\b(?:our|the latest|notre|nos)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:live|updates|coverage|blog|direct|fil|live-blog)\b",
        r"^(?:click|tap) here\b|^cliquez ici\b",
        # An appeal to support the outlet, or to get its alerts: "… you can help fund our work", "Become a member
        # today", « Soutenez notre journalisme », « Restez informé ! Recevez des alertes … »
        r"\b(?:help (?:fund|support) our (?:work|journalism|reporting|newsroom)|support our (?:journalism|reporting)"
        r"|soutenez notre (?:journalisme|travail|rédaction))\b",
        r"^(?:become a (?:member|subscriber|supporter)|devenez (?:membre|abonnée?|donateur))\b",
        r"^(?:recevez|receive|get) (?:des |our |nos |free )?(?:alertes|alerts|notifications)\b"
        r"|^(?:restez informée?s?|stay (?:informed|up to date))\s*[!.]?$",
        # A link's label as a sentence of its own: « En savoir plus. », "Find out more."
        r"^(?:en savoir plus|find out more|learn more)\s*[.!:]?$",
        # The reader invited to join the outlet's channel or page: "Join our WhatsApp channel …", « Rejoignez notre
        # page Facebook ! »
        r"^(?:join|rejoignez)\s+(?:us|nous|our|notre|nos|[\w-]+['’]s)\b[^.!?]{0,40}?\b(?:channel|page|group|community"
        r"|chaîne|groupe|communauté|whatsapp|facebook|telegram|instagram|linkedin|youtube)\b",
        # A live blog signing off: « Merci d'avoir suivi notre direct … », "Thanks for following our live coverage",
        # « Fin du direct. », "End of live coverage"; « Vous pouvez toujours en parcourir le contenu … »
        r"^(?:merci|thanks?|thank you)\b[^.!?]{0,30}?\b(?:d['’]avoir suivi|de nous avoir suivis?"
        r"|for (?:following|joining))\b[^.!?]{0,40}?\b(?:direct|live|blog|coverage|fil)\b",
        r"^(?:fin (?:du|de ce|de notre) (?:direct|live|fil)|end of (?:our |the |this )?(?:live|coverage))\b",
        r"^(?:vous pouvez (?:toujours|encore) (?:en )?(?:parcourir|relire)"
        r"|you can (?:still )?(?:scroll|browse|read back))\b",
        # Notices about the readers' comments: "Please report any comments that break our rules.", "… comment on our
        # stories is a privilege …", « Les commentaires sont modérés … », « Vos commentaires ici. »
        r"^(?=.{0,250}$)[^.!?]*\bcomment(?:s|ing)?\b[^.!?]{0,80}?\b(?:our rules|house rules|a privilege"
        r"|community (?:guidelines|standards))",
        # The outlet's own comments as a place for its readers, said by the outlet and not by a speaker it quotes: "We
        # want our comments to be … part of our community"
        r"^(?=.{0,250}$)(?:we\b[^.!?,\"”]{0,40}?\b)?our comments\b[^.!?,\"”]{0,80}?\b(?:community|readers)\b",
        r"^(?=.{0,250}$)[^.!?]*\bcommentaires?\b[^.!?]{0,80}?\b(?:charte|sont modérés|nos règles)",
        r"^(?:vos|your) (?:commentaires?|comments?|réactions?)\s*(?:ici|here)?\s*[.!:]?$",
        # The page pointing to its own content below or to a linked article: "Read the latest updates below.", « Le
        # récit est à lire dans notre article ci-dessous. », « Ouest-France vous en dit plus dans cet article : »
        r"^(?=.{0,200}$)[^.!?]*\b(?:à lire|à (?:re)?voir|à retrouver|à écouter|read|see|watch|find)\b[^.!?]{0,60}?"
        r"\b(?:ci-dessous|below)\s*[.:!]?$",
        r"^(?=.{0,200}$)[^.!?]*\b(?:dans|in) (?:cet|notre|this|our) (?:article|story|reportage|report)\s*:\s*$",
        # The reader sent to more of the page's content, in the imperative or a purpose clause: « Retrouvez les
        # départements … », « Découvrez le classement », « Pour revivre ce match, c'est par ici ! ».
        r"^(?:retrouvez|découvrez|revivez|réécoutez|pour (?:revivre|réécouter))\b",
        # A paywall's notice where the text stops: « La suite est réservée à nos abonnés. », "The rest of this article
        # is for subscribers."
        r"^(?:la suite|le reste)\b[^.!?]{0,40}?\bréservée? (?:à nos|aux) (?:abonnés|membres)"
        r"|^the rest of (?:this|the) (?:article|story)\b[^.!?]{0,40}?\b(?:subscribers|members)\b",
        # A live coverage announcing itself: « Nous sommes sur le terrain toute la soirée afin de suivre les résultats
        # … », « Résultats, réactions, suivez le scrutin en direct. »
        r"^nous (?:sommes|serons|restons)\b[^.!?]{0,80}?\b(?:afin de|pour) (?:suivre|couvrir)\b",
        # A comment form's notices and a reader survey: "Your email address will not be published.", « Votre adresse
        # e-mail ne sera pas publiée », "Please read our comment policy", "Tell us what you think!"
        r"\b(?:your email address will not be published|comment(?:ing)? policy"
        r"|adresse (?:e-mail |mail |électronique |courriel )?ne sera pas publiée"
        r"|tell us what you think|dites-nous ce que vous en pensez|taking a (?:quick|short) survey)",
    ),
    # A programme naming who presents it, whom they receive or who reports, the whole sentence: "Jane Doe speaks to John
    # Roe and Ann Poe.", "Jane Doe joins the debate on …", « Pour faire le point, Jean Dupont reçoit Marie Durand
    # (directrice de …) et Paul Martin (…). », "WXYZ's Jane Doe reports." Nothing in it is checked but a guest list.
    "programme": (
        # Anchored at names and verbs, without a length lookahead: tried at the start of every line, they fail at once.
        rf"^{_FULL_NAME} (?:speaks to|talks to|is joined by) {_FULL_NAME}(?:(?:,| and| &) {_FULL_NAME})*\.$",
        rf"^{_FULL_NAME} joins the (?:debate|discussion|conversation)\b[^.!?]{{0,160}}\.$",
        rf"^(?:(?:pour|dans|sur)\b[^.!?,]{{0,60}}, )?{_FULL_NAME} (?:reçoit|s['’]entretient avec|interroge)"
        rf" {_FULL_NAME}(?: \([^()]{{0,80}}\))?(?:(?:,| et) {_FULL_NAME}(?: \([^()]{{0,80}}\))?)*\.$",
        rf"^(?:(?-i:[A-Z][\w-]*)['’]s )?{_FULL_NAME} reports\.$",
    ),
    # A kicker in capitals, a sentence of its own before the paragraph it heads or alone: "MUNICIPAL. Comme le veut …",
    # « ÉLECTIONS MUNICIPALES. Le 2e tour … », « À L'AFFICHE ! »: the section, not what it says.
    "kicker": (r"^(?-i:[A-ZÀ-Þ][A-ZÀ-Þ’' -]{2,40})[.!]$",),
    # A headline that closes on its source in the present tense, with no sentence ended: "Council cuts 40 jobs after
    # audit, officials say", « Budget : "nous n'avons plus de marge", dit le maire ». Prose ends with a full stop.
    "headline": (
        r"^(?=.{0,250}$)[^.!?]+,\s+(?:[\w’'-]+\s+){1,5}says?\s*$",
        r"^(?=.{0,250}$)[^.!?]+[»\"”],?\s+(?:dit|disent|affirme|assure|estime|prévient|avertit)\s+[^.!?]{2,60}$",
    ),
    "cookies": (
        r"\bcookies?\b.*\b(?:accept|accepter|consent|paramètres|settings|politique|policy|utilis|use)",
        r"\b(?:accept all|tout accepter|gérer mes choix|manage preferences)\b",
        # the other order: « … vous acceptez l'utilisation de cookies », "you consent to our use of cookies"
        r"\b(?:vous acceptez|you (?:accept|agree to|consent to))\b[^.!?]{0,60}\bcookies?\b",
    ),
    "counter": (
        r"^[\d\s.,\u00a0\u202f]+(?:k\s*)?(?:vues|views|lectures|reads|partages|shares|likes|j’aime|j'aime)\s*$",
        r"^[\w ]{1,20}\s\d+\s*(?:of|sur|de|/)\s*\d+\.?$",  # "Version 0 of 1", "Photo 3 sur 12", "Page 2 / 5"
        r"^\d{1,3}[.)]$",  # a numbered list's number cut from its item by the sentence splitter: "1.", "2)"
    ),
    # Shapes that prose does not take, in a line or sentence short enough not to be a whole paragraph (for pipes and
    # addresses, with no sentence ended before them, so that a paragraph keeps its prose): items joined by pipes
    # ("TF1 | Reportage …", "Home | News"), an embedded post's signature ("— Name (@handle) date"), an e-mail address
    # (a contact notice).
    "navigation": (
        r"^(?=.{0,160}$)[^|.!?]*?\S\s+\|(?:\s+\S|\s*$)",
        r"^(?=.{0,400}$)[^(]*?[—–-]\s*[^()]{2,60}\(@\w+\)",
        r"^(?=.{0,240}$)[^@.!?]*?\b[\w.+-]+@[\w-]+\.[a-z]{2,}\b",
        r"^\{[a-z][a-z_]*\b[^{}]{0,80}\}$",  # a content manager's template tag alone: "{loadposition banner}"
        # The skip link that opens an accessible page (WCAG's "bypass blocks"): "Skip to content", « Aller au contenu »
        r"^(?:skip to (?:the )?(?:main )?(?:content|navigation|menu)|(?:aller|passer|accéder) (?:directement )?"
        r"(?:au|à la) (?:contenu|navigation|menu))\b",
    ),
    # The page speaks about itself: archive banners, a live blog's end, availability, errors, where to read more.
    "site_notice": (
        r"^(?:this|ce|cet|cette)\s+(?:content|page|article|live|blog|contenu|direct|video|vidéo)\b.{0,80}?"
        r"\b(?:was published under|published under|has (?:now )?ended|has been archived|is no longer"
        r"|is (?:only )?available|a été publié sous|est terminé|a été archivé|n’est plus|n'est plus|est réservé)",
        r"^(?:oops|something went wrong|please try again|une erreur (?:est survenue|s’est produite|s'est produite))\b",
        # "We're sorry, this feature is currently unavailable.", « Désolé, ce contenu n'est pas disponible. »
        r"^(?:we['’]re sorry|we are sorry|sorry|désolée?s?|nous sommes désolés)\W{1,3}(?:this|the|ce|cet|cette)\s+"
        r"(?:feature|video|content|page|service|player|contenu|vidéo|fonctionnalité|lecteur|service)\b[^.!?]{0,40}?"
        r"\b(?:unavailable|not available|indisponible|pas disponible)\b",
        r"^(?:plus d’infos?|plus d'infos?|more (?:information|info|details)) (?:sur|on|at)\s+(?:www\.|https?://)",
        r"^(?:written|posted|reported|edited|compiled)\s+by\s+[A-ZÀ-Þ]",
        r"^(?:publié|mis à jour|modifié|published|updated|last updated|posted)\b(?=.{0,60}$).*\d",
        # Both stamps on one line: "Publié le 3 mai 2021 à 19h31 - Dernière mise à jour le …", "Published 3:45 PM |
        # Updated 5:00 PM"; digits and no sentence inside.
        r"^(?:publié|mis à jour|modifié|published|updated|posted)\b(?=.{0,160}$)[^.!?]*\d[^.!?]*?"
        r"(?:mise?\s+à\s+jour|modifié|last updated|updated)\b[^.!?]*\d[^.!?]*$",
        r"^https?://\S+\s*$",
        # One token of 30 characters or more, no space in it: a link, a file's or a style's name left by the page's
        # export ("/https%3A%2F%2Fwww.example.com%2Fphoto.jpg)", "default-output-block.skip-main"); never prose.
        r"^\S{30,}$",
        # What the page holds next, in a line or sentence of its own: "The following is an edited transcript of …",
        # « Voici la transcription de l'entretien … ».
        r"^(?=.{0,200}$)(?:the following|below)\s+(?:is|are)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:transcripts?|text|excerpts?|statement)\b",
        r"^(?=.{0,200}$)(?:voici|ci-dessous|ce qui suit est)\s+(?:la|le|l['’]|les|un|une)\s*(?:[\w-]+\s+){0,3}?"
        r"(?:transcription|texte|verbatim|intégralité|extraits?)\b",
        r"^[\s\-–—•·*]*\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b.{0,30}$",
        # A download link, closed by the file's size after its format or in brackets: « Retrouver le rapport en PDF
        # (8 Mo) », "JPEG - 122.6 ko", "Annual report (PDF, 2.4 MB)".
        rf"^(?=.{{0,200}}$).*(?:\(|\b{_FILE_FORMAT}\s*[-–,:]\s*)(?:{_FILE_FORMAT},\s*)?\d+(?:[.,]\d+)?\s?"
        r"(?:[kmg]o|[kmg]i?b|octets|bytes)\)?\s*\.?$",
        # Where the article first ran: "A version of this article appeared in the print edition of …", "This story was
        # originally published by …", '"Title" was first published by …', « Cet article a été initialement publié … ».
        r"^(?:a version of )?this (?:article|story|piece|column|report|interview)\b[^.!?]{0,60}?"
        r"\b(?:(?:first|originally|initially) (?:published|appeared|ran)|republished|appeared in (?:the )?print)\b",
        r"^[“\"«][^”\"»]{10,200}[”\"»],? (?:was|has been) (?:first|originally) published (?:by|in|on)\b",
        r"^(?:cet|cette)\s(?:article|entretien|tribune|chronique)\b[^.!?]{0,60}?\b(?:a été|est) (?:initialement "
        r"|d['’]abord |originellement )?(?:publiée?|parue?|republiée?)\b",
        # The programme's own availability notice: « Le replay … est proposé en streaming gratuit … », « Cette vidéo
        # était visible en replay jusqu'au … », "This episode is available to watch until …". The page's video alone:
        # "80 % des programmes sont disponibles en replay" in prose is a claim.
        r"^(?:le|ce|this|the) replay\b",
        r"^(?:cette|this) (?:vidéo|video|émission|episode|épisode|programme|program)\b[^.!?]{0,60}?"
        r"\b(?:est|était|is|was) (?:proposée?|disponible|visible|available)\b[^.!?]{0,20}?"
        r"\b(?:en streaming|en replay|jusqu|to (?:stream|watch)|until)",
    ),
    "widget": (
        r"^(?:météo|weather|aujourd’hui|aujourd'hui|today)\b.{0,40}$",
        r"^-?\d{1,2}\s*°\s*[cf]?\b",
        r"^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday"
        r"|sunday),?\s+(?:\d{1,2}\s+\w+|\w+\s+\d{1,2})\s*,?\s*\d{0,4}\s*$",
    ),
    "copyright": (
        r"^\s*(?:©|\(c\)|copyright)\s",
        r"tous droits réservés",
        r"all rights reserved",
        r"reproduction interdite",
        # A copyright notice in sentences: "This document is subject to copyright.", "… no part may be reproduced
        # without …", « Toute reproduction, même partielle, est interdite. »
        r"^(?:this|ce|cet|cette)\s+(?:document|article|content|page|material|contenu|texte|site)\b[^.!?]{0,40}?"
        r"\b(?:is (?:protected by|subject to) copyright|est protégée? par (?:le )?(?:droit d['’]auteur|copyright))",
        r"^(?=.{0,300}$)[^.!?]*\bno part\b[^.!?]{0,80}\bmay be (?:reproduced|copied|republished)",
        r"^(?=.{0,300}$)[^.!?]*\btoute reproduction\b[^.!?]{0,80}\binterdite",
    ),
}


# Words no sentence ends on, in either language: articles, prepositions, conjunctions, possessives.
_CUT_AFTER = re.sub(
    r"\s+",
    "|",
    """the a an of to in on at by for with from into and or but as than that this these its their his her our your
    le la les un une des de du par pour sur sous dans avec sans entre vers et ou mais à au aux en comme que qui
    son sa ses leur leurs ce cet cette ces notre nos votre vos""".strip(),
)
# A page header's stamps in the figures it writes them with, by kind: a reading time, a time ago, a byline and its
# date, a player's duration, an update stamp, a publication stamp (its date after an HTML tag the page left: « le
# <time …>13/07 »).
_UPDATE_WORDS = ("updated", "mis à jour", "modifié")
_PUBLICATION_WORDS = ("published", "posted", "publié")
_DATE_AFTER_STAMP_WORD = r"(?: (?:le|on))? ?:? ?(?:<[^<>]{0,120}>)?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
_HEADER_STAMPS = (
    r"\b\d{1,2} ?min(?:ute)?s?\.? ?(?:read|de lecture)\b",
    r"\b\d{1,2} ?(?:seconds?|minutes?|mins?|hours?|hrs?|days?) ago\b"
    r"|\bil y a \d{1,2} ?(?:minutes?|min|heures?|jours?)\b",
    rf"\b(?:by|par) {_NAME} \d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}",
    r"\b(?:duration|durée) ?: ?\d{1,2}:\d\d",
    rf"\b(?:{'|'.join(_UPDATE_WORDS)}){_DATE_AFTER_STAMP_WORD}",
    rf"\b(?:{'|'.join(_PUBLICATION_WORDS)}){_DATE_AFTER_STAMP_WORD}",
)
# Two stamps of two kinds: prose may tell two times of one kind ("300 jobs went 12 days ago and 150 more 3 days ago",
# « il y a 3 jours … il y a 2 jours »), a header gives each of its stamps once or repeats one beside another. The
# second stamp is any kind but the first's: « (?(stampN)(?!)|…) » fails where group N took the first.
_TWO_KINDS_OF_HEADER_STAMP = (
    ".*?(?:" + "|".join(f"(?P<stamp{kind}>{stamp})" for kind, stamp in enumerate(_HEADER_STAMPS)) + ")"
    ".*?(?:" + "|".join(f"(?(stamp{kind})(?!)|(?:{stamp}))" for kind, stamp in enumerate(_HEADER_STAMPS)) + ")"
)
_HEADER_STAMP_KEYS = ("read", "lecture", "ago", "il y a", "duration", "durée", *_UPDATE_WORDS, *_PUBLICATION_WORDS)

# Shapes found anywhere in a line, each searched only in lines holding one of its key words (lower case): a search
# through every position of every line for each would cost more than the rest of the cleaning.
GUARDED_PATTERNS = (
    # An agency's photo credit anywhere in a line makes the line a caption: "… Square. (AP Photo/Jane Doe)",
    # "Name - AFP /Getty Images", "… via Getty Images", "Photo : AFP", "© Name".
    # "… à Martigues. (Photo by Jane Doe / AFP)", "(Crédit photo : …)", "(Photo d'illustration)" at the end of a line.
    (
        "caption",
        ("photo",),
        r"\((?:afp|ap|reuters|epa)\s+photos?\s*/[^)]{0,60}\)|\bphotos?\s*:\s*\w"
        r"|\((?:crédits?\s+)?photos?\b[^()]{0,80}\)[\s.]*$"
        # the same note in English order: "(File photo)", "(Stock photo)"
        r"|\((?:file|archive|stock)\s+photos?\)[\s.]*$",
    ),
    # A caption closed by its photographer and outlet in brackets: "… screening facilities. (Jane Doe/CBC)",
    # « … devant la mairie. (Jean Dupont/Le Monde) ».
    (
        "caption",
        ("/",),
        r"(?<=[.!?»”\"])\s*\((?-i:[A-ZÀ-Þ][\w’'.-]+)(?:\s+(?-i:[A-ZÀ-Þ][\w’'.-]+)){1,3}"
        r"\s*/\s*[\w][\w .&’'-]{1,30}\)\s*$",
    ),
    # The same credit under another word: "… overnight (Picture: Scotrail)", "… in London (Image: Getty)", "… on a
    # power line (Credit: National Grid)", « … sur la route (Crédit : Jean Dupont) ».
    ("caption", ("pic", "image", "credit", "crédit"), r"\((?:picture|image|pic|cr[eé]dit)s?\s*:[^()]{1,80}\)[\s.]*$"),
    ("caption", ("getty",), r"\b(?:via|/)\s*getty\s+images\s*\)?\s*$"),
    (
        "caption",
        ("afp", "reuters", " ap", "epa", "getty", "maxppp", "sipa", "abaca"),
        r"\s[-–—]\s*(?:afp|reuters|ap|epa|getty images|maxppp|sipa|abaca)\s*(?:/\s*\w+(?:\s+\w+)?)?\s*$",
    ),
    ("caption", ("©",), r"©\s*\w"),
    # A teaser cut off mid-phrase: no sentence ends on an article, a preposition or a conjunction, so an ellipsis
    # right after one marks text cut to fit a list ("Les projections du FMI pour la croissance, par...").
    # So does an ellipsis in brackets ending a line of one cut sentence, the mark of text cut by the page, not by a
    # quotation's editor, who cuts inside it ("… le 1er janv (...)", "The council's spending on roads […]").
    (
        "read_more",
        ("...", "…"),
        rf"^(?=.{{0,300}}$)[^.!?…]*(?:\b(?:{_CUT_AFTER})\s*(?:\.\.\.|…)\W*|[(\[](?:\.\.\.|…)[)\]]\s*)$",
    ),
    # A ticker of teasers cut to fit and run together on one line: two or more words cut by an ellipsis, each before the
    # next teaser's capital, and no sentence ended ("… secures £3 million aquac… Marine Harvest pulls out of …").
    (
        "read_more",
        ("…", "..."),
        r"^(?:[^.!?…]*+(?<=\w)(?:…|\.\.\.)\s+(?-i:[A-ZÀ-Þ])){2,}[^.!?…]*+(?:…|\.\.\.)?\s*$",
    ),
    # How to cite the page: "Citation: … retrieved 25 April 2024 from https://…", « consulté le 3 mai 2024 sur http… »
    ("site_notice", ("retrieved", "consulté"), r"\b(?:retrieved|consulté)\b[^.]{0,40}?\b(?:from|sur)\s+https?://"),
    # A paywall's offer closing a teaser it cut, in a line or sentence no longer than a teaser ("… the police
    # service...Request free trial"), « Commencez votre essai gratuit ».
    (
        "prompt",
        ("trial", "essai"),
        r"^(?=.{0,300}$).*\b(?:(?:request|start|begin) (?:a |your )?free trial"
        r"|(?:commencez|demandez|profitez de) (?:votre |un |l['’])?essai gratuit)\b[\s.!]*$",
    ),
    # A live coverage promising what it will bring ("… and we will bring you the verdict and reaction this morning."),
    # « Revenez régulièrement sur cette page pour … »
    (
        "prompt",
        ("bring you", "keep you"),
        r"\bwe(?:'ll|’ll| will) (?:bring you (?:the|all|live|updates)|keep you "
        r"(?:updated|posted|informed))\b",
    ),
    ("prompt", ("suivez",), r"^[^.!?]{0,40}\bsuivez\b[^.!?]{0,40}\ben direct\s*[.!]?$"),
    ("prompt", ("revenez", "come back"), r"\b(?:revenez|come back)\b[^.!?]{0,30}?\b(?:sur cette page|to this page)\b"),
    ("site_notice", ("available",), r"\bis (?:only )?available (?:in|to) (?:the )?(?-i:[A-Z]{2,3}) only\b"),
    # A page's header run into one sentence, its section, title, byline, reading time and share buttons between its
    # stamps ("Local News <title> by Jane Doe 24/01/2019 3 min read A+A- Reset …", "<title> 45 minutes ago < > Embed
    # Video … Duration: 00:17s"): two kinds of stamp, in a sentence no longer than a header.
    ("page_header", _HEADER_STAMP_KEYS, rf"^(?=.{{0,400}}$){_TWO_KINDS_OF_HEADER_STAMP}"),
)
