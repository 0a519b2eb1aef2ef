"""Web pages the URL and HTML tests serve: one with everything a page should not bring
into linker (scripts, event handlers, navigation, banners, forms), in several encodings."""

from __future__ import annotations

#: Set by every script and handler of ARTICLE_PAGE: it must never be set in linker's page.
PAGE_FLAG = "pageScriptRan"

ARTICLE_PAGE = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Experts recall the right to leave</title>
<script>window.{PAGE_FLAG} = true; alert("page script");</script>
<script src="/tracker.js"></script>
<style>body {{ background: url(javascript:alert(1)) }}</style>
</head>
<body onload="window.{PAGE_FLAG} = true">
<div id="cookie-consent" class="banner">We use cookies, as Article 3 ECHR allows.
<button onclick="window.{PAGE_FLAG} = true">Accept</button></div>
<header class="site"><nav><a href="/">Home</a> <a href="/iccpr">Article 6 ICCPR</a></nav></header>
<main>
<article>
<header><h1>Experts recall the <em>Universal Declaration</em></h1></header>
<p class="lede" style="color: red; background: url(https://tracker.example/pixel)">Everyone
has the right to leave any country, under <em>article</em> 12(2) of the <b>ICCPR</b>.</p>
<p onmouseover="window.{PAGE_FLAG} = true">The experts cited
<a href="/reports/2024/udhr.html">article 13 of the Universal Declaration of Human Rights</a>
and the <a href="javascript:window.{PAGE_FLAG} = true">Refugee Convention</a>.</p>
<p>Read the <a href="../statements/full.html" onclick="window.{PAGE_FLAG} = true">full
statement</a> or <a href="#top">go up</a>.</p>
<img src="/chart.png" onerror="window.{PAGE_FLAG} = true" alt="chart">
<iframe src="https://evil.example/"></iframe>
<object data="/movie.swf"></object>
<form action="/subscribe"><input name="email"> Article 5 ECHR</form>
<noscript>Article 7 ICCPR</noscript>
<p hidden>Article 8 ICCPR</p>
</article>
<aside>Related: Article 9 ICCPR</aside>
</main>
<footer>© 2024 · Article 10 ECHR</footer>
<script>document.body.dataset.pwned = "1"</script>
</body></html>
"""

#: The visible main text of ARTICLE_PAGE, as linker reads it.
ARTICLE_TEXT = (
    "Experts recall the Universal Declaration\n\n"
    "Everyone has the right to leave any country, under article 12(2) of the ICCPR.\n\n"
    "The experts cited article 13 of the Universal Declaration of Human Rights and the "
    "Refugee Convention.\n\n"
    "Read the full statement or go up."
)

#: Citations that live only in what linker leaves out of ARTICLE_PAGE.
LEFT_OUT = ("ECHR", "Article 6", "Article 7", "Article 8", "Article 9", "cookies", "Home")

#: French, with characters windows-1252 spells differently from Latin-1 and UTF-8.
FRENCH = (
    "Le Comité rappelle l’article 13 de la Déclaration universelle des droits de l’homme "
    "— « coût : 5 € » — et l’article 12 du PIDCP."
)


def french_page(charset: str) -> str:
    return (
        f'<!doctype html><html lang="fr"><head><meta charset="{charset}"><title>Comité</title>'
        f"</head><body><main><p>{FRENCH}</p></main></body></html>"
    )
