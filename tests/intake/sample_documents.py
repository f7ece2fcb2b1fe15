"""Small documents written for these tests, with the clutter real pages carry."""

ENGLISH_ARTICLE_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Rail ridership climbs 12 percent | The Harbour Courier</title>
  <meta name="author" content="Dana Whitfield">
  <meta property="article:published_time" content="2024-05-14T08:30:00+00:00">
  <meta name="description" content="Passenger numbers rose sharply last year.">
</head>
<body>
  <div id="cookie-notice" class="cookie-banner">
    We use cookies to improve your experience. <a href="/privacy">Manage preferences</a>
    <button>Accept all cookies</button>
  </div>
  <header><nav><ul>
    <li><a href="/">Home</a></li><li><a href="/transport">Transport</a></li><li><a href="/weather">Weather</a></li>
  </ul></nav></header>
  <main>
    <article>
      <h1>Rail ridership climbs 12 percent</h1>
      <p class="byline">By Dana Whitfield</p>
      <p>Regional rail carried 48 million passengers last year, a rise of 12 percent, the transport
      authority said on Tuesday. Officials credited cheaper weekend fares and two reopened lines.</p>
      <p>The authority's chair, Ruth Okafor, said the network was now busier than at any time since 1998.
      Critics noted that punctuality fell to 86 percent over the same period.</p>
      <p>A further 300 million pounds will be spent on signalling by 2027, according to the budget.</p>
    </article>
    <section class="related">
      <h2>Read more</h2>
      <ul>
        <li><a href="/a">Ten trains you must ride before you die</a></li>
        <li><a href="/b">Why your commute feels longer</a></li>
      </ul>
    </section>
  </main>
  <footer><p>Copyright 2024 The Harbour Courier. All rights reserved.</p><a href="/terms">Terms</a></footer>
</body>
</html>
"""

FRENCH_ARTICLE_HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <title>Le prix du pain augmente de 8 % en un an – La Gazette du Val</title>
  <meta name="author" content="Camille Roussel">
  <meta property="article:published_time" content="2023-11-02T07:00:00+01:00">
</head>
<body>
  <div class="cookie-consent">Ce site utilise des cookies pour mesurer l'audience.
    <button>Tout accepter</button> <button>Tout refuser</button></div>
  <nav><a href="/">Accueil</a> · <a href="/economie">Économie</a> · <a href="/sport">Sport</a></nav>
  <article>
    <h1>Le prix du pain augmente de 8 % en un an</h1>
    <p>Par Camille Roussel</p>
    <p>La baguette coûte en moyenne 1,15 euro en octobre, soit 8 % de plus qu'il y a un an, selon
    la fédération des boulangers. La hausse s'explique surtout par le prix de l'énergie.</p>
    <p>« Nous ne pouvons plus absorber ces coûts », a déclaré le président de la fédération,
    qui estime que 2 000 boulangeries pourraient fermer d'ici 2025.</p>
  </article>
  <aside><h3>À lire aussi</h3><ul><li><a href="/x">Les recettes de saison</a></li>
    <li><a href="/y">Notre sélection de week-ends</a></li></ul></aside>
  <footer>© La Gazette du Val — Mentions légales — Nous contacter</footer>
</body>
</html>
"""

PLAIN_TEXT = (
    "Council budget approved\n\n"
    "The council approved a budget of 14 million euros on Monday, the mayor said.\n"
    "Spending on libraries will rise by 5 percent.\n"
)

MARKDOWN = """# Water quality report

The river met **bathing standards** on 41 of 45 test days, according to the
[regional agency](https://agency.example/report) and its *weekly* bulletin.

## Method

- Samples were taken at `three` sites.
- Results were checked by an outside lab.

> The lab said the figures were reliable.

![Chart of results](chart.png)
"""


def minimal_pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose text layer holds ``lines`` (Latin-1 text, Helvetica).

    Built by hand, object by object, so the test shows exactly what the file holds.
    An empty ``lines`` gives a page with a drawn box and no text, like a scan.
    """
    if lines:
        shown = []
        for line in lines:
            escaped = line.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
            shown.append(b"(" + escaped + b") Tj 0 -16 Td")
        content = b"BT /F1 12 Tf 72 720 Td " + b" ".join(shown) + b" ET"
    else:
        content = b"0.5 g 72 500 200 150 re f"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref_at = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref_at)
    return bytes(out)
