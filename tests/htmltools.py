"""Small helpers to read the HTML linker writes (XPath, since cssselect is not a
dependency)."""

from __future__ import annotations

import lxml.html


def has_class(name: str) -> str:
    """XPath predicate: the element has CSS class ``name``."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


def find_all(tree, tag: str, css_class: str) -> list:
    return tree.xpath(f".//{tag}[{has_class(css_class)}]")


def mention_links(tree) -> list:
    return find_all(tree, "a", "linker-mention")


def parse_page(html: str | bytes):
    return lxml.html.document_fromstring(html)


def user_markup_problems(tree, allowed_scripts: tuple[str, ...] = ()) -> list[str]:
    """Markup that did not come from linker: script elements (other than ``allowed``
    sources), event-handler attributes, javascript: links, embedded objects."""
    problems = []
    for script in tree.iter("script"):
        if script.get("src") not in allowed_scripts:
            problems.append(f"script element src={script.get('src')!r}")
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag in ("img", "iframe", "object", "embed", "svg", "style") and (
            element.tag != "style" or element.getparent().tag != "head"
        ):
            problems.append(f"<{element.tag}> element")
        for name, value in element.attrib.items():
            if name.lower().startswith("on"):
                problems.append(f"{name} attribute on <{element.tag}>")
            if name in ("href", "src") and value.strip().lower().startswith("javascript:"):
                problems.append(f"javascript: URL on <{element.tag}>")
    return problems
