"""A web page → its main content, sanitised: the part of an HTML page linker annotates.

:func:`main_content` runs five steps, each on an lxml tree (never a regex over markup):

1. **Parse** the already decoded page as UTF-8 bytes, so that a ``<meta charset>`` or an XML
   declaration in it cannot make lxml decode it a second time. Characters XML cannot hold
   become U+FFFD, as in the plain-text path.
2. **Unwrap linker's own markup** (``data-linker``): mentions become their text again and
   paragraph anchors and popovers go, so annotating linker's output again gives the same
   output; linker's annotated document, when present, *is* the main content.
3. **Drop what is not the statement**: scripts, styles, ``noscript``, navigation, the site's
   header and footer (a ``<header>``/``<footer>`` inside ``<article>``, ``<main>`` or
   ``<section>`` is that section's own and stays), ``aside``, forms, embedded content,
   hidden elements, and cookie or consent banners (by class or id).
4. **Choose the main content**: ``<main>`` or ``role="main"``, else ``<article>``, else the
   element holding the most paragraph text.
5. **Sanitise** it with nh3 (Ammonia) to an allow list of text markup: no script, event
   handler, style, ``class`` or ``id``, no iframe, form, object, embed or image (an image
   would load from the other site, which the page's Content-Security-Policy forbids); links
   made absolute against the page's address (or its ``<base href>``) and kept only for
   http, https and mailto. Without a base address relative links lose their ``href``. The
   result is then *settled* (:func:`settled`): empty elements and address-less ``<a>`` are
   unwrapped, and it is sanitised again until reading it back changes nothing.
"""

from __future__ import annotations

import html
import re
from urllib.parse import urljoin, urlsplit

import lxml.html
import nh3
from lxml import etree

from linker.htmlguard import cap_attributes
from linker.htmltext import tag_set

#: The marker of linker's markup: its links (``"1"``), paragraph anchors (``"para"``) and
#: the annotated document itself (``"document"``).
MARKER = "data-linker"
DOCUMENT_CLASS = "linker-statement linker-document"

#: Removed with everything inside them: never part of the statement.
DROPPED_TAGS = tag_set(
    """script style noscript template nav aside form button input select textarea label
    option datalist output dialog iframe frame frameset object embed applet param svg math
    canvas audio video source track picture img map area head title meta link base"""
)
#: A ``<header>``/``<footer>`` inside one of these belongs to it; elsewhere it is the site's.
SECTIONING = frozenset({"article", "aside", "main", "nav", "section"})
DROPPED_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog"}
)
#: Class or id words of cookie and consent banners (and the common consent platforms).
BANNER = re.compile(r"cookie|consent|gdpr|onetrust|didomi|cookiebot|\bcc-(?:window|banner)", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SETTLE_ROUNDS = 4
_KEEP_EMPTY = tag_set("br hr wbr td th col")
_TABLE_PARTS = tag_set("table thead tbody tfoot tr colgroup col")
_PARAGRAPHS = tag_set("p pre blockquote li dd dt td th caption figcaption h1 h2 h3 h4 h5 h6")

#: What the sanitiser keeps: text structure, emphasis, lists, tables, links.
ALLOWED_TAGS = tag_set(
    """a abbr article b bdi bdo blockquote br caption cite code col colgroup data dd del
    details dfn div dl dt em figcaption figure h1 h2 h3 h4 h5 h6 hgroup hr i ins kbd li mark
    ol p pre q rp rt ruby s samp section small span strong sub summary sup table tbody td
    tfoot th thead time tr u ul var wbr"""
)
#: No ``cite``: the sanitiser checks the scheme of ``href`` and ``src`` only, so a
#: ``cite="javascript:…"`` would pass, and a reader never sees the address anyway.
ALLOWED_ATTRIBUTES = {
    "*": {"lang", "dir", "title"},
    "a": {"href", "hreflang"},
    "del": {"datetime"},
    "ins": {"datetime"},
    "time": {"datetime"},
    "data": {"value"},
    "ol": {"start", "reversed", "type"},
    "li": {"value"},
    "td": {"colspan", "rowspan", "headers"},
    "th": {"colspan", "rowspan", "headers", "scope", "abbr"},
    "col": {"span"},
    "colgroup": {"span"},
}
#: Removed with their content by the sanitiser too (steps 3 and 5 both guard).
CLEAN_CONTENT_TAGS = frozenset(
    {"script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math"}
)
URL_SCHEMES = frozenset({"http", "https", "mailto"})
LINK_REL = "nofollow noopener noreferrer"


def main_content(page: str, base_url: str | None = None) -> lxml.html.HtmlElement:
    """The main content of ``page``, sanitised, as ``<div class="linker-statement
    linker-document" data-linker="document">``; relative links resolved against
    ``base_url`` (the page's final address)."""
    tree = parse_page(page)
    base = _base_url(tree, base_url)
    marked = unwrap_linker_markup(tree)
    if marked is None:
        drop_boilerplate(tree)
    main = marked if marked is not None else choose_main(tree)
    return settled(sanitise(content_html(main), base), base)


def settled(clean: str, base_url: str | None) -> lxml.html.HtmlElement:
    """The sanitised HTML as linker's document element, sanitised again until reading it
    back changes nothing. Badly nested markup (a ``<dd>`` in a ``<dd>`` once the
    ``<header>`` between them is gone) reads back differently; settling it here is what makes
    annotating linker's own output give the same output."""
    root = _document(clean)
    for _ in range(_SETTLE_ROUNDS):
        again = sanitise(inner_html(root), base_url)
        if again == clean:
            break
        clean, root = again, _document(again)
    return root


def parse_page(page: str) -> lxml.html.HtmlElement:
    """The page as an lxml tree (an empty ``<html>`` for a page without content). Tags
    keep at most :data:`linker.htmlguard.MAX_ATTRIBUTES` attributes: the parser's time grows
    with the square of a tag's attribute count."""
    data = _NOT_XML.sub("\ufffd", cap_attributes(page)).encode("utf-8")
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        return lxml.html.document_fromstring(data, parser=parser)
    except etree.ParserError:  # nothing but whitespace, comments or a doctype
        return lxml.html.Element("html")


def unwrap_linker_markup(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """Turn linker's mentions back into their text and remove its paragraph anchors;
    return linker's annotated document element, if the page holds one."""
    for link in tree.xpath(f"//a[@{MARKER}]"):
        cite = link.getparent()
        if cite is None or cite.tag != "span" or "linker-cite" not in cite.get("class", ""):
            cite = link
        label = link.text_content()
        for child in list(cite):
            cite.remove(child)  # tails go too: the popover and badges follow the link
        cite.text = label
        unwrap(cite)
    for anchor in tree.xpath(f"//*[@{MARKER}='para']"):
        anchor.drop_tree()
    documents = tree.xpath(f"//*[@{MARKER}='document']")
    return documents[0] if documents else None


def drop_boilerplate(tree: lxml.html.HtmlElement) -> None:
    """Remove, with their content, the elements that are not the statement (step 3)."""
    doomed = [e for e in tree.iter() if isinstance(e.tag, str) and _is_boilerplate(e)]
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()


def _is_boilerplate(element: lxml.html.HtmlElement) -> bool:
    tag = element.tag.lower()
    if tag in DROPPED_TAGS:
        return True
    if tag in ("header", "footer"):
        return not any(a.tag in SECTIONING for a in element.iterancestors())
    if element.get("role", "").strip().lower() in DROPPED_ROLES:
        return True
    if element.get("hidden") is not None or element.get("aria-hidden", "") == "true":
        return True
    if _HIDDEN_STYLE.search(element.get("style", "")):
        return True
    names = f"{element.get('class', '')} {element.get('id', '')}"
    return BANNER.search(names) is not None


def choose_main(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """``<main>`` (or ``role="main"``), else ``<article>``, else the element with the most
    paragraph text; among several candidates the one with the most text (step 4)."""
    for query in ("//main | //*[@role='main']", "//article"):
        found = [(text_length(e), e) for e in tree.xpath(query)]
        found = [pair for pair in found if pair[0]]
        if found:
            return max(found, key=lambda pair: pair[0])[1]
    return largest_text_block(tree)


def largest_text_block(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """The element with the most text of its own and of its paragraphs: each paragraph
    (``p``, ``li``, ``td``, … holding no other) scores its length for its parent and half
    for the grandparent, so a container of many paragraphs beats any one of them."""
    scores: dict[lxml.html.HtmlElement, float] = {}
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        own = len((element.text or "").strip())
        own += sum(len((child.tail or "").strip()) for child in element)
        scores[element] = scores.get(element, 0) + own
        if element.tag in _PARAGRAPHS and not _holds_paragraphs(element):
            length = text_length(element)
            for weight, ancestor in zip((1, 0.5), element.iterancestors(), strict=False):
                scores[ancestor] = scores.get(ancestor, 0) + weight * length
    best = max(scores.items(), key=lambda item: item[1], default=(None, 0))
    if best[0] is None or best[1] == 0:
        body = tree.find("body")
        return body if body is not None else tree
    return best[0]


def _holds_paragraphs(element: lxml.html.HtmlElement) -> bool:
    return any(d.tag in _PARAGRAPHS for d in element.iterdescendants())


def text_length(element: lxml.html.HtmlElement) -> int:
    """Characters of visible text in ``element``, whitespace runs counted once."""
    return len(" ".join(element.text_content().split()))


def content_html(element: lxml.html.HtmlElement) -> str:
    """The HTML to sanitise for a main element: its content, or, for a table or a part of
    one, the whole table (rows and cells mean nothing outside it)."""
    if element.tag in _TABLE_PARTS:
        element = next(element.iterancestors("table"), element)
    if element.tag != "table":
        return inner_html(element)
    tail, element.tail = element.tail, None
    try:
        return lxml.html.tostring(element, encoding="unicode")
    finally:
        element.tail = tail


def inner_html(element: lxml.html.HtmlElement) -> str:
    """``element``'s content as HTML, without the element's own tag."""
    parts = [html.escape(element.text or "", quote=False)]
    parts += [lxml.html.tostring(child, encoding="unicode") for child in element]
    return "".join(parts)


def sanitise(fragment: str, base_url: str | None) -> str:
    """``fragment`` through nh3 with linker's allow list (step 5)."""
    relative = _absolutiser(base_url) if base_url else "deny"
    return nh3.clean(
        fragment,
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(CLEAN_CONTENT_TAGS),
        attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        link_rel=LINK_REL,
        strip_comments=True,
        url_relative=relative,
    )


def _absolutiser(base_url: str):
    def absolute(url: str) -> str | None:
        joined = urljoin(base_url, url)
        return joined if urlsplit(joined).scheme in ("http", "https") else None

    return absolute


def _base_url(tree: lxml.html.HtmlElement, page_url: str | None) -> str | None:
    """The page's address, or its ``<base href>`` resolved against it; http(s) only."""
    if not page_url or urlsplit(page_url).scheme not in ("http", "https"):
        return None
    for base in tree.xpath("//base[@href]"):
        joined = urljoin(page_url, base.get("href", "").strip())
        if urlsplit(joined).scheme in ("http", "https"):
            return joined
        break
    return page_url


def unwrap(element: lxml.html.HtmlElement) -> None:
    """Remove ``element``'s tag, keeping its text, children and tail in place: lxml's
    ``drop_tag()`` without its ``parent.index()``, which walks every sibling before it and
    made a page of tens of thousands of sibling elements quadratic."""
    parent = element.getparent()
    previous = element.getprevious()
    if element.text:
        if previous is None:
            parent.text = (parent.text or "") + element.text
        else:
            previous.tail = (previous.tail or "") + element.text
    for child in list(element):
        element.addprevious(child)  # each child takes its tail along
    if element.tail:
        last = element.getprevious()
        if last is None:
            parent.text = (parent.text or "") + element.tail
        else:
            last.tail = (last.tail or "") + element.tail
    element.tail = None
    parent.remove(element)


def _document(clean: str) -> lxml.html.HtmlElement:
    """The sanitised HTML inside linker's document element. An ``<a>`` left without an
    address (its URL was refused) is no link, and an element without children has no
    structure to keep: their tags go, their text stays."""
    root = lxml.html.fragment_fromstring(clean, create_parent="div")
    for anchor in root.xpath(".//a[not(@href)]"):
        unwrap(anchor)
    # Elements with no content show nothing; lxml would write some of them without their
    # end tag (an empty <li> inside an <em>), which reads back as a different tree.
    for element in reversed(list(root.iterdescendants())):
        empty = len(element) == 0 and not (element.text or "").strip()
        if empty and element.tag not in _KEEP_EMPTY:
            unwrap(element)
    # Leading whitespace shows nothing, and lxml's parser drops it on reading back.
    root.text = (root.text or "").lstrip() or None
    root.set("class", DOCUMENT_CLASS)
    root.set(MARKER, "document")
    return root
