"""linker: finds citations of international legal instruments in text and links them.

The pipeline, one public verb per stage::

    catalogue = load_catalogue()                    # references/ → Catalogue
    mentions = resolve_mentions(text, catalogue)    # text → [Mention]
    html = annotate_statement(text, mentions, catalogue)  # → annotated HTML fragment

    document = read_html(page, base_url)            # HTML page → main content + its text
    mentions = resolve_mentions(document.text, catalogue)
    html = annotate_html(document, mentions, catalogue)  # → the page's markup, annotated
"""

__version__ = "0.1.0"

from linker.annotate import annotate_statement
from linker.catalogue import Catalogue, load_catalogue
from linker.htmldoc import annotate_html, read_html
from linker.resolve import resolve_mentions

__all__ = [
    "Catalogue",
    "__version__",
    "annotate_html",
    "annotate_statement",
    "load_catalogue",
    "read_html",
    "resolve_mentions",
]
