"""The texts the benchmark reads: a corpus built from the gold texts, an HTML page, and
adversarial inputs. Everything is deterministic: the same gold file and seed give the
same bytes, so two runs (or two machines) measure the same work.
"""

from __future__ import annotations

import html
import json
import logging
import random
import re
from collections.abc import Callable, Iterator
from pathlib import Path

log = logging.getLogger(__name__)

#: The repository this package lives in, and the shared folder beside it.
REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED = REPO_ROOT.parent / "shared"
GOLD = REPO_ROOT / "tests" / "corpus" / "gold.jsonl"
SEED_STATEMENT = SHARED / "corpus" / "seed-statement.txt"

#: Gold texts are joined by a blank line, as paragraphs are in the texts themselves.
SEPARATOR = "\n\n"


def load_gold_texts(path: Path = GOLD) -> list[str]:
    """Every ``text`` of the gold file. Another process may be appending to it, so a
    line that does not parse (a half-written last line) is skipped, not fatal."""
    texts = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            texts.append(json.loads(line)["text"])
        except (json.JSONDecodeError, KeyError, TypeError):
            log.warning("%s:%d: skipped, not a gold record", path.name, number)
    if not texts:
        raise ValueError(f"no gold texts in {path}")
    return texts


def build_corpus(texts: list[str], nbytes: int, seed: int) -> str:
    """About ``nbytes`` of UTF-8: whole gold texts, each pass over them in a new
    seeded order, cut at the last paragraph break before the size."""
    return _cut(SEPARATOR.join(_shuffled_passes(texts, nbytes, seed)), nbytes)


def _shuffled_passes(texts: list[str], nbytes: int, seed: int) -> Iterator[str]:
    rng = random.Random(seed)
    total = 0
    while total < nbytes:
        order = texts[:]
        rng.shuffle(order)
        for text in order:
            total += len(text.encode("utf-8")) + len(SEPARATOR)
            yield text


def prefix(text: str, nbytes: int) -> str:
    """The longest run of whole paragraphs of ``text`` within ``nbytes`` of UTF-8."""
    return _cut(text, nbytes)


def _cut(text: str, nbytes: int) -> str:
    head = text.encode("utf-8")[:nbytes].decode("utf-8", errors="ignore")
    if len(head) == len(text):
        return text
    cut = head.rfind(SEPARATOR)
    return head[:cut] if cut > 0 else head


def build_html(texts: list[str], nbytes: int, seed: int) -> str:
    """A standalone HTML page of about ``nbytes``: each gold text an ``<article>`` with a
    heading and its paragraphs, some words inside inline markup, as real pages have."""
    body: list[str] = []
    size = 0
    for number, text in enumerate(_shuffled_passes(texts, nbytes, seed), 1):
        if size >= nbytes:
            break
        block = _article_html(number, text)
        size += len(block.encode("utf-8"))
        body.append(block)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<title>linker benchmark page</title></head>\n<body><nav><a href="#top">Top</a></nav>'
        "<main>\n" + "\n".join(body) + "\n</main><footer><p>End.</p></footer></body></html>\n"
    )


def _article_html(number: int, text: str) -> str:
    paragraphs = [p for p in text.split(SEPARATOR) if p.strip()]
    inner = "".join(f"<p>{_inline(p, number)}</p>\n" for p in paragraphs)
    return f'<article id="doc-{number}"><h2>Document {number}</h2>\n{inner}</article>'


def _inline(paragraph: str, number: int) -> str:
    """Escape a paragraph and wrap every eleventh word in ``<em>``, so some names and
    pinpoints cross element boundaries."""
    words = html.escape(paragraph).split(" ")
    for index in range(number % 11, len(words), 11):
        words[index] = f"<em>{words[index]}</em>"
    return " ".join(words)


# -- adversarial inputs ----------------------------------------------------------------


def _fill(unit: str, nbytes: int, lead: str = "") -> str:
    """``lead`` then ``unit`` repeated to about ``nbytes`` of UTF-8."""
    count = max(1, (nbytes - len(lead.encode("utf-8"))) // len(unit.encode("utf-8")))
    return lead + unit * count


def _article_list(nbytes: int, _normal: str) -> str:
    """One pinpoint list a megabyte long: "article 1, 2, 3, …" after a named instrument."""
    parts = ["The International Covenant on Civil and Political Rights, article 1"]
    size, number = len(parts[0]), 1
    while size < nbytes:
        number += 1
        parts.append(f", {number}")
        size += len(parts[-1])
    return "".join(parts)


def _no_spaces(nbytes: int, normal: str) -> str:
    """Normal prose with every whitespace character removed: one line, no word breaks."""
    squeezed = re.sub(r"\s+", "", normal)
    return (squeezed * (nbytes // max(1, len(squeezed)) + 1))[:nbytes]


def _digit_runs(nbytes: int, _normal: str) -> str:
    """Pinpoint cues followed by digit runs thousands of digits long."""
    unit = "Article " + "7" * 5000 + "(" + "3" * 5000 + ") of the Covenant, "
    return _fill(unit, nbytes, "The International Covenant on Civil and Political Rights. ")


def _paren_runs(nbytes: int, _normal: str) -> str:
    """Runs of sub-paragraphs and of unbalanced parentheses after a pinpoint."""
    unit = "article 12" + "(1)" * 300 + " " + "(" * 300 + ")" * 300 + " of the Covenant "
    return _fill(unit, nbytes, "The International Covenant on Civil and Political Rights. ")


def _nested_html(nbytes: int, normal: str) -> str:
    """Elements nested deep (ten thousand levels at 1 MB) around a cited passage,
    repeated."""
    depth = max(10, min(10_000, nbytes // 100))
    passage = html.escape(prefix(normal, 400))
    unit = "<div><span>" * depth + passage + "</span></div>" * depth
    return _fill(unit, nbytes, "<!DOCTYPE html><html><body>") + "</body></html>"


#: name → (what it is, builder(nbytes, normal text) → input).
ADVERSARIAL: dict[str, tuple[str, Callable[[int, str], str]]] = {
    "article_list": ('"article 1, 2, 3, …" to 1 MB', _article_list),
    "convention_repeat": (
        '"the Convention the Convention …"',
        lambda n, _: _fill("the Convention ", n, "The Convention against Torture. "),
    ),
    "no_spaces": ("one line of prose with no spaces", _no_spaces),
    "article_repeat": ('"article article article …"', lambda n, _: _fill("article ", n)),
    "digit_runs": ("cues before 5,000-digit runs", _digit_runs),
    "paren_runs": ("runs of (1)(1)… and of (((…)))", _paren_runs),
    "nested_html": ("HTML nested 10,000 deep (at 1 MB)", _nested_html),
}


def adversarial_inputs(nbytes: int, normal: str) -> dict[str, str]:
    """Every adversarial input, each about ``nbytes`` of UTF-8."""
    return {name: build(nbytes, normal) for name, (_, build) in ADVERSARIAL.items()}
