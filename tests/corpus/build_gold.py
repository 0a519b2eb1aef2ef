"""Build ``tests/corpus/gold.jsonl`` from the gold texts written in this file.

Every gold text is authored here, with its annotations, and this script computes the
offsets: nobody counts characters by hand. Run it from the repository root after adding
or changing a text::

    python3 tests/corpus/build_gold.py            # rewrite gold.jsonl
    python3 tests/corpus/build_gold.py --check    # fail if gold.jsonl is stale

An annotation is written with :func:`m`::

    m("{article 12, paragraph 4, of the Covenant}", "iccpr", "12(4)")
    m("Covenant", "iccpr", n=2)          # the third occurrence of "Covenant"
    m("of the {Covenant} and", "iccpr")  # context around the span, braces mark the span

that is, (substring, occurrence index, instrument, articles, invalid articles). The
substring is searched in the finished text; with braces, the whole string is searched and
the span is the braced part. ``n`` counts occurrences of the searched string, from 0.
Words that look like citations but are not (a committee, "the party convention") are
listed with :func:`x` the same way, so the audit below knows they were looked at.

Checks made on every build (the script stops at the first failing text):

- each span is found, starts and ends on a word boundary, does not start with an article
  ("the"; French and Spanish "le", "la", "l'", "el", "los", ...);
- spans are sorted and never overlap; instrument ids are known;
- every citation cue (article, convention, covenant, ICCPR, ...; in French and Spanish
  article, paragraphe, Pacte, artículo, Convención, Carta, PIDCP, ...) in a text lies inside a
  mention or a listed non-mention, so nothing is left unannotated by oversight;
- a text's language is en, fr or es, and a French or Spanish text's id starts with it;
- each pinpoint exists in the official text (``../shared/oracle/texts``, or the folder
  named by ``LINKER_ORACLE``) and each invalid pinpoint does not; instruments without an
  oracle text are listed for review instead.

A text written with ``rights=True`` is also annotated for the rights it names (the gold's
``"rights"`` field; see ``README.md``)::

    r("right to return", "right-to-return")          # a right named, same span rules
    nr("return to work")                             # a look-alike that is not a right
    m("Universal Declaration of Human Rights", "udhr", infer="right-to-return")

``infer`` names the right (or rights, space-separated) that settles an instrument cited
without articles in the same sentence; its ``inferred_articles`` are computed from
``references/rights.toml``: the instrument's articles with basis "text", ``[]`` when it
has none. In such a text every name of a right in the index, and every "right to/of",
"freedom of/from", "principle of" and "prohibition of", must lie inside an annotation.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD_FILE = HERE / "gold.jsonl"
RIGHTS_FILE = HERE.parents[1] / "references" / "rights.toml"
ORACLE_DIR = Path(os.environ.get("LINKER_ORACLE") or HERE.parents[2] / "shared" / "oracle")

INSTRUMENTS = frozenset(
    (
        "udhr",
        "iccpr",
        "iccpr-op1",
        "iccpr-op2",
        "icescr",
        "icescr-op",
        "refugee-convention-1951",
        "refugee-protocol-1967",
        "stateless-persons-1954",
        "statelessness-1961",
        "icerd",
        "cedaw",
        "cedaw-op",
        "cat",
        "opcat",
        "crc",
        "crc-opac",
        "crc-opsc",
        "crc-opic",
        "crpd",
        "crpd-op",
        "icmw",
        "cped",
        "genocide-convention",
        "un-charter",
        "icj-statute",
        "rome-statute",
        "geneva-conventions-1949",
        "gc-i",
        "gc-ii",
        "gc-iii",
        "gc-iv",
        "ap-i",
        "ap-ii",
        "ap-iii",
        "vclt",
        "echr",
        "achpr",
        "achr",
        "undrip",
        "guiding-principles-idp",
        "pinheiro-principles",
        "declaration-human-rights-defenders",
    )
)
STYLES = ("un-formal", "treaty-body", "court", "ngo", "news", "press-release", "academic")

#: Oracle file names that differ from the catalogue ids; the four Geneva Conventions
#: cited together share their common articles, checked against the first.
ORACLE_NAMES = {
    "gc-i": "geneva-convention-1",
    "gc-ii": "geneva-convention-2",
    "gc-iii": "geneva-convention-3",
    "gc-iv": "geneva-convention-4",
    "ap-i": "additional-protocol-1",
    "ap-ii": "additional-protocol-2",
    "ap-iii": "additional-protocol-3",
    "geneva-conventions-1949": "geneva-convention-1",
}

#: Words that cite, or look as if they cite, an instrument. Each hit must be accounted for.
#: The second and third lines are the French and Spanish heads, pinpoint words and
#: abbreviations ("la convention collective" and "la carta del restaurante" are hits too).
CUE = re.compile(
    r"""(?<![\w-])(?:
        (?i:covenants?|conventions?|declarations?|charters?|statutes?|protocols?|articles?|arts?\.)
      | (?i:pactes?|d[ée]clarations?|chartes?|statuts?|protocoles?|paragraphes?|par\.)
      | (?i:pactos?|convenci[oó]n(?:es)?|convenios?|declaraci[oó]n(?:es)?|cartas?|estatutos?
          |protocolos?|art[ií]culos?|p[aá]rrafos?|p[aá]rrs?\.)
      | Principles? | UDHR | ICCPR | ICESCR | ICERD | CERD | CEDAW | CAT | OPCAT | CRC | CRPD
      | CPED | ECHR | ACHPR | ACHR | UNDRIP | UNCRC | VCLT | ICMW | OPAC | OPSC
      | OP-[A-Z]+ | OP[0-9]
      | Principes? | Principios? | DUDH | PIDCP | PIDESC | CEDH | CESDH | CIDE | CDE | CDN
      | CDPH | CIDPH | CDPD | CADH | CADHP | CEDEF | CVDT | DNUDPA | DNUDPI
    )(?!\w)
    | §""",
    re.VERBOSE,
)
#: Languages of the gold texts; a French or Spanish text's id starts with its language
#: (after the prefix of the held-out texts, ``heldout-fr-news-01``; see ``build_heldout.py``).
LANGUAGES = ("en", "fr", "es")
HELDOUT_PREFIX = "heldout-"
#: What a mention's span may not start with: the English, French and Spanish articles
#: (and the contracted forms), so "l'article 12 du Pacte" is the span "article 12 du Pacte".
LEADING_ARTICLE = re.compile(r"(?i)(?:the|le|la|les|el|los|las|du|des|au|aux|del|al)\s|l['’]")
PINPOINT = re.compile(r"^(?P<art>\d+|[IVXL]+)(?P<sec>[A-F])?(?P<path>(?:\([0-9a-z]+\))*)$")


@dataclass(frozen=True)
class Ann:
    """One annotation: where the span is, and what it cites (empty instrument: not a mention).

    ``right`` marks a right named instead (``"-"``: a look-alike that is not a right);
    ``infer`` the rights that settle an instrument mention's inferred articles.
    """

    span: str
    n: int
    instrument: str
    articles: tuple[str, ...]
    invalid: tuple[str, ...]
    right: str = ""
    infer: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Gold:
    """One gold text as authored: prose wrapped freely, paragraphs split by a blank line.

    ``rights``: the text is annotated for the rights it names too (``r``, ``nr``, ``infer``).
    """

    id: str
    style: str
    body: str
    annotations: tuple[Ann, ...]
    lang: str = "en"
    keep_lines: bool = False
    rights: bool = False

    @property
    def text(self) -> str:
        """The text as submitted: unless ``keep_lines``, lines inside a paragraph are joined."""
        body = self.body.strip("\n")
        if self.keep_lines:
            return body
        paragraphs = re.split(r"\n[ \t]*\n", body)
        return "\n\n".join(" ".join(line.strip() for line in p.splitlines()) for p in paragraphs)


def m(
    span: str,
    instrument: str,
    articles: str = "",
    invalid: str = "",
    n: int = 0,
    infer: str | None = None,
) -> Ann:
    """A mention: ``articles`` and ``invalid`` are space-separated pinpoints; ``infer`` the
    space-separated ids of the rights that settle its inferred articles."""
    inferred = tuple(infer.split()) if infer is not None else None
    return Ann(span, n, instrument, tuple(articles.split()), tuple(invalid.split()), "", inferred)


def x(span: str, n: int = 0) -> Ann:
    """A look-alike that is not a mention (a committee, a generic word, an unlisted text)."""
    return Ann(span, n, "", (), ())


def r(span: str, right: str, n: int = 0) -> Ann:
    """A right or legal concept the text names, by its id in ``references/rights.toml``."""
    return Ann(span, n, "", (), (), right)


def nr(span: str, n: int = 0) -> Ann:
    """A look-alike that is not a right ("return to work", "tax return", "way of life")."""
    return Ann(span, n, "", (), (), NOT_A_RIGHT)


def t(
    id: str,
    style: str,
    body: str,
    *annotations: Ann,
    keep_lines: bool = False,
    rights: bool = False,
) -> Gold:
    return Gold(id, style, body, tuple(annotations), keep_lines=keep_lines, rights=rights)


def fr(id: str, style: str, body: str, *annotations: Ann) -> Gold:
    """A French text (or a mixed one whose other language is French)."""
    return Gold(id, style, body, tuple(annotations), lang="fr")


def es(id: str, style: str, body: str, *annotations: Ann) -> Gold:
    """A Spanish text (or a mixed one whose other language is Spanish)."""
    return Gold(id, style, body, tuple(annotations), lang="es")


# --------------------------------------------------------------------------------------
# The rights index, for texts annotated for rights
# --------------------------------------------------------------------------------------

NOT_A_RIGHT = "-"
#: The four Geneva Conventions cited together: their common articles state a right only
#: when each of the four states it in the same article.
GENEVA_CONVENTIONS = ("gc-i", "gc-ii", "gc-iii", "gc-iv")
#: Words that name a right, or often do, besides the index's own names: each hit in a text
#: annotated for rights must lie inside an annotation (a right, a look-alike, a mention).
RIGHT_CUE = re.compile(
    r"(?i)\b(?:right (?:to|of)|freedoms? (?:of|from)|principle of|prohibition of)\b"
)


#: What a right's span leaves out at its start ("the principle of non-refoulement").
WRAPPER = re.compile(r"(?i)(?:principle of\s+)?")


class RightsIndex:
    """The rights of ``references/rights.toml``: ids, names, and text-basis articles."""

    def __init__(self, path: Path) -> None:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        self.ids = {right["id"] for right in data["right"]}
        self.names = sorted({n for right in data["right"] for n in right["names"]}, key=len)
        self._text: dict[tuple[str, str], list[str]] = {}
        for right in data["right"]:
            for source in right["articles"]:
                if source["basis"] == "text":
                    key = (right["id"], source["instrument"])
                    self._text.setdefault(key, []).extend(source["articles"])
        words = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in reversed(self.names))
        self.cue = re.compile(rf"(?i)(?<![\w-])(?:{words})(?![\w-])")

    def articles(self, right: str, instrument: str) -> list[str]:
        """The articles of ``instrument`` stating ``right`` in its own words (basis text)."""
        if instrument != "geneva-conventions-1949":
            return list(self._text.get((right, instrument), []))
        each = [self._text.get((right, gc), []) for gc in GENEVA_CONVENTIONS]
        common = [a for a in each[0] if all(a in other for other in each[1:])]
        if not common and any(each):
            raise ValueError(
                f"only some of the four Geneva Conventions state {right!r}: "
                "no inference can be written for them cited together"
            )
        return common

    def inferred(self, rights: tuple[str, ...], instrument: str) -> list[str]:
        """The union, in index order, of the articles ``rights`` give ``instrument``."""
        found: list[str] = []
        for right in rights:
            if right not in self.ids:
                raise ValueError(f"unknown right {right!r}")
            found += [a for a in self.articles(right, instrument) if a not in found]
        return found


_RIGHTS: list[RightsIndex] = []


def rights_index() -> RightsIndex:
    if not _RIGHTS:
        _RIGHTS.append(RightsIndex(RIGHTS_FILE))
    return _RIGHTS[0]


# --------------------------------------------------------------------------------------
# Building and checking
# --------------------------------------------------------------------------------------


def locate(text: str, ann: Ann) -> tuple[int, int]:
    """Offsets of the annotation's span: the ``n``-th occurrence of its search string."""
    search = ann.span.replace("{", "").replace("}", "")
    inner = ann.span.find("{")
    offset, length = (inner, ann.span.index("}") - inner - 1) if inner >= 0 else (0, len(search))
    position = -1
    for _ in range(ann.n + 1):
        position = text.find(search, position + 1)
        if position < 0:
            raise ValueError(f"{ann.span!r} occurrence {ann.n} not found")
    start = position + offset
    return start, start + length


def check_span(text: str, start: int, end: int, ann: Ann) -> None:
    span = text[start:end]
    if start > 0 and (text[start - 1].isalnum() or text[start].isspace()):
        raise ValueError(f"{span!r} does not start on a word boundary")
    if end < len(text) and (text[end].isalnum() and text[end - 1].isalnum()):
        raise ValueError(f"{span!r} does not end on a word boundary")
    if ann.instrument and LEADING_ARTICLE.match(span):
        raise ValueError(f"{span!r}: a span excludes a leading article ('the', 'la', 'l'', ...)")
    if ann.right not in ("", NOT_A_RIGHT) and re.match(r"(?i)(?:the|principle of)\s", span):
        raise ValueError(f"{span!r}: a right's span excludes 'the' and 'principle of'")


def build(gold: Gold, oracle: Oracle) -> dict:
    """The gold.jsonl record of one text, after every check."""
    if gold.style not in STYLES:
        raise ValueError(f"unknown style {gold.style!r}")
    if gold.lang not in LANGUAGES:
        raise ValueError(f"unknown language {gold.lang!r}")
    if gold.lang != "en" and not gold.id.removeprefix(HELDOUT_PREFIX).startswith(f"{gold.lang}-"):
        raise ValueError(f"a {gold.lang} text's id starts with '{gold.lang}-'")
    text = gold.text
    placed = []
    for ann in gold.annotations:
        start, end = locate(text, ann)
        check_span(text, start, end, ann)
        placed.append((start, end, ann))
    placed.sort(key=lambda item: item[:2])
    mentions = [(s, e, a) for s, e, a in placed if a.instrument]
    rights = [(s, e, a) for s, e, a in placed if a.right not in ("", NOT_A_RIGHT)]
    named = sorted(mentions + rights, key=lambda item: item[:2])
    for (_, end, a), (start, _, b) in itertools.pairwise(named):
        if start < end:
            raise ValueError(f"mentions overlap: {a.span!r} and {b.span!r}")
    audit(text, placed)
    for _, _, ann in mentions:
        check_pinpoints(ann, oracle)
    result = {
        "id": gold.id,
        "style": gold.style,
        "lang": gold.lang,
        "text": text,
        "mentions": [record(text, s, e, a) for s, e, a in mentions],
    }
    if gold.rights:
        audit_rights(text, placed)
        for start, _, ann in mentions:
            check_inference(text, start, ann, rights)
        result["rights"] = [
            {"start": s, "end": e, "text": text[s:e], "right": a.right} for s, e, a in rights
        ]
    elif any(a.right or a.infer is not None for _, _, a in placed):
        raise ValueError("rights annotated in a text not marked rights=True")
    return result


def record(text: str, start: int, end: int, ann: Ann) -> dict:
    data = {
        "start": start,
        "end": end,
        "text": text[start:end],
        "instrument": ann.instrument,
        "articles": list(ann.articles),
        "invalid_articles": list(ann.invalid),
    }
    if ann.infer is not None:
        data["inferred_articles"] = rights_index().inferred(ann.infer, ann.instrument)
        data["inferred_rights"] = list(ann.infer)
    return data


#: How many paragraphs a list may run on from the sentence that names the right ("… is
#: protected by:", then one item a paragraph).
LIST_PARAGRAPHS = 3


def check_inference(text: str, start: int, ann: Ann, rights: list) -> None:
    """An inference needs an instrument cited without articles and each right that settles
    it named in its paragraph, or in one of the few before it for a list that runs on (the
    annotator judges the sentence; this catches slips)."""
    if ann.infer is None:
        return
    if ann.articles or ann.invalid:
        raise ValueError(f"{ann.span!r}: no inference on a mention that cites articles")
    if not ann.infer:
        raise ValueError(f"{ann.span!r}: infer= names no right")
    here = _paragraph(text, start)
    for right in ann.infer:
        if not any(
            a.right == right and 0 <= here - _paragraph(text, s) <= LIST_PARAGRAPHS
            for s, _, a in rights
        ):
            raise ValueError(f"{ann.span!r}: {right!r} not named in or just before its paragraph")


def _paragraph(text: str, position: int) -> int:
    return text.count("\n\n", 0, position)


def audit_rights(text: str, placed: list[tuple[int, int, Ann]]) -> None:
    """In a text annotated for rights, every name of a right in the index and every
    "right to", "freedom of", ... must sit inside an annotation; right ids must exist."""
    index = rights_index()
    for _, _, ann in placed:
        if ann.right not in ("", NOT_A_RIGHT) and ann.right not in index.ids:
            raise ValueError(f"unknown right {ann.right!r}")
    rights = [s for s, _, a in placed if a.right not in ("", NOT_A_RIGHT)]
    for cue in (index.cue, RIGHT_CUE):
        for hit in cue.finditer(text):
            # "principle of" is left out of the span of the right it introduces
            start = hit.start() + len(WRAPPER.match(hit.group()).group())
            if any(s <= start and hit.end() <= e for s, e, _ in placed):
                continue
            if not any(s > hit.end() and not text[hit.end() : s].strip() for s in rights):
                context = text[max(0, hit.start() - 40) : hit.end() + 40].replace("\n", " ")
                raise ValueError(f"unannotated right {hit.group()!r} in …{context}…")


def audit(text: str, placed: list[tuple[int, int, Ann]]) -> None:
    """Every citation cue must sit inside an annotated span (mention or non-mention)."""
    for hit in CUE.finditer(text):
        if not any(s <= hit.start() and hit.end() <= e for s, e, _ in placed):
            context = text[max(0, hit.start() - 40) : hit.end() + 40].replace("\n", " ")
            raise ValueError(f"unannotated cue {hit.group()!r} in …{context}…")


class Oracle:
    """Article trees of the official texts, to check that cited pinpoints exist."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder / "texts"
        self.unchecked: set[tuple[str, str]] = set()
        self._cache: dict[str, dict | None] = {}

    @property
    def available(self) -> bool:
        return self.folder.is_dir()

    def articles(self, instrument: str) -> dict | None:
        if instrument not in self._cache:
            path = self.folder / f"{ORACLE_NAMES.get(instrument, instrument)}.json"
            data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else None
            if data is not None:
                labels = data.get("article_labels") or {}
                data = {labels.get(k, k): v for k, v in data["articles"].items()}
            self._cache[instrument] = data
        return self._cache[instrument]

    def exists(self, instrument: str, pinpoint: str) -> bool | None:
        """True or False when the oracle can tell, None when it has no text."""
        from linker.structure import parse_paragraphs

        articles = self.articles(instrument)
        if articles is None:
            self.unchecked.add((instrument, pinpoint))
            return None
        match = PINPOINT.match(pinpoint)
        if match is None or match["art"] not in articles:
            return False
        path = ([match["sec"]] if match["sec"] else []) + re.findall(r"\((\w+)\)", match["path"])
        units = parse_paragraphs(articles[match["art"]])
        for number in path:
            unit = next((u for u in units if u.number == number), None)
            if unit is None:
                return False
            units = unit.children
        return True


def check_pinpoints(ann: Ann, oracle: Oracle) -> None:
    if ann.instrument not in INSTRUMENTS:
        raise ValueError(f"unknown instrument {ann.instrument!r}")
    if not oracle.available:
        return
    for pinpoint in ann.articles:
        if oracle.exists(ann.instrument, pinpoint) is False:
            raise ValueError(f"{ann.instrument} has no {pinpoint!r} ({ann.span!r})")
    for pinpoint in ann.invalid:
        if oracle.exists(ann.instrument, pinpoint) is True:
            raise ValueError(f"{ann.instrument} {pinpoint!r} exists, so is not invalid")


def build_all(texts: list[Gold]) -> tuple[str, Oracle]:
    """The whole gold.jsonl content, and the oracle used (to report what it could not check)."""
    if str(HERE.parents[1]) not in sys.path:  # linker.structure, when run as a script
        sys.path.insert(0, str(HERE.parents[1]))
    oracle = Oracle(ORACLE_DIR)
    seen: set[str] = set()
    lines = []
    for gold in texts:
        if gold.id in seen:
            raise SystemExit(f"duplicate id {gold.id}")
        seen.add(gold.id)
        try:
            lines.append(json.dumps(build(gold, oracle), ensure_ascii=False))
        except ValueError as exc:
            raise SystemExit(f"{gold.id}: {exc}") from None
    return "".join(line + "\n" for line in lines), oracle


def summary(content: str) -> str:
    records = [json.loads(line) for line in content.splitlines()]
    words = sum(len(r["text"].split()) for r in records)
    mentions = sum(len(r["mentions"]) for r in records)
    styles: dict[str, int] = {}
    for r in records:
        styles[r["style"]] = styles.get(r["style"], 0) + 1
    languages: dict[str, int] = {}
    for r in records:
        languages[r["lang"]] = languages.get(r["lang"], 0) + 1
    by_style = ", ".join(f"{k} {v}" for k, v in sorted(styles.items()))
    by_lang = ", ".join(f"{k} {v}" for k, v in sorted(languages.items()))
    return f"{len(records)} texts, {words} words, {mentions} mentions ({by_lang}; {by_style})"


def run(texts: list[Gold], target: Path, script: str, argv: list[str]) -> int:
    """Build ``texts`` and write them to ``target`` (or, with ``--check``, compare)."""
    content, oracle = build_all(texts)
    if not oracle.available:
        print(f"note: no oracle at {ORACLE_DIR}; pinpoints were not checked", file=sys.stderr)
    for instrument, pinpoint in sorted(oracle.unchecked):
        print(f"note: no oracle text for {instrument}; check {pinpoint} by hand", file=sys.stderr)
    if "--check" in argv:
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if current != content:
            print(f"{target.name} is out of date: run python3 tests/corpus/{script}")
            return 1
        print(f"{target.name} is up to date: {summary(content)}")
        return 0
    target.write_text(content, encoding="utf-8")
    print(f"wrote {target.name}: {summary(content)}")
    return 0


def main(argv: list[str]) -> int:
    return run(TEXTS, GOLD_FILE, "build_gold.py", argv)


# --------------------------------------------------------------------------------------
# The gold texts. Invented people and places; no text is copied from a real document.
# --------------------------------------------------------------------------------------

TEXTS: list[Gold] = []

# --- UN formal style: resolutions, reports, letters, notes verbales ------------------------

TEXTS += [
    t(
        "un-formal-01",
        "un-formal",
        """
The General Assembly,

Guided by the purposes and principles of the Charter of the United Nations,

Recalling the Universal Declaration of Human Rights, the International Covenant on Civil and
Political Rights and the International Covenant on Economic, Social and Cultural Rights,

Reaffirming that, in accordance with article 13, paragraph 2, of the Universal Declaration,
everyone has the right to leave any country, including his own, and to return to his country,

Recalling also that, under paragraph 4 of article 12 of the International Covenant on Civil and
Political Rights, no one shall be arbitrarily deprived of the right to enter his own country,

Recalling further the Guiding Principles on Internal Displacement, in particular principles 28
to 30, and the Principles on Housing and Property Restitution for Refugees and Displaced
Persons,

Noting with concern the report of the Secretary-General on the situation of internally
displaced persons from the Varesh valley, and the declaration of results issued by the
provisional electoral commission of the valley, which excluded displaced voters,

1. Reaffirms the right of all persons displaced from the Varesh valley to return voluntarily, in
safety and dignity, to their homes, in accordance with article 12 of the Covenant;

2. Calls upon all parties to respect their obligations under international humanitarian law,
including the Geneva Conventions of 12 August 1949, and to refrain from any act of forcible
transfer;

3. Urges Member States that have not yet done so to consider acceding to the Convention relating
to the Status of Stateless Persons and the Convention on the Reduction of Statelessness;

4. Requests the Secretary-General to report to it at its next session on the implementation of
the present resolution, including on the restitution of housing and property in line with
principle 10 of the Pinheiro Principles.
""",
        m("Charter of the United Nations", "un-charter"),
        m("Universal Declaration of Human Rights", "udhr"),
        m("International Covenant on Civil and Political Rights", "iccpr"),
        m("International Covenant on Economic, Social and Cultural Rights", "icescr"),
        m("article 13, paragraph 2, of the Universal Declaration", "udhr", "13(2)"),
        m(
            "paragraph 4 of article 12 of the International Covenant on Civil and Political Rights",
            "iccpr",
            "12(4)",
        ),
        m("Guiding Principles on Internal Displacement", "guiding-principles-idp"),
        m("principles 28 to 30", "guiding-principles-idp", "28 29 30"),
        m(
            "Principles on Housing and Property Restitution for Refugees and Displaced Persons",
            "pinheiro-principles",
        ),
        x("declaration of results"),
        m("article 12 of the Covenant", "iccpr", "12"),
        m("Geneva Conventions of 12 August 1949", "geneva-conventions-1949"),
        m("Convention relating to the Status of Stateless Persons", "stateless-persons-1954"),
        m("Convention on the Reduction of Statelessness", "statelessness-1961"),
        m("principle 10 of the Pinheiro Principles", "pinheiro-principles", "10"),
        r("right to leave any country, including his own", "leave-any-country"),
        r("and to {return to his country}", "right-to-return"),
        r("right to enter his own country", "right-to-return"),
        r("right of all persons displaced from the Varesh valley to return", "right-to-return"),
        r("forcible transfer", "deportation-forcible-transfer"),
        r("restitution of housing and property", "property"),
        rights=True,
    ),
    t(
        "un-formal-02",
        "un-formal",
        """
1. The Special Rapporteur on the promotion and protection of the right to freedom of opinion and
expression visited Morvania from 3 to 14 March at the invitation of the Government. Morvania
acceded to the International Covenant on Civil and Political Rights (hereinafter “the
Covenant”) in 1994 and to its first Optional Protocol in 2001.

2. The legal framework for the visit is set out in article 19 of the Covenant. Under article 19,
paragraph 3, of the Covenant, any restriction on expression must be provided by law and be
necessary for the respect of the rights or reputations of others or for the protection of
national security, public order, or public health or morals. The Human Rights Committee has
stressed, in its general comment No. 34, that such restrictions may not put the right itself in
jeopardy.

3. The Special Rapporteur recalls that, under article 2, paragraph 1, of the Covenant, the State
must respect and ensure the rights recognized in the Covenant to all individuals within its
territory and subject to its jurisdiction, without distinction of any kind. Articles 21 and 22,
which protect peaceful assembly and association, are closely linked to article 19.

4. During the visit, the Special Rapporteur met journalists who had been detained under section
14 of the Public Order Act after reporting on protests. He also met human rights defenders whose
work is protected by the Declaration on Human Rights Defenders, adopted by the General Assembly
in 1998. Article 6 of that Declaration affirms the right to know, seek and obtain information
about human rights.

5. The Special Rapporteur recommends that the Government review the Public Order Act in the
light of articles 19 and 21 of the Covenant, and that it give effect to the views adopted by the
Human Rights Committee under the Optional Protocol concerning Morvania.
""",
        m("International Covenant on Civil and Political Rights", "iccpr"),
        x("“the {Covenant}”)"),
        m("first Optional Protocol", "iccpr-op1"),
        m("article 19 of the Covenant", "iccpr", "19"),
        m("article 19, paragraph 3, of the Covenant", "iccpr", "19(3)"),
        x("Human Rights Committee"),
        m("article 2, paragraph 1, of the Covenant", "iccpr", "2(1)"),
        m("recognized in the {Covenant}", "iccpr"),
        m("Articles 21 and 22", "iccpr", "21 22"),
        m("linked to {article 19}", "iccpr", "19"),
        m("Declaration on Human Rights Defenders", "declaration-human-rights-defenders"),
        m("Article 6 of that Declaration", "declaration-human-rights-defenders", "6"),
        m("articles 19 and 21 of the Covenant", "iccpr", "19 21"),
        x("Human Rights Committee", n=1),
        m("Optional Protocol", "iccpr-op1", n=1),
        nr(
            "Special Rapporteur on the promotion and protection of the right to freedom of opinion"
            " and expression"
        ),
        r("{peaceful assembly} and association", "assembly"),
        r("peaceful assembly and {association}", "association"),
        r("right to know, seek and obtain information about human rights", "expression"),
        rights=True,
    ),
    t(
        "un-formal-03",
        "un-formal",
        """
Children and armed conflict in the Northern Provinces of Kessaly

Report of the Secretary-General

1. The present report covers the period from January to December and is submitted pursuant to
Security Council resolution 1612 (2005). It describes grave violations against children
committed by the parties to the conflict in the Northern Provinces of Kessaly.

2. Kessaly is a party to the Convention on the Rights of the Child and, since 2004, to the
Optional Protocol to the Convention on the Rights of the Child on the involvement of children in
armed conflict. Under article 38 of the Convention, States must take all feasible measures to
ensure that persons under 15 years of age do not take a direct part in hostilities. Articles 1
to 3 of the Optional Protocol raise that threshold for compulsory recruitment and direct
participation, and article 4 provides that armed groups should not recruit or use persons under
18 in any circumstances.

3. The United Nations verified the recruitment and use of 312 children, 41 of them girls. Most
were recruited by the Kessaly Liberation Front, which is not a party to the Optional Protocol but
is bound by common article 3 of the Geneva Conventions and by customary international law.
Conscripting or enlisting children under the age of fifteen years is a war crime under article
8, paragraph 2 (e) (vii), of the Rome Statute of the International Criminal Court.

4. In May, the Government and the country task force agreed on a protocol for the handover of
children captured during military operations to civilian child protection actors, in line with
the Paris Principles. The Secretary-General welcomes this step and urges its full
implementation.

5. The Secretary-General calls on Kessaly to criminalize the recruitment of children, as
required by article 4, paragraph 2, of the Optional Protocol, and to ratify the Optional
Protocol to the Convention on the Rights of the Child on the sale of children, child
prostitution and child pornography.
""",
        m("Convention on the Rights of the Child", "crc"),
        m(
            "Optional Protocol to the Convention on the Rights of the Child on the involvement of"
            " children in armed conflict",
            "crc-opac",
        ),
        m("article 38 of the Convention", "crc", "38"),
        m("Articles 1 to 3 of the Optional Protocol", "crc-opac", "1 2 3"),
        m("and {article 4} provides", "crc-opac", "4"),
        m("party to the {Optional Protocol}", "crc-opac"),
        m("article 3 of the Geneva Conventions", "geneva-conventions-1949", "3"),
        m(
            "article 8, paragraph 2 (e) (vii), of the Rome Statute of the International Criminal"
            " Court",
            "rome-statute",
            "8(2)(e)(vii)",
        ),
        x("protocol for the handover"),
        x("Paris Principles"),
        m("article 4, paragraph 2, of the Optional Protocol", "crc-opac", "4(2)"),
        m(
            "Optional Protocol to the Convention on the Rights of the Child on the sale of"
            " children, child prostitution and child pornography",
            "crc-opsc",
        ),
        r("war crime", "war-crimes"),
        rights=True,
    ),
    t(
        "un-formal-04",
        "un-formal",
        """
The Human Rights Council,

Reaffirming article 15 of the Universal Declaration of Human Rights, which proclaims that
everyone has the right to a nationality and that no one shall be arbitrarily deprived of his
nationality,

Recalling article 24, paragraph 3, of the International Covenant on Civil and Political Rights,
article 7 of the Convention on the Rights of the Child, article 5 (d) (iii) of the International
Convention on the Elimination of All Forms of Racial Discrimination, article 9 of the Convention
on the Elimination of All Forms of Discrimination against Women and article 18 of the Convention
on the Rights of Persons with Disabilities,

Recalling also the Convention relating to the Status of Stateless Persons of 1954 and the
Convention on the Reduction of Statelessness of 1961, and noting that article 9 of the 1961
Convention prohibits deprivation of nationality on racial, ethnic, religious or political
grounds,

Noting with appreciation the work of the treaty bodies, including the Committee on the
Elimination of Discrimination against Women, the Committee on the Rights of the Child and the
Committee on the Elimination of Racial Discrimination,

1. Calls upon all States to refrain from enacting or maintaining legislation that arbitrarily
deprives persons of their nationality, especially if such measures render a person stateless;

2. Urges States to ensure that women have equal rights with men to acquire, change or retain
their nationality, as set out in article 9, paragraph 1, of the Convention on the Elimination of
All Forms of Discrimination against Women, and equal rights with respect to the nationality of
their children, as provided in article 9, paragraph 2;

3. Encourages States to register every child immediately after birth, in accordance with article
7 of the Convention on the Rights of the Child;

4. Requests the Office of the High Commissioner to prepare a report on arbitrary deprivation of
nationality and to present it to the Council at its forty-ninth session.
""",
        m("article 15 of the Universal Declaration of Human Rights", "udhr", "15"),
        m(
            "article 24, paragraph 3, of the International Covenant on Civil and Political Rights",
            "iccpr",
            "24(3)",
        ),
        m("article 7 of the Convention on the Rights of the Child", "crc", "7"),
        m(
            "article 5 (d) (iii) of the International Convention on the Elimination of All Forms"
            " of Racial Discrimination",
            "icerd",
            "5(d)(iii)",
        ),
        m(
            "article 9 of the Convention on the Elimination of All Forms of Discrimination"
            " against Women",
            "cedaw",
            "9",
        ),
        m(
            "article 18 of the Convention on the Rights of Persons with Disabilities",
            "crpd",
            "18",
        ),
        m("Convention relating to the Status of Stateless Persons", "stateless-persons-1954"),
        m("Convention on the Reduction of Statelessness", "statelessness-1961"),
        m("article 9 of the 1961 Convention", "statelessness-1961", "9"),
        x("Committee on the Elimination of Discrimination against Women"),
        x("Committee on the Rights of the Child"),
        x("Committee on the Elimination of Racial Discrimination"),
        m(
            "article 9, paragraph 1, of the Convention on the Elimination of All Forms of"
            " Discrimination against Women",
            "cedaw",
            "9(1)",
        ),
        m("article 9, paragraph 2", "cedaw", "9(2)"),
        m("article 7 of the Convention on the Rights of the Child", "crc", "7", n=1),
        r("right to a nationality", "nationality"),
        r("arbitrarily deprived of his nationality", "nationality"),
        r("prohibits {deprivation of nationality}", "nationality"),
        r("arbitrarily deprives persons of their nationality", "nationality"),
        r("equal rights with men to acquire, change or retain their nationality", "nationality"),
        r("equal rights with respect to the nationality of their children", "nationality"),
        r("arbitrary deprivation of nationality", "nationality"),
        rights=True,
    ),
    t(
        "un-formal-05",
        "un-formal",
        """
Letter dated 4 June from the Permanent Representative of Altaria to the United Nations addressed
to the President of the Security Council

Upon instructions from my Government, I have the honour to draw your attention to the continued
presence of armed forces of the Republic of Dravonia in the Selm district of Altaria, in
violation of Article 2, paragraph 4, of the Charter of the United Nations.

Since 12 May, Dravonian units have occupied four villages and the regional airport. These acts
constitute a use of force against the territorial integrity and political independence of
Altaria, which the Charter prohibits without exception. There has been no request from Altaria,
and no authorization of the Security Council under Chapter VII of the Charter.

Dravonia has claimed to act in self-defence under the Charter. Article 51 permits the use of
force in self-defence only if an armed attack occurs, and only until the Security Council has
taken measures necessary to maintain international peace and security. Measures taken in the
exercise of that right must be immediately reported to the Council. No such report has been
made, and no armed attack by Altaria has ever taken place.

Altaria recalls that, by Article 25 of the Charter, the Members of the United Nations agree to
accept and carry out the decisions of the Security Council, and that, by Article 103,
obligations under the Charter prevail over obligations under any other international agreement.
Both States have made declarations accepting the compulsory jurisdiction of the International
Court of Justice under Article 36, paragraph 2, of the Statute of the International Court of
Justice, and Altaria reserves the right to seise the Court.

I should be grateful if you would have the present letter circulated as a document of the
Security Council.
""",
        m("Article 2, paragraph 4, of the Charter of the United Nations", "un-charter", "2(4)"),
        m("which the {Charter} prohibits", "un-charter", infer="use-of-force"),
        m("Chapter VII of the {Charter}", "un-charter"),
        m("self-defence under the {Charter}", "un-charter", infer="self-defence"),
        m("Article 51", "un-charter", "51"),
        m("Article 25 of the Charter", "un-charter", "25"),
        m("Article 103", "un-charter", "103"),
        m("obligations under the {Charter} prevail", "un-charter"),
        x("made declarations"),
        m(
            "Article 36, paragraph 2, of the Statute of the International Court of Justice",
            "icj-statute",
            "36(2)",
        ),
        r("use of force against the territorial integrity", "use-of-force"),
        r("act in {self-defence} under", "self-defence"),
        r("force in {self-defence} only", "self-defence"),
        nr("right to seise the Court"),
        rights=True,
    ),
    t(
        "un-formal-06",
        "un-formal",
        """
Report of the independent international fact-finding mission on Lureland

Summary

1. The mission found reasonable grounds to believe that, between March and October, security
forces and allied militias committed acts of murder, torture, rape and forcible transfer against
the Tessan minority in the eastern districts of Lureland.

2. Several of these acts may amount to crimes against humanity within the meaning of article 7
of the Rome Statute of the International Criminal Court. The forced removal of more than 40,000
Tessans from Hevar and Kolm, without grounds permitted under international law, corresponds to
deportation or forcible transfer of population under article 7 (1) (d) of the Statute, as
defined in article 7 (2) (d).

3. The mission also examined whether the conduct described could constitute genocide. Lureland
has been a party to the Convention on the Prevention and Punishment of the Crime of Genocide
since 1956. Article 2 of the Genocide Convention requires, in addition to one of the listed acts,
the intent to destroy, in whole or in part, a national, ethnical, racial or religious group as
such. Killing members of the group and deliberately inflicting conditions of life calculated to
bring about its physical destruction are listed in article II (a) and (c). The mission considers
that the available information does not yet permit a conclusion on intent, and recommends
further investigation. It notes that, under article III, complicity and direct and public
incitement are also punishable.

4. Lureland is not a party to the Rome Statute. Its Criminal Code recognizes crimes against
humanity but applies a statute of limitations of 20 years, which is incompatible with the
obligation to investigate and prosecute such crimes.

5. The mission recommends that Lureland accede to the Statute, amend its Criminal Code and
cooperate fully with the Office of the High Commissioner.
""",
        m(
            "article 7 of the Rome Statute of the International Criminal Court",
            "rome-statute",
            "7",
        ),
        m("article 7 (1) (d) of the Statute", "rome-statute", "7(1)(d)"),
        m("article 7 (2) (d)", "rome-statute", "7(2)(d)"),
        m(
            "Convention on the Prevention and Punishment of the Crime of Genocide",
            "genocide-convention",
        ),
        m("Article 2 of the Genocide Convention", "genocide-convention", "II"),
        m("article II (a) and (c)", "genocide-convention", "II(a) II(c)"),
        m("article III", "genocide-convention", "III"),
        m("party to the {Rome Statute}", "rome-statute"),
        x("statute of limitations"),
        m("accede to the {Statute}", "rome-statute"),
        r("murder, {torture}, rape", "torture"),
        r("rape and {forcible transfer}", "deportation-forcible-transfer"),
        r("crimes against humanity", "crimes-against-humanity"),
        r("deportation or forcible transfer of population", "deportation-forcible-transfer"),
        r("constitute {genocide}", "genocide"),
        r("crimes against humanity", "crimes-against-humanity", n=1),
        rights=True,
    ),
    t(
        "un-formal-07",
        "un-formal",
        """
Rights of indigenous peoples: report of the Special Rapporteur on the situation in the Norrland
Basin

1. The present report examines the effects of the Norrland Basin mining concessions on the Vaari
people, who have inhabited the basin since long before the creation of the State.

2. The normative framework is provided by the United Nations Declaration on the Rights of
Indigenous Peoples, adopted by the General Assembly in 2007. Article 10 of the Declaration
provides that indigenous peoples shall not be forcibly removed from their lands or territories,
and that no relocation shall take place without their free, prior and informed consent. Articles
26 to 28 recognize their rights to the lands, territories and resources they have traditionally
owned, occupied or used, and their right to redress.

3. The State is also bound by the International Convention on the Elimination of All Forms of
Racial Discrimination (ICERD). The Committee on the Elimination of Racial Discrimination (CERD)
has repeatedly called on the State to obtain the consent of the Vaari before granting
concessions. In its most recent concluding observations, CERD recalled article 5 (d) (v) of
ICERD, on the right to own property, and its general recommendation No. 23.

4. Under article 27 of the International Covenant on Civil and Political Rights, members of
minorities, including indigenous peoples, shall not be denied the right to enjoy their own
culture. The State has not ratified the Indigenous and Tribal Peoples Convention, 1989
(No. 169), of the International Labour Organization.

5. The Special Rapporteur recommends that the Government suspend the concessions until the
consent of the Vaari has been sought in good faith, in accordance with article 32, paragraph 2,
of the UNDRIP, and that it establish a mechanism for the restitution of lands taken without
consent.
""",
        m(
            "United Nations Declaration on the Rights of Indigenous Peoples",
            "undrip",
        ),
        m("Article 10 of the Declaration", "undrip", "10"),
        m("Articles 26 to 28", "undrip", "26 27 28"),
        m(
            "International Convention on the Elimination of All Forms of Racial Discrimination",
            "icerd",
        ),
        x("Racial Discrimination ({ICERD})"),
        x("Committee on the Elimination of Racial Discrimination (CERD)"),
        x("{CERD} recalled"),
        m("article 5 (d) (v) of ICERD", "icerd", "5(d)(v)"),
        m(
            "article 27 of the International Covenant on Civil and Political Rights",
            "iccpr",
            "27",
        ),
        x("Indigenous and Tribal Peoples Convention, 1989 (No. 169)"),
        m("article 32, paragraph 2, of the UNDRIP", "undrip", "32(2)"),
        r("right to redress", "effective-remedy"),
        r("right to own property", "property"),
        r("right to enjoy their own culture", "culture"),
        r("restitution of lands", "property"),
        rights=True,
    ),
    t(
        "un-formal-08",
        "un-formal",
        """
Note verbale dated 2 February from the Permanent Mission of Corvania to the United Nations
Office at Geneva addressed to the Office of the United Nations High Commissioner for Human
Rights

The Permanent Mission of Corvania presents its compliments to the Office of the High
Commissioner and, with reference to the request for information on the right to adequate
housing, has the honour to transmit the following.

Corvania has been a party to the International Covenant on Economic,
Social and Cultural Rights since 1981 and ratified the Optional Protocol to the
International Covenant on Economic, Social and Cultural Rights in 2015. Article 11,
paragraph 1, of the Covenant is given effect through the National Housing Act, and the
obligation of progressive realization under article 2, paragraph 1, of the Covenant guides
the annual budget.

Since the entry into force of the Optional Protocol for Corvania, three communications have
been registered by the Committee on Economic, Social and Cultural Rights. In each case the
Mission submitted observations on admissibility under article 3, paragraph 1, of the Optional
Protocol, which requires the exhaustion of all available domestic remedies.

The Mission would also note that the National Housing Act was amended in 2022 to prohibit
forced evictions without adequate notice and consultation, as recommended in general comment
No. 7. A copy of the amended Act is attached.

The Permanent Mission of Corvania avails itself of this opportunity to renew to the Office the
assurances of its highest consideration.
""",
        m("International Covenant on Economic,\nSocial and Cultural Rights", "icescr"),
        m(
            "Optional Protocol to the\nInternational Covenant on Economic, Social and Cultural"
            " Rights",
            "icescr-op",
        ),
        m("Article 11,\nparagraph 1, of the Covenant", "icescr", "11(1)"),
        m("article 2, paragraph 1, of the Covenant", "icescr", "2(1)"),
        m("force of the {Optional Protocol}", "icescr-op"),
        x("Committee on Economic, Social and Cultural Rights"),
        m("article 3, paragraph 1, of the Optional\nProtocol", "icescr-op", "3(1)"),
        r("right to adequate\nhousing", "housing"),
        keep_lines=True,
        rights=True,
    ),
]

# --- Treaty-body style: views, decisions, concluding observations, visit reports ----------

TEXTS += [
    t(
        "treaty-body-01",
        "treaty-body",
        """
Views adopted by the Human Rights Committee under article 5 (4) of the Optional Protocol to the
International Covenant on Civil and Political Rights, concerning communication No. 3012/2017

Communication submitted by: A.K. (represented by counsel)
Alleged victim: The author
State party: Pellonia

1.1 The author of the communication is A.K., a national of Pellonia born in 1979. He claims that
the State party has violated his rights under articles 7, 9 and 14 of the International Covenant
on Civil and Political Rights. The Optional Protocol to the International Covenant on Civil and
Political Rights entered into force for the State party on 10 March 1996.

1.2 On 14 May 2017, pursuant to rule 94 of its rules of procedure, the Committee, acting through
its Special Rapporteur on new communications and interim measures, requested the State party not
to extradite the author while his communication was under consideration.

The facts as submitted by the author

2.1 On 3 February 2015, the author was arrested without a warrant at his home in Kervo. He was
held incommunicado for eleven days and was not brought before a judge until 2 March 2015. He
states that he was beaten during interrogation and forced to sign a confession.

2.2 The author's complaint to the prosecutor was dismissed without investigation. His appeal to
the Supreme Court was rejected on 9 September 2016, which exhausted domestic remedies.

State party's observations on admissibility

4.1 The State party submits that the communication is inadmissible under article 5, paragraph 2
(b), of the Optional Protocol, because the author did not file a constitutional complaint.

Consideration of admissibility

6.3 The Committee recalls that authors need exhaust only those remedies that are effective and
available. It notes that the constitutional complaint procedure cannot suspend an extradition
and does not offer a reasonable prospect of redress. Accordingly, article 5 (2) (b) of the
Optional Protocol does not preclude the Committee from examining the communication.

Consideration of the merits

7.2 The Committee recalls that the State party is responsible for the security of any person it
detains. In the absence of any investigation of the author's detailed allegations, due weight
must be given to them. The Committee concludes that the facts disclose a violation of article 7
of the Covenant, read alone and in conjunction with article 2 (3).

7.4 Holding the author for 27 days before bringing him before a judge violated article 9,
paragraphs 3 and 4, of the Covenant. Having reached this conclusion, the Committee will not
examine separately the claims under article 14, paragraph 3 (b) and (g).

8. The Committee, acting under article 5 (4) of the Optional Protocol, is of the view that the
facts before it disclose violations by the State party of articles 7 and 9 (3) and (4) of the
Covenant. Pursuant to article 2, paragraph 3 (a), of the Covenant, the State party is under an
obligation to provide the author with an effective remedy.
""",
        x("Human Rights Committee"),
        m(
            "article 5 (4) of the Optional Protocol to the International Covenant on Civil and"
            " Political Rights",
            "iccpr-op1",
            "5(4)",
        ),
        m(
            "articles 7, 9 and 14 of the International Covenant on Civil and Political Rights",
            "iccpr",
            "7 9 14",
        ),
        m(
            "Optional Protocol to the International Covenant on Civil and Political Rights",
            "iccpr-op1",
            n=1,
        ),
        m("article 5, paragraph 2 (b), of the Optional Protocol", "iccpr-op1", "5(2)(b)"),
        m("article 5 (2) (b) of the Optional Protocol", "iccpr-op1", "5(2)(b)"),
        m("article 7 of the Covenant", "iccpr", "7"),
        m("article 2 (3)", "iccpr", "2(3)"),
        m("article 9, paragraphs 3 and 4, of the Covenant", "iccpr", "9(3) 9(4)"),
        m("article 14, paragraph 3 (b) and (g)", "iccpr", "14(3)(b) 14(3)(g)"),
        m("article 5 (4) of the Optional Protocol", "iccpr-op1", "5(4)", n=1),
        m("articles 7 and 9 (3) and (4) of the Covenant", "iccpr", "7 9(3) 9(4)"),
        m("article 2, paragraph 3 (a), of the Covenant", "iccpr", "2(3)(a)"),
        r("effective remedy", "effective-remedy"),
        rights=True,
    ),
    t(
        "treaty-body-02",
        "treaty-body",
        """
Decision adopted by the Committee against Torture under article 22 of the Convention against
Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment, concerning communication
No. 1044/2020

1.1 The complainant is M.R., a national of Ostravia born in 1988, whose application for asylum in
Lindmark was rejected. He claims that his deportation to Ostravia would violate article 3 of the
Convention. Lindmark made the declaration under article 22 (1) of the Convention on 8 May 1986.

1.2 On 4 March 2020, the Committee, acting through its Rapporteur on new complaints and interim
measures, requested the State party to refrain from deporting the complainant while the complaint
was under consideration.

Facts as submitted by the complainant

2.1 The complainant was a member of the Ostravian Workers' Party. In 2018 he was arrested twice
and held for several days, during which police officers burned his arms with cigarettes and
threatened to kill his family. A medical certificate dated 2 June 2019 records scars compatible
with his account.

2.2 The Migration Board found his account credible in part but considered that the risk had
diminished after the elections. The Migration Court upheld that decision, and leave to appeal
was refused.

Issues and proceedings before the Committee

7.3 The Committee must determine whether the complainant's removal would breach the State
party's obligation under article 3 of the Convention not to expel or return a person to another
State where there are substantial grounds for believing that he would be in danger of being
subjected to torture. In doing so it must take into account all relevant considerations,
including the existence in the State concerned of a consistent pattern of gross, flagrant or mass
violations of human rights, as paragraph 2 of article 3 requires.

7.5 The Committee recalls its general comment No. 4 (2017), according to which the
non-refoulement obligation exists whenever there are substantial grounds for believing that the
person would be in danger of being subjected to torture. It observes that the State party did not
order a forensic examination despite the medical certificate, contrary to the guidance of the
Istanbul Protocol.

8. The Committee, acting under article 22 (7) of the Convention, concludes that the deportation
of the complainant to Ostravia would constitute a breach of article 3. It invites the State party
to inform it, within 90 days, of the steps taken, and recalls that article 14 requires redress
for victims of torture.
""",
        x("Committee against Torture"),
        m(
            "article 22 of the Convention against Torture and Other Cruel, Inhuman or Degrading"
            " Treatment or Punishment",
            "cat",
            "22",
        ),
        m("article 3 of the Convention", "cat", "3"),
        x("made the {declaration}"),
        m("article 22 (1) of the Convention", "cat", "22(1)"),
        m("article 3 of the Convention", "cat", "3", n=1),
        m("paragraph 2 of article 3", "cat", "3(2)"),
        x("Istanbul Protocol"),
        m("article 22 (7) of the Convention", "cat", "22(7)"),
        m("breach of {article 3}", "cat", "3"),
        m("that {article 14} requires", "cat", "14"),
        r("subjected to {torture}. In doing", "torture"),
        r("non-refoulement", "non-refoulement"),
        r("subjected to {torture}. It observes", "torture"),
        r("victims of {torture}", "torture"),
        rights=True,
    ),
    t(
        "treaty-body-03",
        "treaty-body",
        """
Views adopted by the Committee on the Elimination of Discrimination against Women under article
7, paragraph 3, of the Optional Protocol to the Convention on the Elimination of All Forms of
Discrimination against Women, concerning communication No. 161/2020

Submitted by: S.T. (represented by the Women's Legal Aid Centre)
State party: Varnia
Date of communication: 11 February 2020

1. The author of the communication is S.T., a national of Varnia born in 1985. She claims that
Varnia has violated her rights under articles 2 (c) and (e), 5 (a) and 16 (1) (c) of the
Convention on the Elimination of All Forms of Discrimination against Women. The Convention and
the Optional Protocol thereto entered into force for the State party in 1993 and 2002
respectively.

Facts as submitted by the author

2.1 The author married in 2008. Between 2012 and 2017 her husband repeatedly assaulted her. She
reported the assaults to the police on five occasions, but no protection order was issued, and
the prosecutor classified the acts as a private matter between spouses.

2.2 In the divorce proceedings, the court awarded the family home to the husband under a rule of
customary law that reserves land to male heirs, and dismissed her argument that the rule was
discriminatory.

Issues and proceedings before the Committee

6.2 In accordance with article 4, paragraph 1, of the Optional Protocol, the Committee must be
satisfied that all available domestic remedies have been exhausted. It notes that the author
appealed to the highest court, and that the State party has not identified any other remedy.

7.4 The Committee recalls that, under article 2 (e) of the Convention, States parties must take
all appropriate measures to eliminate discrimination against women by any person, organization
or enterprise, and that gender-based violence against women is discrimination within the meaning
of article 1. The inaction of the police over five years shows a failure of due diligence.

7.6 Article 16, paragraph 1 (h), of the Convention guarantees the same rights for both spouses in
respect of the ownership and disposition of property. Applying a customary rule that excludes
women from holding the family home is incompatible with that provision and with article 5 (a).

8. Acting under article 7 (3) of the Optional Protocol, the Committee is of the view that the
State party has failed to fulfil its obligations under articles 2 (c) and (e), 5 (a) and 16 (1)
(c) and (h) of the Convention.
""",
        x("Committee on the Elimination of Discrimination against Women"),
        m(
            "article 7, paragraph 3, of the Optional Protocol to the Convention on the Elimination"
            " of All Forms of Discrimination against Women",
            "cedaw-op",
            "7(3)",
        ),
        m(
            "articles 2 (c) and (e), 5 (a) and 16 (1) (c) of the Convention on the Elimination of"
            " All Forms of Discrimination against Women",
            "cedaw",
            "2(c) 2(e) 5(a) 16(1)(c)",
        ),
        m("The {Convention} and the Optional", "cedaw"),
        m("the {Optional Protocol} thereto", "cedaw-op"),
        m("article 4, paragraph 1, of the Optional Protocol", "cedaw-op", "4(1)"),
        m("article 2 (e) of the Convention", "cedaw", "2(e)"),
        m("meaning of {article 1}", "cedaw", "1"),
        m("Article 16, paragraph 1 (h), of the Convention", "cedaw", "16(1)(h)"),
        m("with {article 5 (a)}", "cedaw", "5(a)"),
        m("article 7 (3) of the Optional Protocol", "cedaw-op", "7(3)"),
        m(
            "articles 2 (c) and (e), 5 (a) and 16 (1) (c) and (h) of the Convention",
            "cedaw",
            "2(c) 2(e) 5(a) 16(1)(c) 16(1)(h)",
        ),
    ),
    t(
        "treaty-body-04",
        "treaty-body",
        """
Decision adopted by the Committee on the Rights of the Child under the Optional Protocol to the
Convention on the Rights of the Child on a communications procedure, concerning communication
No. 88/2019

1.1 The author of the communication is H.D., an unaccompanied child born in 2003 in Samaran. He
claims that Estrelia violated his rights under articles 3, 8, 20 and 22 of the Convention when it
assessed his age as that of an adult and placed him in an adult reception centre. The Optional
Protocol entered into force for Estrelia on 14 April 2014.

1.2 On 20 May 2019, the working group on communications, acting on behalf of the Committee,
requested the State party under article 6 of the Optional Protocol to transfer the author to a
child protection facility pending the examination of the communication.

Facts as submitted by the author

2.1 The author arrived in Estrelia in January 2019 and applied for asylum. He presented a copy of
his birth certificate. The authorities considered the document unreliable and ordered a
radiological examination of his wrist, which concluded that he was at least 19 years old. No
guardian was appointed during the procedure.

2.2 The author appealed, but the court held that the assessment was within the discretion of the
authorities. No further remedy was available.

Consideration of admissibility

11.2 The Committee notes the State party's argument that the communication is inadmissible under
article 7 (e) of the Optional Protocol. Since the State party has not identified a remedy that
could have suspended the transfer, the Committee finds that article 7 (e) does not bar it from
examining the communication.

Consideration of the merits

12.3 The Committee recalls that the age determination of a young person who claims to be a minor
is a fundamental factor, and that the best interests of the child must be a primary
consideration throughout, in accordance with article 3 of the Convention. Documents that are
available should be considered genuine unless there is proof to the contrary.

12.5 The Committee also considers that the failure to appoint a guardian deprived the author of
the special protection and assistance provided for in article 20, paragraph 1, of the
Convention, and of appropriate protection as an asylum-seeking child under article 22.

13. The Committee, acting under article 10 (5) of the Optional Protocol, is of the view that the
facts before it amount to violations of articles 3, 8, 20 (1) and 22 of the Convention.
""",
        x("Committee on the Rights of the Child"),
        m(
            "Optional Protocol to the Convention on the Rights of the Child on a communications"
            " procedure",
            "crc-opic",
        ),
        m("articles 3, 8, 20 and 22 of the Convention", "crc", "3 8 20 22"),
        m("The {Optional Protocol} entered", "crc-opic"),
        m("article 6 of the Optional Protocol", "crc-opic", "6"),
        m("article 7 (e) of the Optional Protocol", "crc-opic", "7(e)"),
        m("that {article 7 (e)} does", "crc-opic", "7(e)"),
        m("article 3 of the Convention", "crc", "3"),
        m("article 20, paragraph 1, of the Convention", "crc", "20(1)"),
        m("under {article 22}.", "crc", "22"),
        m("article 10 (5) of the Optional Protocol", "crc-opic", "10(5)"),
        m("articles 3, 8, 20 (1) and 22 of the Convention", "crc", "3 8 20(1) 22"),
        r("best interests of the child", "child-rights"),
        rights=True,
    ),
    t(
        "treaty-body-05",
        "treaty-body",
        """
Concluding observations on the combined twentieth and twenty-first periodic reports of Tarvonia

1. The Committee on the Elimination of Racial Discrimination (CERD) considered the combined
periodic reports of Tarvonia at its 2901st and 2902nd meetings. It welcomes the constructive
dialogue with the delegation of the State party.

A. Positive aspects

2. CERD welcomes the adoption of the Equal Treatment Act, which defines racial discrimination in
line with article 1, paragraph 1, of the International Convention on the Elimination of All Forms
of Racial Discrimination, and the establishment of an independent equality body.

B. Concerns and recommendations

Racist hate speech

5. The Committee is concerned that the Penal Code does not declare dissemination of ideas based
on racial superiority an offence punishable by law, as required by article 4 (a) of the
Convention, and that the State party maintains its reservation to that article.

6. Recalling its general recommendation No. 35, the Committee recommends that the State party
withdraw its reservation to article 4 of the Convention and ensure that racist hate speech by
public officials is investigated and, where appropriate, prosecuted.

Situation of the Roma

9. The Committee remains concerned about the segregation of Roma children in schools and forced
evictions of Roma settlements, contrary to articles 3 and 5 (e) (iii) and (v) of ICERD.

Individual complaints

14. The Committee encourages the State party to make the optional declaration provided for in
article 14 of the Convention, recognizing the competence of CERD to receive and consider
individual communications, and to ratify the amendment to article 8, paragraph 6, of the
Convention.

Follow-up to the Durban Declaration

15. The Committee recommends that the State party give effect to the Durban Declaration and
Programme of Action when implementing the Convention in its domestic legal order, and that it
ratify the International Convention on the Protection of the Rights of All Migrant Workers and
Members of Their Families.
""",
        x("Committee on the Elimination of Racial Discrimination (CERD)"),
        x("{CERD} welcomes"),
        m(
            "article 1, paragraph 1, of the International Convention on the Elimination of All"
            " Forms of Racial Discrimination",
            "icerd",
            "1(1)",
        ),
        m("article 4 (a) of the Convention", "icerd", "4(a)"),
        x("to that {article}"),
        m("article 4 of the Convention", "icerd", "4"),
        m("articles 3 and 5 (e) (iii) and (v) of ICERD", "icerd", "3 5(e)(iii) 5(e)(v)"),
        x("optional {declaration}"),
        m("article 14 of the Convention", "icerd", "14"),
        x("competence of {CERD}"),
        m("article 8, paragraph 6, of the Convention", "icerd", "8(6)"),
        x("Durban Declaration"),
        x("Durban Declaration and Programme of Action"),
        m("implementing the {Convention}", "icerd"),
        m(
            "International Convention on the Protection of the Rights of All Migrant Workers and"
            " Members of Their Families",
            "icmw",
        ),
        r("defines {racial discrimination}", "racial-discrimination"),
        rights=True,
    ),
    t(
        "treaty-body-06",
        "treaty-body",
        """
Views adopted by the Committee on the Rights of Persons with Disabilities under article 5 of the
Optional Protocol to the Convention on the Rights of Persons with Disabilities, concerning
communication No. 71/2021

1. The author of the communication is J.P., a national of Halvia born in 1976, who has used a
wheelchair since a road accident in 2009. He claims to be a victim of violations by Halvia of
articles 5, 9 and 27 of the Convention on the Rights of Persons with Disabilities. The Optional
Protocol entered into force for Halvia in 2012.

2.1 The author worked as an accountant at the Halvian tax administration. In 2018 the
administration moved to a new building whose entrance and sanitary facilities were not
accessible. His requests for a ramp and for permission to work from home were refused on grounds
of cost, and his employment was terminated in 2019 after a long absence.

2.2 The Labour Court dismissed his claim, holding that the employer had no duty to adapt its
premises for a single employee. The Supreme Court refused leave to appeal.

Consideration of admissibility

7.3 The Committee notes that the State party does not contest the admissibility of the
communication under article 2 (d) of the Optional Protocol, and that the author appealed to the
highest court. It declares the communication admissible.

Consideration of the merits

8.4 The Committee recalls that, under article 5 (3) of the Convention, States parties must take
all appropriate steps to ensure that reasonable accommodation is provided, and that article 2
defines denial of reasonable accommodation as a form of discrimination. Under article 27,
paragraph 1 (i), States parties must ensure that reasonable accommodation is provided to persons
with disabilities in the workplace.

8.6 A ramp and a flexible working arrangement would not have imposed a disproportionate or undue
burden on an employer of the size of the tax administration. The refusal therefore amounted to
discrimination on the basis of disability, contrary to articles 5 (1) and (3) and 27 (1) (a) and
(i) of the Convention.

9. The Committee finds that the State party has failed to fulfil its obligations under articles
5 and 27 of the Convention, read alone and in conjunction with article 4, paragraph 1.
""",
        x("Committee on the Rights of Persons with Disabilities"),
        m(
            "article 5 of the Optional Protocol to the Convention on the Rights of Persons with"
            " Disabilities",
            "crpd-op",
            "5",
        ),
        m(
            "articles 5, 9 and 27 of the Convention on the Rights of Persons with Disabilities",
            "crpd",
            "5 9 27",
        ),
        m("The {Optional Protocol} entered", "crpd-op"),
        m("article 2 (d) of the Optional Protocol", "crpd-op", "2(d)"),
        m("article 5 (3) of the Convention", "crpd", "5(3)"),
        m("that {article 2} defines", "crpd", "2"),
        m("article 27, paragraph 1 (i)", "crpd", "27(1)(i)"),
        m(
            "articles 5 (1) and (3) and 27 (1) (a) and (i) of the Convention",
            "crpd",
            "5(1) 5(3) 27(1)(a) 27(1)(i)",
        ),
        m("articles 5 and 27 of the Convention", "crpd", "5 27"),
        m("article 4, paragraph 1", "crpd", "4(1)"),
    ),
    t(
        "treaty-body-07",
        "treaty-body",
        """
Committee on Enforced Disappearances: decision on communication No. 9/2022

1. The author of the communication is L.V., who submits it on behalf of her son, R.V., a student
who was last seen on 12 October 2020 after being detained by soldiers at a checkpoint near Dorsk,
in Kaltavia. She claims that her son is a victim of an enforced disappearance within the meaning
of article 2 of the International Convention for the Protection of All Persons from Enforced
Disappearance, and that she herself is a victim under article 24, paragraph 1, of the
Convention.

2. On 20 October 2020 the Committee registered an urgent action request under article 30 of the
Convention and asked the State party to search for R.V. The State party replied that no record of
his detention existed. The author then submitted the present communication under article 31.

3. The State party argues that the matter was already examined by the Working Group on Enforced
or Involuntary Disappearances, and that the communication is therefore inadmissible. The
Committee observes that the Working Group acts under its own mandate and applies the Declaration
on the Protection of All Persons from Enforced Disappearance, which is not a treaty; its
humanitarian procedure is not another procedure of international investigation or settlement of
the same nature within the meaning of article 31, paragraph 2 (c), of the Convention.

4. On the merits, the Committee finds that the refusal to acknowledge the deprivation of liberty
and the concealment of the fate of R.V. constitute an enforced disappearance, in violation of
articles 1, 2 and 17 of the Convention. The State party also failed to investigate, as required
by articles 3 and 12, and to inform the author of the progress of the search, contrary to the
right to know the truth guaranteed by article 24, paragraph 2.

5. The Committee requests the State party to continue searching for R.V. and, if he is dead, to
locate, respect and return his remains, as article 24, paragraph 3, of the Convention requires.
""",
        x("Committee on Enforced Disappearances"),
        m(
            "article 2 of the International Convention for the Protection of All Persons from"
            " Enforced Disappearance",
            "cped",
            "2",
        ),
        m("article 24, paragraph 1, of the Convention", "cped", "24(1)"),
        m("article 30 of the Convention", "cped", "30"),
        m("under {article 31}.", "cped", "31"),
        x("Working Group on Enforced or Involuntary Disappearances"),
        x("Declaration on the Protection of All Persons from Enforced Disappearance"),
        m("article 31, paragraph 2 (c), of the Convention", "cped", "31(2)(c)"),
        m("articles 1, 2 and 17 of the Convention", "cped", "1 2 17"),
        m("articles 3 and 12", "cped", "3 12"),
        m("article 24, paragraph 2", "cped", "24(2)"),
        m("article 24, paragraph 3, of the Convention", "cped", "24(3)"),
        r("victim of an {enforced disappearance}", "enforced-disappearance"),
        r("constitute an {enforced disappearance}", "enforced-disappearance"),
        nr("right to know the truth"),
        rights=True,
    ),
    t(
        "treaty-body-08",
        "treaty-body",
        """
Visit to Brenmark undertaken from 6 to 15 September: recommendations and observations addressed
to the State party

Report of the Subcommittee on Prevention of Torture and Other Cruel, Inhuman or Degrading
Treatment or Punishment

I. Introduction

1. In accordance with its mandate under articles 1, 11 (a) and 13 of the Optional Protocol to the
Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment, the
Subcommittee conducted its first regular visit to Brenmark. Brenmark ratified the Convention
against Torture in 1990 and the Optional Protocol in 2009.

2. The Subcommittee visited eleven places of deprivation of liberty, including police stations,
two prisons, an immigration detention centre and a psychiatric hospital. It enjoyed unrestricted
access, as required by article 14 of the Optional Protocol, except at the immigration detention
centre, where the delegation was kept waiting for three hours.

II. National preventive mechanism

3. Brenmark designated its Ombudsman as the national preventive mechanism in 2010. Articles 17 to
23 of the Optional Protocol require that the mechanism be functionally independent and have the
necessary resources. The Subcommittee is concerned that the mechanism has only four staff and no
separate budget.

III. Treatment of persons deprived of their liberty

4. Several detainees reported being slapped and kicked during arrest. The Subcommittee recalls
that, under articles 2 and 16 of the Convention, the State party must take effective measures to
prevent acts of torture and other ill-treatment, and that article 12 requires a prompt and
impartial investigation wherever there is reasonable ground to believe that torture has been
committed.

5. The Subcommittee requests the State party to reply within six months, and encourages it to
authorize publication of the present report in accordance with article 16, paragraph 2, of the
Optional Protocol. It has shared its findings with the Committee against Torture.
""",
        x(
            "Subcommittee on Prevention of Torture and Other Cruel, Inhuman or Degrading"
            " Treatment or Punishment"
        ),
        m(
            "articles 1, 11 (a) and 13 of the Optional Protocol to the Convention against Torture"
            " and Other Cruel, Inhuman or Degrading Treatment or Punishment",
            "opcat",
            "1 11(a) 13",
        ),
        m("ratified the {Convention against Torture}", "cat"),
        m("the {Optional Protocol} in 2009", "opcat"),
        m("article 14 of the Optional Protocol", "opcat", "14"),
        m("Articles 17 to 23 of the Optional Protocol", "opcat", "17 18 19 20 21 22 23"),
        m("articles 2 and 16 of the Convention", "cat", "2 16"),
        m("that {article 12} requires", "cat", "12"),
        m("article 16, paragraph 2, of the Optional Protocol", "opcat", "16(2)"),
        x("Committee against Torture"),
        r("torture and other ill-treatment", "torture"),
        r("believe that {torture} has", "torture"),
        rights=True,
    ),
]

# --- Court style: judgments, orders, decisions --------------------------------------------

TEXTS += [
    t(
        "court-01",
        "court",
        """
FOURTH SECTION

CASE OF R.K. v. ALDORIA

(Application no. 41872/19)

JUDGMENT

PROCEDURE

1. The case originated in an application against the Republic of Aldoria lodged with the Court
under Article 34 of the Convention for the Protection of Human Rights and Fundamental Freedoms
(“the Convention”) by a Samarani national, Mr R.K. (“the applicant”).

2. On 3 July 2019 the President of the Section decided to indicate to the Government, under Rule
39 of the Rules of Court, that the applicant should not be expelled to Samaran for the duration
of the proceedings.

THE LAW

I. ALLEGED VIOLATION OF ARTICLE 3 OF THE CONVENTION

31. The applicant complained that his expulsion to Samaran would expose him to a real risk of
treatment contrary to Article 3 of the Convention, which reads:

“No one shall be subjected to torture or to inhuman or degrading treatment or punishment.”

32. The Government contested that argument. They submitted that the applicant's asylum claim had
been examined twice and that the Aldorian authorities had found his account of detention in
Samaran to lack credibility.

33. The Court reiterates that expulsion by a Contracting State may give rise to an issue under
Art. 3 ECHR, and hence engage the responsibility of that State, where substantial grounds have
been shown for believing that the person concerned would face a real risk of being subjected to
treatment contrary to that provision in the receiving country. The prohibition is absolute: no
derogation from it is permissible under Article 15 § 2, even in the event of a public emergency.

34. In the present case, the domestic authorities did not assess the medical evidence submitted
by the applicant. Having regard to the general situation in Samaran, the Court considers that
there are substantial grounds for believing that the applicant would be at risk.

35. Consequently, there would be a violation of Article 3 of the Convention if the applicant were
expelled to Samaran.

II. ALLEGED VIOLATION OF ARTICLE 13 OF THE CONVENTION TAKEN IN CONJUNCTION WITH ARTICLE 3

36. The applicant further complained that he had no effective remedy, as the appeal against the
expulsion order had no automatic suspensive effect. He relied on Article 13 of the Convention.

37. The Court has held that, where a complaint concerns Article 3 of the Convention, the
effectiveness of the remedy requires that it have automatic suspensive effect. There has
therefore been a violation of Article 13 in conjunction with Article 3.

III. ALLEGED VIOLATION OF ARTICLE 5 § 1 (f) OF THE CONVENTION

38. Finally, the applicant complained that his detention pending expulsion had been arbitrary,
relying on Article 5 § 1 (f) of the Convention. Having regard to its findings above, the Court
does not consider it necessary to examine this complaint separately.

FOR THESE REASONS, THE COURT, UNANIMOUSLY,

1. Holds that there would be a violation of Article 3 of the Convention in the event of the
applicant's expulsion to Samaran;

2. Holds that there has been a violation of Article 13 of the Convention taken in conjunction
with Article 3;

3. Decides to continue to indicate to the Government under Rule 39 of the Rules of Court that it
is desirable not to expel the applicant until such time as the present judgment becomes final.
""",
        m(
            "Article 34 of the Convention for the Protection of Human Rights and Fundamental"
            " Freedoms",
            "echr",
            "34",
        ),
        x("(“the {Convention}”)"),
        m("ARTICLE 3 OF THE CONVENTION", "echr", "3"),
        m("Article 3 of the Convention", "echr", "3"),
        m("Art. 3 ECHR", "echr", "3"),
        m("Article 15 § 2", "echr", "15(2)"),
        m("Article 3 of the Convention", "echr", "3", n=1),
        m("ARTICLE 13 OF THE CONVENTION", "echr", "13"),
        m("WITH {ARTICLE 3}", "echr", "3"),
        m("Article 13 of the Convention", "echr", "13"),
        m("Article 3 of the Convention", "echr", "3", n=2),
        m("violation of {Article 13} in", "echr", "13"),
        m("in conjunction with {Article 3}.", "echr", "3"),
        m("ARTICLE 5 § 1 (f) OF THE CONVENTION", "echr", "5(1)(f)"),
        m("Article 5 § 1 (f) of the Convention", "echr", "5(1)(f)"),
        m("Article 3 of the Convention", "echr", "3", n=3),
        m("Article 13 of the Convention", "echr", "13", n=1),
        m("with {Article 3};", "echr", "3"),
        r("subjected to {torture} or", "torture"),
        r("inhuman or degrading treatment or punishment", "torture"),
        r("effective remedy", "effective-remedy"),
        rights=True,
    ),
    t(
        "court-02",
        "court",
        """
SUPREME ADMINISTRATIVE COURT OF LINDMARK

Judgment of 14 November in case no. 2231-22

1. The appellant, a national of Ostravia, applied for international protection in 2019. The
Migration Board accepted that he had a well-founded fear of persecution for reasons of political
opinion, but excluded him from refugee status under Article 1F(b) of the Refugee Convention on
the ground that he had committed a serious non-political crime outside the country of refuge
before his admission.

2. The appellant argues that the offence in question, the occupation of a government building
during a demonstration, was political in character. He further argues that, even if he is
excluded, Article 33(1) of the 1951 Convention and Article 3 of the European Convention on Human
Rights prohibit his return to Ostravia.

3. The definition of a refugee is found in article 1A(2) of the Convention relating to the Status
of Refugees of 28 July 1951, as amended by article I(2) of the 1967 Protocol, which removed the
temporal limitation. It is common ground that the appellant meets that definition. The question
is whether Article 1F(b) of the Convention applies.

4. A crime is non-political where other motives, such as personal reasons or gain, predominate,
or where the act is grossly disproportionate to the alleged objective. The Court finds that the
occupation, during which no one was injured, was not grossly disproportionate and was directly
connected to the appellant's political aims. The same conclusion follows under Article 12(2)(b)
of Directive 2011/95/EU. The exclusion clause was therefore wrongly applied.

5. In view of that finding, the Court need not decide whether Article 33(2) of the Refugee
Convention would permit the appellant's return, nor examine the argument under Art. 3 ECHR,
which admits no exception.

6. The appeal is allowed. The Migration Board is ordered to grant the appellant refugee status.
""",
        m("Article 1F(b) of the Refugee Convention", "refugee-convention-1951", "1F(b)"),
        m("Article 33(1) of the 1951 Convention", "refugee-convention-1951", "33(1)"),
        m("Article 3 of the European Convention on Human Rights", "echr", "3"),
        m(
            "article 1A(2) of the Convention relating to the Status of Refugees of 28 July 1951",
            "refugee-convention-1951",
            "1A(2)",
        ),
        m("article I(2) of the 1967 Protocol", "refugee-protocol-1967", "I(2)"),
        m("Article 1F(b) of the Convention", "refugee-convention-1951", "1F(b)"),
        x("Article 12(2)(b) of Directive 2011/95/EU"),
        m("Article 33(2) of the Refugee Convention", "refugee-convention-1951", "33(2)"),
        m("Art. 3 ECHR", "echr", "3"),
    ),
    t(
        "court-03",
        "court",
        """
Application of the Convention on the Prevention and Punishment of the Crime of Genocide (Meridia
v. Talvania)

Request for the indication of provisional measures: summary of the Order

1. On 2 February, Meridia filed an Application instituting proceedings against Talvania
concerning alleged violations of the Convention on the Prevention and Punishment of the Crime of
Genocide (the “Genocide Convention”). Meridia seeks to found the jurisdiction of the Court on
Article 36, paragraph 1, of the Statute of the International Court of Justice and on Article IX
of the Genocide Convention.

2. Meridia alleges that, since October, Talvanian forces have deliberately inflicted on the
Serran group conditions of life calculated to bring about its physical destruction in part,
within the meaning of Article II (c) of the Convention, and that public officials have directly
and publicly incited the commission of genocide, an act punishable under Article III (c).

3. Talvania contends that no dispute existed between the Parties on the date of the Application
and that the Court therefore lacks prima facie jurisdiction. The Court notes that Meridia
communicated its position to Talvania in a note verbale of 10 December, to which Talvania did
not respond. A dispute may be inferred from the failure of a State to respond to a claim in
circumstances where a response is called for. The Court concludes that it has prima facie
jurisdiction under Article IX of the Convention.

4. The Court recalls that, by virtue of Article I of the Convention, all States parties have
undertaken to prevent and to punish the crime of genocide. Interpreting that obligation in
accordance with the ordinary meaning of its terms, in their context and in the light of the
object and purpose of the Convention, as required by Article 31, paragraph 1, of the Vienna
Convention on the Law of Treaties, the Court considers that the rights claimed by Meridia are
plausible.

5. Accordingly, acting under Article 41 of the Statute, the Court indicates that Talvania shall
take all measures within its power to prevent the commission of acts within the scope of Article
II of the Convention on the Prevention and Punishment of the Crime of Genocide, and shall submit
a report to the Court within one month.
""",
        m(
            "Convention on the Prevention and Punishment of the Crime of Genocide",
            "genocide-convention",
        ),
        m(
            "Convention on the Prevention and Punishment of the Crime of Genocide",
            "genocide-convention",
            n=1,
        ),
        x("(the “{Genocide Convention}”)"),
        m(
            "Article 36, paragraph 1, of the Statute of the International Court of Justice",
            "icj-statute",
            "36(1)",
        ),
        m("Article IX of the Genocide Convention", "genocide-convention", "IX"),
        m("Article II (c) of the Convention", "genocide-convention", "II(c)"),
        m("Article III (c)", "genocide-convention", "III(c)"),
        m("Article IX of the Convention", "genocide-convention", "IX"),
        m("Article I of the Convention", "genocide-convention", "I"),
        m("purpose of the {Convention}", "genocide-convention"),
        m(
            "Article 31, paragraph 1, of the Vienna Convention on the Law of Treaties",
            "vclt",
            "31(1)",
        ),
        m("Article 41 of the Statute", "icj-statute", "41"),
        m(
            "Article II of the Convention on the Prevention and Punishment of the Crime of"
            " Genocide",
            "genocide-convention",
            "II",
        ),
        r("commission of {genocide}", "genocide"),
        r("crime of genocide", "genocide"),
        rights=True,
    ),
    t(
        "court-04",
        "court",
        """
PRE-TRIAL CHAMBER II

Decision on the Prosecutor's application for a warrant of arrest against Colonel D.M.

1. The Chamber has before it the Prosecutor's application under article 58 of the Rome Statute
for a warrant of arrest against Colonel D.M., commander of the Third Brigade of the armed forces
of Talvania. The situation was referred to the Prosecutor after Meridia lodged a declaration
under article 12(3) of the Statute accepting the jurisdiction of the Court.

2. The Prosecutor alleges that, between March and July, units under the command of Colonel D.M.
transferred parts of the civilian population of occupied Meridian territory out of that territory
and moved Talvanian settlers into it. The Chamber recalls that the transfer, directly or
indirectly, by the Occupying Power of parts of its own civilian population into the territory it
occupies, or the deportation or transfer of all or parts of the population of the occupied
territory within or outside this territory, is a war crime under article 8(2)(b)(viii) of the
Statute. The provision draws on Article 49 of the Fourth Geneva Convention and on Article
85(4)(a) of Additional Protocol I, both of which Talvania has ratified.

3. The Chamber is further satisfied that there are reasonable grounds to believe that the removal
of civilians formed part of a widespread attack directed against the civilian population of the
Sevar district, and thus constitutes the crime against humanity of deportation or forcible
transfer of population under article 7(1)(d) of the Statute.

4. As to the mode of liability, the material indicates that Colonel D.M. ordered the removals in
writing. The Chamber therefore finds reasonable grounds to believe that he is criminally
responsible under article 25(3)(b) of the Statute for ordering those crimes.

5. The Chamber considers that the arrest of Colonel D.M. appears necessary within the meaning of
article 58(1)(b) of the Statute to ensure his appearance at trial. For these reasons, the Chamber
issues a warrant of arrest against him.
""",
        m("article 58 of the Rome Statute", "rome-statute", "58"),
        x("lodged a {declaration}"),
        m("article 12(3) of the Statute", "rome-statute", "12(3)"),
        m("article 8(2)(b)(viii) of the Statute", "rome-statute", "8(2)(b)(viii)"),
        m("Article 49 of the Fourth Geneva Convention", "gc-iv", "49"),
        m("Article 85(4)(a) of Additional Protocol I", "ap-i", "85(4)(a)"),
        m("article 7(1)(d) of the Statute", "rome-statute", "7(1)(d)"),
        m("article 25(3)(b) of the Statute", "rome-statute", "25(3)(b)"),
        m("article 58(1)(b) of the Statute", "rome-statute", "58(1)(b)"),
        r(
            "deportation or transfer of all or parts of the population",
            "deportation-forcible-transfer",
        ),
        r("war crime", "war-crimes"),
        r("crime against humanity", "crimes-against-humanity"),
        r("deportation or forcible transfer of population", "deportation-forcible-transfer"),
        rights=True,
    ),
    t(
        "court-05",
        "court",
        """
AFRICAN COURT ON HUMAN AND PEOPLES’ RIGHTS

Kaboré and others v. Republic of Sundara: judgment on the merits and reparations

1. The Applicants are 37 nationals of Sundara of Manga ethnicity who had lived for decades in the
border district of Tiru. In May 2019 they were arrested, stripped of their identity documents
and, two days later, expelled to the neighbouring State on a charter flight hired by the Ministry
of the Interior. They allege violations of Articles 2, 3, 5, 7, 12 and 14 of the African Charter
on Human and Peoples’ Rights.

2. The Respondent State contends that the Applicants were foreign nationals irregularly present
on its territory. The Court notes that the Applicants held national identity cards issued by the
Respondent State, and that no procedure was followed to establish that they had lost Sundaran
nationality.

3. Article 12(2) of the Charter provides that every individual shall have the right to leave any
country including his own, and to return to his country. Article 12(5) prohibits the mass
expulsion of non-nationals, that is, expulsion aimed at national, racial, ethnic or religious
groups. Whether the Applicants are regarded as nationals or not, their collective removal,
decided without any individual examination, violated Article 12.

4. Pursuant to Articles 60 and 61 of the Charter, the Court also draws inspiration from other
instruments. Article 15 of the Universal Declaration of Human Rights provides that no one shall
be arbitrarily deprived of his nationality. Treating the Applicants as foreigners without any
decision on their nationality amounted to such deprivation, in breach of the Charter read in the
light of that provision.

5. The expulsion without any possibility of challenging it before a court also violated Article
7(1)(a) of the Charter. The confiscation of the Applicants' homes and land in Tiru, which were
later allocated to others, violated the right to property under Article 14.

6. The Court orders the Respondent State to allow the Applicants to return to Tiru, to restore
their identity documents and to restitute their property or, where this is impossible, to pay
fair compensation.
""",
        x("charter flight"),
        m(
            "Articles 2, 3, 5, 7, 12 and 14 of the African Charter on Human and Peoples’ Rights",
            "achpr",
            "2 3 5 7 12 14",
        ),
        m("Article 12(2) of the Charter", "achpr", "12(2)"),
        m("Article 12(5)", "achpr", "12(5)"),
        m("violated {Article 12}.", "achpr", "12"),
        m("Articles 60 and 61 of the Charter", "achpr", "60 61"),
        m("Article 15 of the Universal Declaration of Human Rights", "udhr", "15"),
        m("breach of the {Charter}", "achpr"),
        m("Article 7(1)(a) of the Charter", "achpr", "7(1)(a)"),
        m("under {Article 14}.", "achpr", "14"),
        r("right to leave any country", "leave-any-country"),
        r("and to {return to his country}", "right-to-return"),
        r("arbitrarily deprived of his nationality", "nationality"),
        r("right to property", "property"),
        rights=True,
    ),
    t(
        "court-06",
        "court",
        """
FIRST SECTION

CASE OF NOVAK AND PRESS UNION v. VESSARIA

(Application no. 6621/20)

JUDGMENT

1. The case concerns the interception of a journalist's telephone communications and the seizure
of his notes. The applicants, a journalist and a trade union of journalists, relied on Articles 8
and 10 of the Convention for the Protection of Human Rights and Fundamental Freedoms (“the
Convention”).

THE LAW

I. ADMISSIBILITY

25. The Government argued that the union could not claim to be a victim within the meaning of
Article 34 of the Convention and that the application was inadmissible under Article 35 §§ 1 and
4. The Court agrees that the union was not directly affected and rejects its complaints, in
accordance with Article 35 § 4 of the Convention. The first applicant's complaints are not
manifestly ill-founded and must be declared admissible.

II. ALLEGED VIOLATION OF ARTICLE 10 OF THE CONVENTION

30. The interception and the seizure amounted to an interference with the first applicant's
freedom to receive and impart information, protected by Article\u00a010\u00a0§\u00a01 of the
Convention. The interference was prescribed by law and pursued a legitimate aim. The Court must
determine whether it was "necessary in a democratic society" within the meaning of
Article\u00a010\u00a0§\u00a02.

31. Protection of journalistic sources is one of the basic conditions for press freedom. An
order to disclose a source cannot be compatible with Article 10 of the Convention unless it is
justified by an overriding requirement in the public interest. The domestic courts did not weigh
the interests at stake. There has accordingly been a violation of Article 10.

III. OTHER COMPLAINTS

34. The first applicant also complained that the seizure of his laptop had breached his right to
the peaceful enjoyment of his possessions under Article 1 of Protocol No. 1. Having regard to its
finding under Article 10 of the Convention, the Court considers that there is no need to examine
that complaint, nor the complaint under Article 8 § 2.

IV. APPLICATION OF ARTICLE 41 OF THE CONVENTION

36. The first applicant claimed 15,000 euros in respect of non-pecuniary damage. The Court awards
him 9,000 euros.
""",
        m(
            "Articles 8 and 10 of the Convention for the Protection of Human Rights and"
            " Fundamental Freedoms",
            "echr",
            "8 10",
        ),
        x("(“the {Convention}”)"),
        m("Article 34 of the Convention", "echr", "34"),
        m("Article 35 §§ 1 and 4", "echr", "35(1) 35(4)"),
        m("Article 35 § 4 of the Convention", "echr", "35(4)"),
        m("ARTICLE 10 OF THE CONVENTION", "echr", "10"),
        m("Article\u00a010\u00a0§\u00a01 of the Convention", "echr", "10(1)"),
        m("Article\u00a010\u00a0§\u00a02", "echr", "10(2)"),
        m("Article 10 of the Convention", "echr", "10"),
        m("violation of {Article 10}.", "echr", "10"),
        x("Article 1 of Protocol No. 1"),
        m("Article 10 of the Convention", "echr", "10", n=1),
        m("Article 8 § 2", "echr", "8(2)"),
        m("ARTICLE 41 OF THE CONVENTION", "echr", "41"),
        r("freedom to receive and impart information", "expression"),
        r("press freedom", "expression"),
        r("right to the peaceful enjoyment of his possessions", "property"),
        rights=True,
    ),
    t(
        "court-07",
        "court",
        """
HIGH COURT OF BRENMARK

Residents of Alder Court v. City of Norhaven: judgment

1. The applicants, 41 households living in the Alder Court estate, challenge the City's decision
to demolish the estate without offering them alternative accommodation. Several applicants are
currently sheltered by Covenant House, a charity which has intervened in these proceedings.

2. The applicants rely on the Constitution, read with the State's obligations under article
11(1) of the International Covenant on Economic, Social and Cultural Rights. Brenmark ratified
the Covenant in 1979 and its Optional Protocol in 2014. Although the Covenant has not been
incorporated, section 39 of the Constitution requires the courts to consider international law
when interpreting the Bill of Rights.

3. The State's obligations under the Covenant are qualified by article 2(1), which requires each
State Party to take steps to the maximum of its available resources with a view to achieving
progressively the full realization of the rights recognized. That qualification does not,
however, permit retrogressive measures without justification, nor does it excuse forced
evictions, which the Committee on Economic, Social and Cultural Rights has described as prima
facie incompatible with the requirements of the Covenant.

4. The City relies on clause 14 of its development agreement with the contractor, which obliges
it to deliver vacant possession by the end of the year. A contractual deadline cannot override
constitutional duties. Article 5 of the contract, which allows the contractor to claim damages
for delay, governs only the relations between the City and the contractor.

5. The Court holds that the decision to demolish without a plan for alternative accommodation is
unlawful and sets it aside. The City must engage meaningfully with the applicants and report to
the Court within 60 days.
""",
        x("Covenant House"),
        m(
            "article 11(1) of the International Covenant on Economic, Social and Cultural Rights",
            "icescr",
            "11(1)",
        ),
        m("ratified the {Covenant}", "icescr"),
        m("its {Optional Protocol}", "icescr-op"),
        m("Although the {Covenant}", "icescr"),
        m("obligations under the {Covenant} are", "icescr"),
        m("article 2(1)", "icescr", "2(1)"),
        x("Committee on Economic, Social and Cultural Rights"),
        m("requirements of the {Covenant}", "icescr"),
        x("Article 5 of the contract"),
    ),
]

# --- NGO style: reports, briefings, submissions ---------------------------------------------

TEXTS += [
    t(
        "ngo-01",
        "ngo",
        """
Pushed Back, Locked Out: Summary of Findings

Between January and June, our teams interviewed 212 people who said they had been forced back
across the border from Kestria into Vell without any chance to ask for asylum. Many described
being beaten, having their phones destroyed and being left in the forest at night, in some cases
with small children.

Kestria is bound by the 1951 Refugee Convention and its 1967 Protocol. Article 33 of the Refugee
Convention prohibits returning refugees to places where their lives or freedom would be
threatened, and the prohibition applies at the border as much as inside a country. Kestria is
also a party to the European Convention on Human Rights (ECHR). Under Article 3 ECHR, nobody may
be exposed to torture or inhuman or degrading treatment, and Article 4 of Protocol No. 4 to the
ECHR prohibits collective expulsions of aliens.

The right to seek asylum is set out in the Universal Declaration of Human Rights (UDHR, art.
14(1)). Summary returns without any individual assessment make that right meaningless. Kestrian
officials told us that the returns were "prevention of illegal entry", but the UN's refugee
convention expressly forbids penalising refugees for irregular entry in Article 31.

The government presented its new border strategy at a convention centre in the capital in
March, promising "humane and effective" controls. Our findings show a different reality.

Recommendations

We call on the Kestrian government to end pushbacks immediately, to give every person at the
border access to an asylum procedure, and to open independent investigations into the violence
described in this report. We call on the European Commission to make funding for border
management conditional on compliance with the Refugee Convention and the ECHR.
""",
        m("1951 Refugee Convention", "refugee-convention-1951"),
        m("its {1967 Protocol}", "refugee-protocol-1967"),
        m("Article 33 of the Refugee Convention", "refugee-convention-1951", "33"),
        m("European Convention on Human Rights", "echr"),
        x("({ECHR})"),
        m("Article 3 ECHR", "echr", "3"),
        x("Article 4 of Protocol No. 4 to the ECHR"),
        m("Universal Declaration of Human Rights", "udhr", infer="asylum"),
        m("UDHR, art. 14(1)", "udhr", "14(1)"),
        m("UN's refugee convention", "refugee-convention-1951"),
        m("in {Article 31}.", "refugee-convention-1951", "31"),
        x("convention centre"),
        m("with the {Refugee Convention}", "refugee-convention-1951"),
        m("and the {ECHR}.", "echr"),
        r("exposed to {torture}", "torture"),
        r("inhuman or degrading treatment", "torture"),
        r("right to seek asylum", "asylum"),
        rights=True,
    ),
    t(
        "ngo-02",
        "ngo",
        """
Alternative report to the Committee on the Rights of the Child: children in immigration detention
in Norhaven

Submitted by the Children's Rights Alliance of Norhaven

1. This submission addresses the State party's compliance with the UN Convention on the Rights of
the Child (UNCRC) in relation to children held in immigration detention. It complements the State
party's sixth periodic report and responds to the list of issues adopted by the CRC Committee
last year.

2. Under Article 37(b) of the UNCRC, the detention of a child shall be used only as a measure of
last resort and for the shortest appropriate period of time. The CRC Committee has made clear
that detaining children because of their or their parents' migration status is never in their
best interests. Yet in 2023, 640 children were held at the Harrow Point centre, some for more
than 90 days.

3. Article 3(1) of the Convention requires that the best interests of the child be a primary
consideration in all actions concerning children. Detention decisions in Norhaven are taken by
border officials without any best-interests assessment, and children have no separate legal
representation.

4. Children at Harrow Point receive two hours of lessons a day. This falls far short of Articles
28 and 29 of the Convention, which guarantee the right to education directed to the full
development of the child's personality.

5. We urge the Committee to recommend that Norhaven:
(a) end the immigration detention of children in law and in practice, in line with Article 37 of
the Convention;
(b) establish an independent guardianship service for unaccompanied children, as required by
Article 20 of the Convention;
(c) ratify the Optional Protocol on a communications procedure, so that children can bring
individual complaints to the Committee.
""",
        x("Committee on the Rights of the Child"),
        m("UN Convention on the Rights of the Child", "crc"),
        x("({UNCRC})"),
        x("CRC Committee"),
        m("Article 37(b) of the UNCRC", "crc", "37(b)"),
        x("CRC Committee", n=1),
        m("Article 3(1) of the Convention", "crc", "3(1)"),
        m("Articles 28 and 29 of the Convention", "crc", "28 29"),
        m("Article 37 of the Convention", "crc", "37"),
        m("Article 20 of the Convention", "crc", "20"),
        m("Optional Protocol on a communications procedure", "crc-opic"),
        nr("Children's Rights Alliance of Norhaven"),
        r("best interests of the child", "child-rights"),
        r("right to education", "education"),
        rights=True,
    ),
    t(
        "ngo-03",
        "ngo",
        """
Morvania: Crackdown on critics ahead of elections

Morvanian authorities have arrested at least 48 journalists, bloggers and opposition activists
since January, in what appears to be a coordinated campaign to silence criticism before the
presidential election in October.

Most of those detained are charged with "spreading false information" under article 212 of the
Criminal Code, which carries up to seven years in prison. The provision is so vaguely worded that
it fails the requirement of legality under the International Covenant on Civil and Political
Rights (ICCPR), which Morvania ratified in 1994. Article 19 ICCPR protects the right to seek,
receive and impart information and ideas of all kinds, and permits only restrictions that are
provided by law and strictly necessary.

Police also dispersed at least nine peaceful gatherings, including a vigil outside the electoral
commission. The rights of peaceful assembly and freedom of association are guaranteed by
Articles 21 and 22 of the ICCPR.

Several of those arrested were detained days before the ruling party convention in the capital,
where the president accepted the nomination for a fourth term. "They want an empty stage," said
Lia Dorn, whose husband, the blogger Petar Dorn, has been held without charge since 3 May.

Human rights defenders who document the arrests have themselves been targeted. The UN
Declaration on Human Rights Defenders affirms that everyone has the right, individually and in
association with others, to promote and to strive for the protection and realization of human
rights, and Article 12 of the Declaration requires States to protect defenders against
retaliation.

We call on the Morvanian authorities to release everyone detained solely for exercising their
rights, to repeal article 212 of the Criminal Code and to ensure that the election takes place
in an environment free from intimidation.
""",
        x("article 212 of the Criminal Code"),
        m("International Covenant on Civil and Political Rights", "iccpr"),
        x("({ICCPR})"),
        m("Article 19 ICCPR", "iccpr", "19"),
        m("Articles 21 and 22 of the ICCPR", "iccpr", "21 22"),
        x("party convention"),
        m("UN Declaration on Human Rights Defenders", "declaration-human-rights-defenders"),
        m("Article 12 of the Declaration", "declaration-human-rights-defenders", "12"),
        x("article 212 of the Criminal Code", n=1),
        r("right to seek, receive and impart information and ideas", "expression"),
        r("rights of peaceful assembly", "assembly"),
        r("freedom of association", "association"),
        rights=True,
    ),
    t(
        "ngo-04",
        "ngo",
        """
Briefing note: the right to return of the Hallan exiles

Summary

Some 30,000 Hallans were expelled from the Ressa region in 1994 and have never been allowed to go
back. This note sets out the international legal basis for their return and for the restitution
of their property.

The legal framework

The right to return to one's own country is recognised in Article 13(2) of the UDHR and in
article 12, paragraph 4, of the International Covenant on Civil and Political Rights. The Human
Rights Committee has explained that the phrase "his own country" is broader than "country of
nationality" and covers long-term residents who have been stripped of their nationality. Denying
return to the Hallans as a group, while others may return, also raises issues of discrimination:
in our view the ban is in breach of articles 12 (4) and 26 ICCPR read together.

The ban further engages ICERD, art. 5(d)(ii), which guarantees without distinction as to race or
ethnic origin the right to leave any country, including one's own, and to return to one's
country. The Committee on the Elimination of Racial Discrimination (CERD) has urged States to
ensure that refugees and displaced persons can return to their homes of origin in safety.

Property

Returnees are entitled to the restitution of their homes, land and property, as set out in the
Pinheiro Principles (Principles on Housing and Property Restitution for Refugees and Displaced
Persons). Principle 2 treats restitution as the preferred remedy, with compensation only where
restitution is factually impossible.

Recommendations

The authorities of the Ressa region should lift the ban on return, establish a property claims
commission and cooperate with the Human Rights Committee in the follow-up to its concluding
observations on articles 12 and 60 of the Covenant.
""",
        m("Article 13(2) of the UDHR", "udhr", "13(2)"),
        m(
            "article 12, paragraph 4, of the International Covenant on Civil and Political Rights",
            "iccpr",
            "12(4)",
        ),
        x("Human Rights Committee"),
        m("articles 12 (4) and 26 ICCPR", "iccpr", "12(4) 26"),
        m("ICERD, art. 5(d)(ii)", "icerd", "5(d)(ii)"),
        x("Committee on the Elimination of Racial Discrimination (CERD)"),
        m("Pinheiro Principles", "pinheiro-principles", infer="property"),
        x("(Principles on Housing and Property Restitution for Refugees and Displaced Persons)"),
        m("Principle 2", "pinheiro-principles", "2"),
        x("Human Rights Committee", n=1),
        m("articles 12 and 60 of the Covenant", "iccpr", "12", invalid="60"),
        r("right to return", "right-to-return"),
        r("restitution of their property", "property"),
        r("right to return to one's own country", "right-to-return"),
        r("right to leave any country", "leave-any-country"),
        r("and to {return to one's country}", "right-to-return"),
        r("restitution of their homes, land and property", "property"),
        rights=True,
    ),
    t(
        "ngo-05",
        "ngo",
        """
Mining on Vaari land: what the company promised and what it did

When Grellstone Minerals obtained its concession in the Norrland Basin in 2018, it announced that
it would "respect the rights of indigenous peoples at every stage". The company's charter, adopted
by its shareholders in 2015, commits it to "free, prior and informed consent" for any project
affecting indigenous land.

Our research shows that these commitments were not honoured. Of the nine Vaari villages within
the concession, only two were consulted, and in both cases only after the exploration licences
had been granted.

The standard is clear. Article 32(2) of the UN Declaration on the Rights of Indigenous Peoples
(UNDRIP) requires States to consult indigenous peoples in good faith to obtain their free and
informed consent before approving any project affecting their lands, particularly in connection
with the development of mineral resources. Article 10 UNDRIP prohibits relocation without such
consent. Under the UN Guiding Principles on Business and Human Rights, companies have an
independent responsibility to respect human rights, including where the State fails to protect
them.

Norrland has also ratified the International Covenant on Economic, Social and Cultural Rights.
Contamination of the Vaari River, on which 4,000 people depend for drinking water, threatens the
rights to health and to water that flow from articles 11 and 12 of that Covenant.

Grellstone should suspend operations in the contested areas, and the government should review
the concession.
""",
        x("company's charter"),
        m(
            "Article 32(2) of the UN Declaration on the Rights of Indigenous Peoples",
            "undrip",
            "32(2)",
        ),
        x("({UNDRIP})"),
        m("Article 10 UNDRIP", "undrip", "10"),
        x("UN Guiding Principles on Business and Human Rights"),
        m("International Covenant on Economic, Social and Cultural Rights", "icescr"),
        m("articles 11 and 12 of that Covenant", "icescr", "11 12"),
    ),
    t(
        "ngo-06",
        "ngo",
        """
Death sentences in Aldoria: annual figures

Aldorian courts handed down 61 death sentences last year, up from 38 the year before, and at
least 9 people were executed. Most were convicted of drug offences, which do not meet the
threshold of the "most serious crimes" to which Article 6(2) ICCPR restricts the death penalty in
countries that have not abolished it.

Several prisoners told their lawyers that they had been beaten until they confessed. Executing a
person on the basis of a confession obtained by torture violates arts. 6 and 7 of the Covenant,
as well as the UN Convention against Torture, which Aldoria ratified in 2004. Under Article 15 of
that convention, statements made as a result of torture may not be invoked as evidence in any
proceedings.

Aldoria has also signed, but not ratified, the Arab Charter on Human Rights, which permits the
death penalty only for the most serious crimes.

We urge the government to establish an official moratorium on executions and to accede to the
Second Optional Protocol to the ICCPR, aiming at the abolition of the death penalty. Article 1 of
the Second Optional Protocol provides that no one within the jurisdiction of a State party shall
be executed.
""",
        m("Article 6(2) ICCPR", "iccpr", "6(2)"),
        m("arts. 6 and 7 of the Covenant", "iccpr", "6 7"),
        m("UN Convention against Torture", "cat", infer="torture"),
        m("Article 15 of that convention", "cat", "15"),
        x("Arab Charter on Human Rights"),
        m("Second Optional Protocol to the ICCPR", "iccpr-op2"),
        m("Article 1 of the Second Optional Protocol", "iccpr-op2", "1"),
        r("obtained by {torture}", "torture"),
        r("result of {torture}", "torture"),
        rights=True,
    ),
    t(
        "ngo-07",
        "ngo",
        """
Emptied Villages: Forced Displacement in the Sevar District

1. Introduction

Since the outbreak of fighting between government forces and the Sevar Defence Units in 2021,
more than 120,000 people have fled their homes in the Sevar district. This report is based on
interviews with 143 displaced people and on satellite imagery of 38 villages.

2. Legal framework

The conflict in Sevar is a non-international armed conflict. All parties are bound by common
Article 3 of the four Geneva Conventions of 1949 and by Additional Protocol II, which the State
ratified in 1991. Article 17 of Additional Protocol II prohibits ordering the displacement of the
civilian population for reasons related to the conflict unless the security of the civilians
involved or imperative military reasons so demand. Deliberate destruction of homes to prevent
return may also amount to collective punishment, prohibited by Article 4(2)(b) of the Protocol.

Where government forces control territory taken from a neighbouring State, as in the Kalm
enclave, the Fourth Geneva Convention applies. Article 49 of the Fourth Geneva Convention
prohibits individual or mass forcible transfers of protected persons, and Article 53 prohibits
the destruction of property except where rendered absolutely necessary by military operations.
Unlawful deportation or transfer is a grave breach under Article 147.

People who have crossed into Vell are refugees protected by the 1951 Geneva Convention, which
Vell has ratified; those displaced within Sevar are internally displaced persons. The Guiding
Principles on Internal Displacement, although not a treaty, restate the applicable law:
Principle 6 prohibits arbitrary displacement, and Principle 28 requires the authorities to
establish conditions for voluntary return in safety and dignity.

3. Findings

Satellite images show that 27 of the 38 villages were burned after their residents had left,
most within days of the army taking control. Witnesses in eleven villages described soldiers
ordering residents to leave within hours. No shelter or food was provided.

4. Recommendations

All parties should respect the Geneva Conventions and Additional Protocol II, allow displaced
people to return, and cooperate with an independent investigation.
""",
        m("Article 3 of the four Geneva Conventions of 1949", "geneva-conventions-1949", "3"),
        m("Additional Protocol II", "ap-ii"),
        m("Article 17 of Additional Protocol II", "ap-ii", "17"),
        m("Article 4(2)(b) of the Protocol", "ap-ii", "4(2)(b)"),
        m("the {Fourth Geneva Convention} applies", "gc-iv"),
        m("Article 49 of the Fourth Geneva Convention", "gc-iv", "49"),
        m("Article 53", "gc-iv", "53"),
        m("Article 147", "gc-iv", "147"),
        m("1951 Geneva Convention", "refugee-convention-1951"),
        m("Guiding Principles on Internal Displacement", "guiding-principles-idp"),
        m("Principle 6", "guiding-principles-idp", "6"),
        m("Principle 28", "guiding-principles-idp", "28"),
        m("respect the {Geneva Conventions}", "geneva-conventions-1949"),
        m("and {Additional Protocol II}, allow", "ap-ii"),
        r("Forced Displacement", "deportation-forcible-transfer"),
        r("displacement of the civilian population", "deportation-forcible-transfer"),
        r("collective punishment", "collective-punishment"),
        r("forcible transfers", "deportation-forcible-transfer"),
        r("Unlawful deportation or transfer", "deportation-forcible-transfer"),
        r("grave breach", "war-crimes"),
        r("arbitrary displacement", "deportation-forcible-transfer"),
        rights=True,
    ),
]

# --- News style ---------------------------------------------------------------------------

TEXTS += [
    t(
        "news-01",
        "news",
        """
Strikes on Selm airport draw condemnation

SELM — Air strikes on the airport and a nearby fuel depot in Selm killed at least 14 civilians on
Tuesday, local officials said, as fighting between Dravonian and Altarian forces entered its
third week.

The United Nations human rights office said it was "deeply alarmed" and reminded both sides that
attacks on civilians and civilian infrastructure are prohibited under the Geneva Conventions.
"Hospitals, water stations and shelters must be spared. This is not optional," a spokesperson
told reporters in Geneva.

Dravonia's foreign ministry said the strikes targeted military equipment and accused Altaria of
storing weapons at the airport. In an article published in the state newspaper on Wednesday, the
defence minister argued that Dravonia was acting in self-defence under Article 51 of the UN
Charter.

Legal experts were sceptical. "Self-defence does not cover bombing a fuel depot that supplies a
hospital," said Mara Quill, a professor of international law. "And even in self-defence, the
Geneva Convention rules on distinction and proportionality still apply."

Meanwhile, more than 30,000 people have crossed into Vell, where the government has said it will
treat them as refugees under the 1951 Geneva Convention. Aid agencies warned that camps near the
border were already full.

The UN Security Council is expected to meet on Thursday. Diplomats said a draft resolution
calling for a ceasefire and recalling the Charter's prohibition on the use of force was being
circulated, but that Dravonia's allies were likely to block it.
""",
        m("Geneva Conventions", "geneva-conventions-1949"),
        x("article published"),
        m("Article 51 of the UN Charter", "un-charter", "51"),
        m("{Geneva Convention} rules", "geneva-conventions-1949"),
        m("1951 Geneva Convention", "refugee-convention-1951"),
        m("the {Charter}'s", "un-charter"),
    ),
    t(
        "news-02",
        "news",
        """
Ministry rolls out new fever testing rules after outbreak

KERVO — Pellonia's health ministry on Monday ordered all hospitals to adopt a protocol for
testing patients with unexplained fevers, after an outbreak of a new respiratory virus killed
seven people in the northern province.

The order follows the government's declaration of a public health emergency last week, which
allows the ministry to requisition laboratories and restrict travel in and out of the province.

Doctors welcomed the testing protocol but said it came too late. "We had no test kits for ten
days," said Dr Ines Varga of Kervo General Hospital. Patients with severe symptoms are also being
given CAT scans to check for lung damage.

Human rights groups urged the authorities not to use the emergency as a pretext for broader
restrictions. Pellonia is a party to the International Covenant on Economic, Social and Cultural
Rights, and Article 12 of the covenant obliges states to take steps for "the prevention,
treatment and control of epidemic, endemic, occupational and other diseases". Any limits on
movement must also respect the International Covenant on Civil and Political Rights, whose
article 4 allows derogations in a public emergency only "to the extent strictly required by the
exigencies of the situation".

The ministry said the travel restrictions would be reviewed after 14 days.
""",
        x("protocol for testing"),
        x("declaration of a public health emergency"),
        x("testing protocol"),
        x("CAT scans"),
        m("International Covenant on Economic, Social and Cultural Rights", "icescr"),
        m("Article 12 of the covenant", "icescr", "12"),
        m("International Covenant on Civil and Political Rights", "iccpr"),
        m("whose {article 4}", "iccpr", "4"),
    ),
    t(
        "news-03",
        "news",
        """
Opposition rejects results as observers cite irregularities

VARNA CITY — Varnia's main opposition alliance on Sunday rejected the electoral commission's
declaration of results, which gave President Oren Halt 61 per cent of the vote, and called for
peaceful protests.

The alliance, which campaigned on a platform it calls the Charter for Democratic Change, said its
monitors had recorded ballot stuffing at more than 200 polling stations. International observers
said the vote was "orderly but not genuinely competitive", citing restrictions on opposition
rallies and the exclusion of two candidates.

"Every citizen has the right to take part in the government of his country, directly or through
freely chosen representatives. That is the Universal Declaration of Human Rights, Article 21,
not an opposition slogan," alliance leader Dana Morel told supporters.

Lawyers for the excluded candidates say they will take their case to the UN Human Rights
Committee. Varnia has accepted the committee's competence to hear individual complaints under the
First Optional Protocol to the International Covenant on Civil and Political Rights. Article 25
of the Covenant guarantees the right to vote and to be elected at genuine periodic elections.

The electoral commission said complaints would be examined within 30 days.
""",
        x("declaration of results"),
        x("Charter for Democratic Change"),
        m("Universal Declaration of Human Rights, Article 21", "udhr", "21"),
        x("UN Human Rights Committee"),
        m(
            "First Optional Protocol to the International Covenant on Civil and Political Rights",
            "iccpr-op1",
        ),
        m("Article 25 of the Covenant", "iccpr", "25"),
        r("right to take part in the government", "participation"),
        r("right to vote and to be elected", "participation"),
        rights=True,
    ),
    t(
        "news-04",
        "news",
        """
Court halts deportation flight to Samaran

ALDORIA CITY — A court in Aldoria on Friday halted a deportation flight to Samaran hours before it
was due to take off, ruling that the government had failed to assess the risks faced by 46
rejected asylum seekers on board.

The government had chartered an aircraft to carry out the removals, the first since it declared
Samaran a "safe country of origin" in March. Judge Elin Sato said the designation could not
replace an individual examination of each case.

Lawyers for the asylum seekers argued that several of their clients had been tortured in Samaran
before fleeing. Returning them would breach the UN refugee convention, which bars sending
refugees back to a country where their life or freedom would be threatened, and the UN
Convention against Torture, whose Article 3 applies to everyone, whether or not they qualify as
refugees.

The interior ministry said it would appeal. "We respect the 1951 convention, but it does not give
anyone whose claim has been rejected a right to stay," a spokesperson said, citing what he called
Article 47 of the convention.

The UN refugee agency, UNHCR, welcomed the ruling and urged Aldoria to suspend the safe-country
list until the situation in Samaran had been reviewed. Aldoria is also bound by the EU Charter of
Fundamental Rights, Article 19 of which prohibits collective expulsions.
""",
        m("UN refugee convention", "refugee-convention-1951"),
        m("UN Convention against Torture", "cat"),
        m("whose {Article 3}", "cat", "3"),
        m("1951 convention", "refugee-convention-1951"),
        m("Article 47 of the convention", "refugee-convention-1951", invalid="47"),
        x("EU Charter of Fundamental Rights"),
        x("Article 19 of which"),
        nr("right to stay"),
        rights=True,
    ),
    t(
        "news-05",
        "news",
        """
Dravonia expels two Altarian diplomats

Dravonia on Thursday declared two Altarian diplomats persona non grata and gave them 72 hours to
leave the country, the latest escalation in a dispute over the detention of a Dravonian
journalist in Altaria.

The foreign ministry said the diplomats had engaged in "activities incompatible with their
status". Under Article 9 of the Vienna Convention on Diplomatic Relations, a receiving state may
do so at any time and without having to explain its decision.

Altaria called the move "regrettable" and said it would respond in kind. Its ambassador said the
journalist, Teo Brandt, was being held lawfully and would be tried on espionage charges. Under
the Vienna Convention, the ambassador himself cannot be arrested, but he may also be expelled.

Press freedom groups said Brandt had been detained for more than four months without access to a
lawyer of his choice, in breach of the fair trial guarantees of Article 14 of the International
Covenant on Civil and Political Rights, to which both countries are parties.

At the United Nations, the secretary-general urged both governments to settle their dispute by
peaceful means, as the UN Charter requires.
""",
        x("Article 9 of the Vienna Convention on Diplomatic Relations"),
        x("the {Vienna Convention},"),
        m(
            "Article 14 of the International Covenant on Civil and Political Rights",
            "iccpr",
            "14",
        ),
        m("UN Charter", "un-charter"),
        nr("Press freedom groups"),
        r("fair trial guarantees", "fair-trial"),
        rights=True,
    ),
    t(
        "news-06",
        "news",
        """
Former militia leader goes on trial for genocide

THE HAGUE — The trial of Jonas Retter, a former commander of the Kessaly Liberation Front, opened
on Monday on charges of genocide, crimes against humanity and war crimes committed against the
Oru minority in 2016.

Prosecutors say Retter ordered the killing of at least 600 Oru men and boys in the town of Amsel
and organised the forced removal of thousands of women and children. It is the first genocide
case to be tried since the court was established.

Under the 1948 Genocide Convention, genocide requires proof of an intent to destroy a national,
ethnical, racial or religious group, in whole or in part. The acts listed in Article 2 of the
convention include killing members of the group and forcibly transferring its children to
another group. The same definition appears in Article 6 of the Rome Statute, which prosecutors
say gives the court jurisdiction.

Defence lawyers argue that Retter was not in command at the time and that the killings, however
terrible, were not aimed at destroying the Oru as a group. They also say that some of the charges
were brought too late under Kessalian law, but the statute makes no allowance for such limits:
under its Article 29, the crimes within the court's jurisdiction are not subject to any statute
of limitations.

The trial is expected to last at least two years. More than 150 witnesses are expected to
testify.
""",
        m("1948 Genocide Convention", "genocide-convention", infer="genocide"),
        m("Article 2 of the convention", "genocide-convention", "II"),
        m("Article 6 of the Rome Statute", "rome-statute", "6"),
        m("the {statute} makes", "rome-statute"),
        m("its {Article 29}", "rome-statute", "29"),
        x("statute of limitations"),
        r("trial for {genocide}", "genocide"),
        r("charges of {genocide}", "genocide"),
        r("crimes against humanity", "crimes-against-humanity"),
        r("war crimes", "war-crimes"),
        r("first {genocide} case", "genocide"),
        r("Convention, {genocide} requires", "genocide"),
        rights=True,
    ),
    t(
        "news-07",
        "news",
        """
Parents challenge school closures in Harrow district

NORHAVEN — A group of parents has launched a legal challenge against the closure of three primary
schools in the Harrow district, arguing that the decision discriminates against Roma children.

The city council voted in May to close the schools and to transfer their pupils to a new charter
school on the edge of the district, which parents say is too far away and lacks teachers who
speak Romani. Council leader Pia Lund said the plan would save money and improve results.

The parents' lawyer, Arvid Holm, said the plan would leave more than 300 children with a two-hour
daily commute. "Education is a right, not a budget line," he said. He cited the UN Convention on
the Rights of the Child, Article 28, which requires states to make primary education compulsory
and available free to all, and Article 14 of the European Convention on Human Rights, which
prohibits discrimination in the enjoyment of the rights it protects. "Taken together with the
right to education in Article 2 of Protocol No. 1, the convention leaves no room for this kind of
segregation," Holm said.

The case will be heard in October. Separately, delegates to the city's constitutional
convention, which is drafting a new municipal charter, voted to add a clause guaranteeing access
to local schools.
""",
        x("charter school"),
        m("UN Convention on the Rights of the Child, Article 28", "crc", "28"),
        m("Article 14 of the European Convention on Human Rights", "echr", "14"),
        x("Article 2 of Protocol No. 1"),
        m("the {convention} leaves", "echr", infer="education"),
        x("constitutional convention"),
        x("municipal charter"),
        r("right to education", "education"),
        rights=True,
    ),
]

# --- Press releases, modelled on news-agency reports of organisations' statements ----------

TEXTS += [
    t(
        "press-release-01",
        "press-release",
        """
KERVO, Pellonia, March 2. The Union of Displaced Persons of the Ressa Valley has appealed to the
United Nations to support the return of families expelled from the valley three decades ago, the
Pellonian News Service reports.

"Our union was founded in 1993 by families who lost their homes, their land and their graves in
the Ressa Valley. For thirty years we have been told to wait. We will not wait any longer," the
union said in a statement.

According to the union, some 60,000 people were forced to leave the valley in 1992 and 1993, and
their villages were later resettled or left to ruin. Cemeteries and places of worship were
destroyed, and the names of villages were changed.

"The right to return to one's home is not a favour granted by governments. It is enshrined in
the Universal Declaration of Human Rights, the International Covenant on Civil and Political
Rights and the Convention Relating to the Status of Refugees, and it is confirmed by the Guiding
Principles on Internal Displacement. Article 12 of the Covenant says that no one shall be
arbitrarily deprived of the right to enter his own country," the statement said.

The union called on the international community to ensure that return takes place in safety and
dignity, with the restoration of property and the reconstruction of homes, schools and places of
worship.

"We are grateful to the Government of Pellonia for sheltering the displaced for three decades.
Now we ask the United Nations and its Member States to help us go home," the union said.
""",
        m("Universal Declaration of Human Rights", "udhr"),
        m("International Covenant on Civil and Political Rights", "iccpr"),
        m("Convention Relating to the Status of Refugees", "refugee-convention-1951"),
        m("Guiding Principles on Internal Displacement", "guiding-principles-idp"),
        m("Article 12 of the Covenant", "iccpr", "12"),
        r("right to return to one's home", "right-to-return"),
        r("right to enter his own country", "right-to-return"),
        r("restoration of property", "property"),
        rights=True,
    ),
    t(
        "press-release-02",
        "press-release",
        """
VESSA, Vessaria, June 14. The National Assembly of Vessaria has ratified the Optional Protocol to
the Convention on the Rights of Persons with Disabilities, the Vessarian Press Agency reports.

The law on ratification was adopted by 112 votes to 9. Once the instrument of ratification is
deposited with the Secretary-General of the United Nations, persons with disabilities in Vessaria
will be able to submit individual complaints to the Committee on the Rights of Persons with
Disabilities after exhausting domestic remedies.

"Vessaria ratified the Convention on the Rights of Persons with Disabilities in 2010. Today we
take the next step. Rights that cannot be claimed are only words on paper," said the Minister of
Social Affairs, Hana Korda.

The minister said that the government would also present a new accessibility law in the autumn
to give effect to Article 9 of the Convention, which requires States to ensure access for persons
with disabilities, on an equal basis with others, to the physical environment, transportation,
information and communications.

Disability organisations welcomed the vote. "We have waited twelve years for this," said Petra
Lind, chair of the National Disability Council. "Now the government must make sure that Article
19 of the Convention, on living independently and being included in the community, becomes a
reality for the thousands of people who still live in institutions."

The Optional Protocol will enter into force for Vessaria on the thirtieth day after the deposit
of the instrument of ratification.
""",
        m(
            "Optional Protocol to the Convention on the Rights of Persons with Disabilities",
            "crpd-op",
        ),
        x("Committee on the Rights of Persons with Disabilities"),
        m("ratified the {Convention on the Rights of Persons with Disabilities} in 2010", "crpd"),
        m("Article 9 of the Convention", "crpd", "9"),
        m("Article 19 of the Convention", "crpd", "19"),
        m("The {Optional Protocol} will", "crpd-op"),
    ),
    t(
        "press-release-03",
        "press-release",
        """
ALDORIA CITY, Aldoria, September 8. The Aldorian Bar Association has condemned the arrest of three
lawyers who represented opposition activists, the Aldoria Today news agency reports.

"Lawyers must be able to do their work without intimidation, hindrance, harassment or improper
interference. The arrest of our colleagues for doing exactly that is an attack on the justice
system itself," the association said in a statement.

The three lawyers were detained on Monday after a court hearing in the capital and charged with
"obstructing justice". According to the association, they had filed complaints about the torture
of their clients in pre-trial detention.

The association recalled that the Universal Declaration of Human Rights, in its articles 10 and
11, guarantees a fair and public hearing and the presumption of innocence, and that article 14 of
the International Covenant on Civil and Political Rights guarantees everyone charged with a
criminal offence the right to communicate with counsel of his own choosing. The Basic Principles
on the Role of Lawyers, adopted by the United Nations in 1990, require governments to ensure that
lawyers are not identified with their clients' causes.

"Aldoria has been a party to the Covenant since 1979. Its obligations do not disappear when the
clients are unpopular," the statement said.

The association called for the immediate release of the three lawyers and said it had asked the
UN Special Rapporteur on the independence of judges and lawyers to intervene.
""",
        m("Universal Declaration of Human Rights", "udhr", infer="fair-trial"),
        m("articles 10 and 11", "udhr", "10 11"),
        m(
            "article 14 of the International Covenant on Civil and Political Rights",
            "iccpr",
            "14",
        ),
        x("Basic Principles on the Role of Lawyers"),
        m("party to the {Covenant}", "iccpr"),
        r("{torture} of their clients", "torture"),
        r("fair and public hearing", "fair-trial"),
        r("presumption of innocence", "fair-trial"),
        r("right to communicate with counsel of his own choosing", "fair-trial"),
        rights=True,
    ),
    t(
        "press-release-04",
        "press-release",
        """
SELM, Altaria, April 3. The Ministry of Foreign Affairs of Altaria has issued a statement on the
destruction of cultural heritage in the occupied part of the Selm district, the Altarian State
News Agency reports.

"Since the occupation began, at least 19 churches, mosques and cemeteries have been damaged or
destroyed, and the historic library of Selm has been emptied. Street signs and village names
have been replaced in an attempt to erase the memory of the Altarian population," the ministry
said.

The ministry stressed that the presence of Dravonian forces on Altarian territory violates
Article 2(4) of the UN Charter, and that, as the Occupying Power, Dravonia is bound by the Fourth
Geneva Convention. "Article 53 of the Fourth Geneva Convention prohibits the destruction of
property by the Occupying Power, and Article 147 makes extensive destruction not justified by
military necessity a grave breach. The 1954 Hague Convention for the Protection of Cultural
Property in the Event of Armed Conflict, to which both States are parties, requires the Occupying
Power to safeguard cultural property," the statement said.

The ministry called on the United Nations Educational, Scientific and Cultural Organization and
the International Committee of the Red Cross to send missions to the district, and urged the
Security Council to act in accordance with its responsibilities under the Charter of the United
Nations.

"Altaria will use every legal means to protect its heritage and to bring those responsible to
account," the ministry said.
""",
        m("Article 2(4) of the UN Charter", "un-charter", "2(4)"),
        m("bound by the {Fourth Geneva Convention}", "gc-iv"),
        m("Article 53 of the Fourth Geneva Convention", "gc-iv", "53"),
        m("Article 147", "gc-iv", "147"),
        x(
            "1954 Hague Convention for the Protection of Cultural Property in the Event of Armed"
            " Conflict"
        ),
        m("Charter of the United Nations", "un-charter"),
    ),
    t(
        "press-release-05",
        "press-release",
        """
VELL, May 22. The Human Rights Ombudsman of Vell has urged the government to end statelessness
among children born in the country's border provinces, the Vell News Agency reports.

"More than 8,000 children in the border provinces have no nationality. They were born here, they
go to school here, and yet no State recognises them as its nationals," the Ombudsman said in her
annual report to parliament.

According to the report, most of the children were born to parents who fled the conflict in
Sevar and who could not register the births because they lacked documents. Without a birth
certificate, the children cannot prove their link to any State.

The Ombudsman recalled that Vell acceded in 2014 to the 1954 Convention relating to the Status of
Stateless Persons and to the 1961 Convention on the Reduction of Statelessness, and that it has
been a party to the Convention on the Rights of the Child since 1991. "The Convention requires
that every child be registered immediately after birth and have the right to acquire a
nationality. Article 1 of the 1961 Convention obliges us to grant our nationality to a person
born on our territory who would otherwise be stateless," the report says.

The Ombudsman recommended simplified late birth registration, a procedure to identify stateless
persons on the territory, as implied by the 1954 Convention, and facilitated naturalization of
stateless persons in line with its article 32.

The government said it would study the recommendations.
""",
        m(
            "1954 Convention relating to the Status of Stateless Persons",
            "stateless-persons-1954",
        ),
        m("1961 Convention on the Reduction of Statelessness", "statelessness-1961"),
        m("Convention on the Rights of the Child", "crc"),
        m("The {Convention} requires", "crc", infer="nationality"),
        m("Article 1 of the 1961 Convention", "statelessness-1961", "1"),
        m("the {1954 Convention},", "stateless-persons-1954"),
        m("its {article 32}", "stateless-persons-1954", "32"),
        r("end {statelessness}", "nationality"),
        r("right to acquire a nationality", "nationality"),
        rights=True,
    ),
    t(
        "press-release-06",
        "press-release",
        """
GENEVA, July 1. The United Nations High Commissioner for Human Rights has welcomed the accession
of Kessaly to the International Convention for the Protection of All Persons from Enforced
Disappearance, the Geneva Press Service reports.

"Hundreds of families in Kessaly are still searching for their loved ones. By joining the
Convention, Kessaly has committed itself to search for the disappeared, to punish those
responsible and to tell families the truth," the High Commissioner said.

The Convention defines enforced disappearance in its Article 2 and requires States to make it an
offence under their criminal law. It will enter into force for Kessaly on 31 July.
""",
        m(
            "International Convention for the Protection of All Persons from Enforced"
            " Disappearance",
            "cped",
        ),
        m("joining the {Convention}", "cped"),
        m("The {Convention} defines", "cped", infer="enforced-disappearance"),
        m("its {Article 2}", "cped", "2"),
        r("enforced disappearance", "enforced-disappearance"),
        rights=True,
    ),
]

# --- Academic prose -----------------------------------------------------------------------

TEXTS += [
    t(
        "academic-01",
        "academic",
        """
Return, refoulement and the limits of protection: a doctrinal note

1. Introduction

International law protects displaced people through several overlapping regimes, whose
interaction is often misunderstood. This note examines three of them: the refugee regime built on
the 1951 Convention relating to the Status of Refugees, the prohibition of refoulement in human
rights treaties, and the right to return to one's own country. It argues that the regimes
complement rather than compete with one another, and that the gaps between them are narrower
than is often assumed.

2. The refugee definition

The starting point is article 1A(2) of the 1951 Convention, which defines a refugee as a person
who, owing to a well-founded fear of being persecuted for reasons of race, religion, nationality,
membership of a particular social group or political opinion, is outside the country of his
nationality. The temporal limitation of the original text was lifted by the 1967 Protocol: under
article 1(1) of the 1967 Protocol, States parties undertake to apply the substantive provisions
of the Convention to refugees as defined in article I(2) of the Protocol.

Exclusion is governed by article 1F of the Convention. Its three limbs cover crimes against
peace, war crimes and crimes against humanity (article 1F(a)), serious non-political crimes
committed outside the country of refuge (article 1F(b)), and acts contrary to the purposes and
principles of the United Nations (article 1F(c)). Cessation under article 1C(5), the "ceased
circumstances" clause, is sometimes invoked to justify the return of refugees once a conflict
has ended; but cessation requires fundamental, stable and durable change, not a ceasefire.

3. Non-refoulement

Article 33(1) of the 1951 Convention prohibits the expulsion or return of a refugee "to the
frontiers of territories where his life or freedom would be threatened" on account of his race,
religion, nationality, membership of a particular social group or political opinion. The
prohibition is not absolute: article 33(2) withdraws its benefit from a refugee who is a danger
to the security of the country or who, having been convicted of a particularly serious crime,
constitutes a danger to the community.

Human rights law fills that gap. Article 3 of the Convention against Torture prohibits the return
of any person to a State where there are substantial grounds for believing that he would be in
danger of being subjected to torture, without exception. The Convention does not ask whether the
person is a refugee, nor whether he is dangerous. The Human Rights Committee has read a similar
obligation into articles 6 and 7 of the International Covenant on Civil and Political Rights, and
the European Court of Human Rights into Art. 3 ECHR. Because these obligations protect the right
to life and the prohibition of torture, which cannot be suspended even in a public emergency, the
protection they give is, in practice, wider than that of the Refugee Convention.

The prohibition of torture is found in similar terms in article 5 of the Universal Declaration,
article 7 of the Covenant and article 2 of the Convention against Torture, and the rights in
articles 6 to 8 of the Covenant (life, freedom from torture, freedom from slavery) are among
those from which article 4, paragraph 2, permits no derogation. One sometimes reads that
"article 99 of the Universal Declaration" proclaims the universality of these guarantees; the
Declaration has only thirty articles, and the claim appears to be a confusion with its preamble.

4. The right to return

A third strand concerns those who wish to go home. Article 13(2) of the Universal Declaration
proclaims the right of everyone to return to his country, and article 12(4) of the Covenant
provides that "no one shall be arbitrarily deprived of the right to enter his own country". Where
both Covenants have been ratified, the right to return is reinforced by the right to adequate
housing under article 11(1) of the International Covenant on Economic, Social and Cultural
Rights. The Covenant does not, however, say anything about property left behind, and on
restitution the Committee on Economic, Social and Cultural Rights has pointed to the Pinheiro
Principles. The progressive-realization clause in article 2(1) of that Covenant has nonetheless
been invoked by some States to delay restitution programmes indefinitely.

5. Conclusion

Read together, these instruments leave few people without protection. What they do not provide
is an effective mechanism of enforcement: the 1951 Convention has no treaty body, and the
individual complaints procedures under the First Optional Protocol to the ICCPR and article 22 of
the Convention against Torture depend on the consent of the State concerned. Strengthening those
procedures, rather than drafting new instruments, is the more promising path.

Notes

1. See ICCPR, art. 12(4); UDHR, art. 13(2); ICERD, art. 5(d)(ii).

2. On cessation, see UNHCR, Guidelines on International Protection No. 3 (2003).

3. A protocol for testing the credibility of asylum claims, proposed by several governments, has
been criticised for reducing the assessment to a checklist.
""",
        m(
            "1951 Convention relating to the Status of Refugees",
            "refugee-convention-1951",
        ),
        m("article 1A(2) of the 1951 Convention", "refugee-convention-1951", "1A(2)"),
        m("by the {1967 Protocol}:", "refugee-protocol-1967"),
        m("article 1(1) of the 1967 Protocol", "refugee-protocol-1967", "I(1)"),
        m("provisions of the {Convention}", "refugee-convention-1951"),
        m("article I(2) of the Protocol", "refugee-protocol-1967", "I(2)"),
        m("article 1F of the Convention", "refugee-convention-1951", "1F"),
        m("article 1F(a)", "refugee-convention-1951", "1F(a)"),
        m("article 1F(b)", "refugee-convention-1951", "1F(b)"),
        m("article 1F(c)", "refugee-convention-1951", "1F(c)"),
        m("article 1C(5)", "refugee-convention-1951", "1C(5)"),
        m("Article 33(1) of the 1951 Convention", "refugee-convention-1951", "33(1)"),
        m("article 33(2)", "refugee-convention-1951", "33(2)"),
        m("Article 3 of the Convention against Torture", "cat", "3"),
        m("The {Convention} does not ask", "cat"),
        x("Human Rights Committee"),
        m(
            "articles 6 and 7 of the International Covenant on Civil and Political Rights",
            "iccpr",
            "6 7",
        ),
        m("Art. 3 ECHR", "echr", "3"),
        m("Refugee Convention", "refugee-convention-1951"),
        m("article 5 of the Universal Declaration", "udhr", "5"),
        m("article 7 of the Covenant", "iccpr", "7"),
        m("article 2 of the Convention against Torture", "cat", "2"),
        m("articles 6 to 8 of the Covenant", "iccpr", "6 7 8"),
        m("article 4, paragraph 2", "iccpr", "4(2)"),
        m("article 99 of the Universal Declaration", "udhr", invalid="99"),
        m("the {Declaration} has only", "udhr"),
        x("thirty {articles}"),
        m("Article 13(2) of the Universal Declaration", "udhr", "13(2)"),
        m("article 12(4) of the Covenant", "iccpr", "12(4)"),
        x("both {Covenants}"),
        m(
            "article 11(1) of the International Covenant on Economic, Social and Cultural Rights",
            "icescr",
            "11(1)",
        ),
        m("The {Covenant} does not, however", "icescr"),
        x("Committee on Economic, Social and Cultural Rights"),
        m("Pinheiro Principles", "pinheiro-principles"),
        m("article 2(1) of that Covenant", "icescr", "2(1)"),
        m("the {1951 Convention} has no", "refugee-convention-1951"),
        m("First Optional Protocol to the ICCPR", "iccpr-op1"),
        m("article 22 of the Convention against Torture", "cat", "22"),
        m("ICCPR, art. 12(4)", "iccpr", "12(4)"),
        m("UDHR, art. 13(2)", "udhr", "13(2)"),
        m("ICERD, art. 5(d)(ii)", "icerd", "5(d)(ii)"),
        x("protocol for testing"),
        r("Return, {refoulement} and", "non-refoulement"),
        r("prohibition of refoulement", "non-refoulement"),
        r("right to return to one's own country", "right-to-return"),
        r("war crimes", "war-crimes"),
        r("crimes against humanity", "crimes-against-humanity"),
        r("Non-refoulement", "non-refoulement"),
        r("subjected to {torture}, without", "torture"),
        r("right to life", "life"),
        r("prohibition of torture", "torture"),
        r("prohibition of torture", "torture", n=1),
        r("freedom from torture", "torture"),
        r("freedom from slavery", "slavery-trafficking"),
        nr("({life}, freedom"),
        r("The {right to return}\n", "right-to-return"),
        r("right of everyone to return to his country", "right-to-return"),
        r("right to enter his own country", "right-to-return"),
        r("the {right to return} is reinforced", "right-to-return"),
        r("right to adequate housing", "housing"),
        rights=True,
    ),
    t(
        "academic-02",
        "academic",
        """
Self-defence after the Selm crisis

The Selm crisis has revived an old debate about the scope of self-defence under the Charter of
the United Nations. Article 2(4) prohibits the threat or use of force against the territorial
integrity or political independence of any State, and the Charter admits only two exceptions:
enforcement action authorised by the Security Council under Articles 39-42, and the inherent
right of individual or collective self-defence preserved by Article 51.

Dravonia's invocation of Article 51 of the Charter rests on a claimed right of anticipatory
self-defence. The text of the Charter does not support it: Article 51 speaks of self-defence "if
an armed attack occurs". Nor does the practice of the Security Council. The International Court
of Justice has consistently declined to pronounce on anticipatory action, while insisting on the
requirements of necessity and proportionality, which are found not in the text of the Charter
but in customary international law, a source the Court is directed to apply by Article 38(1)(b)
of the ICJ Statute.

Some commentators go further and argue that Article 2(7) of the Charter, the domestic
jurisdiction clause, shields a State's conduct towards its own minorities from scrutiny. That
reading ignores the final words of the provision, which preserve enforcement measures under
Chapter VII, and it cannot be reconciled with Articles 55 and 56, under which all Members pledge
themselves to take joint and separate action for the promotion of universal respect for human
rights.

A last point concerns hierarchy. Under Article 103 of the Charter, obligations under the Charter
prevail over conflicting treaty obligations. A bilateral friendship treaty cannot therefore
authorise an intervention that the Charter prohibits, whatever its preamble says about the
common heritage of the two peoples. Article 53 of the Vienna Convention on the Law of Treaties,
under which a treaty that conflicts with a peremptory norm is void, points in the same
direction. Dravonia's memorandum also relies on Article 112 of the Charter, but no such article
exists; the reference appears to be a misprint for Article 103.
""",
        m("Charter of the United Nations", "un-charter", infer="self-defence"),
        m("Article 2(4)", "un-charter", "2(4)"),
        m("the {Charter} admits", "un-charter", infer="use-of-force self-defence"),
        m("Articles 39-42", "un-charter", "39 40 41 42"),
        m("preserved by {Article 51}", "un-charter", "51"),
        m("Article 51 of the Charter", "un-charter", "51"),
        m("The text of the {Charter}", "un-charter", infer="self-defence"),
        m("it: {Article 51}", "un-charter", "51"),
        m("the text of the {Charter} but", "un-charter"),
        m("Article 38(1)(b) of the ICJ Statute", "icj-statute", "38(1)(b)"),
        m("Article 2(7) of the Charter", "un-charter", "2(7)"),
        m("Articles 55 and 56", "un-charter", "55 56"),
        m("Article 103 of the Charter", "un-charter", "103"),
        m("obligations under the {Charter}", "un-charter"),
        m("that the {Charter} prohibits", "un-charter"),
        m("Article 53 of the Vienna Convention on the Law of Treaties", "vclt", "53"),
        m("Article 112 of the Charter", "un-charter", invalid="112"),
        x("no such {article}"),
        m("misprint for {Article 103}", "un-charter", "103"),
        r("{Self-defence} after", "self-defence"),
        r("scope of {self-defence} under", "self-defence"),
        r("threat or use of force", "use-of-force"),
        r("territorial integrity", "territorial-integrity"),
        r("inherent right of individual or collective self-defence", "self-defence"),
        r("right of anticipatory self-defence", "self-defence"),
        r("speaks of {self-defence}", "self-defence"),
        rights=True,
    ),
    t(
        "academic-03",
        "academic",
        """
Straight-18 and its discontents: the minimum age of recruitment

The Convention on the Rights of the Child set the minimum age for recruitment into armed forces
at fifteen, following Additional Protocol I, Article 77(2), and Additional Protocol II, Article
4(3)(c). Article 38(2) and (3) of the CRC reproduce that threshold almost word for word. The
compromise satisfied no one: the Convention otherwise defines a child as every human being below
the age of eighteen years, and the lower age for recruitment sat awkwardly with that definition
in Article 1.

The Optional Protocol on the involvement of children in armed conflict (OPAC), adopted in 2000,
moved the line. Under Articles 1 and 2 OPAC, States must ensure that persons under eighteen do
not take a direct part in hostilities and are not compulsorily recruited. Voluntary recruitment
below eighteen remains possible, but Article 3(2) OPAC requires each State to deposit a binding
declaration setting out its minimum age, and many have chosen eighteen. Non-State armed groups
are addressed in Article 4, which uses the hortatory "should not" rather than "shall not".

Regional law has gone further. The African Charter on the Rights and Welfare of the Child
prohibits any recruitment of children under eighteen. International criminal law has not
followed: Article 8(2)(b)(xxvi) of the Rome Statute criminalises only the conscription,
enlistment or use of children under fifteen, a choice made in 1998 to reflect what was then
thought to be customary law.

The resulting patchwork matters in practice. A commander who enlists sixteen-year-olds may breach
the Protocol without committing a crime under the Statute. Advocates of a uniform "straight-18"
standard argue that the Statute should be amended; its critics answer that criminal law should
follow, not lead, the consolidation of State practice.
""",
        m("Convention on the Rights of the Child", "crc"),
        m("Additional Protocol I, Article 77(2)", "ap-i", "77(2)"),
        m("Additional Protocol II, Article 4(3)(c)", "ap-ii", "4(3)(c)"),
        m("Article 38(2) and (3) of the CRC", "crc", "38(2) 38(3)"),
        m("the {Convention} otherwise", "crc"),
        m("in {Article 1}.", "crc", "1"),
        m("Optional Protocol on the involvement of children in armed conflict", "crc-opac"),
        x("({OPAC})"),
        m("Articles 1 and 2 OPAC", "crc-opac", "1 2"),
        m("Article 3(2) OPAC", "crc-opac", "3(2)"),
        x("binding {declaration}"),
        m("in {Article 4}, which", "crc-opac", "4"),
        x("African Charter on the Rights and Welfare of the Child"),
        m("Article 8(2)(b)(xxvi) of the Rome Statute", "rome-statute", "8(2)(b)(xxvi)"),
        m("the {Protocol} without", "crc-opac"),
        m("under the {Statute}", "rome-statute"),
        m("the {Statute} should", "rome-statute"),
    ),
    t(
        "academic-04",
        "academic",
        """
Reservations to human rights treaties: a short reappraisal

The law of reservations is codified in Articles 19–23 of the Vienna Convention on the Law of
Treaties (VCLT). Article 2(1)(d) VCLT defines a reservation as a unilateral statement, however
phrased or named, by which a State purports to exclude or to modify the legal effect of certain
provisions of a treaty in their application to that State. Under Article 19(c), a reservation
incompatible with the object and purpose of the treaty is not permitted.

The compatibility test has its origin in the advisory opinion of the International Court of
Justice on Reservations to the Convention on the Prevention and Punishment of the Crime of
Genocide (1951). The Court reasoned that the Genocide Convention was adopted for a purely
humanitarian purpose, and that the contracting States did not have interests of their own but a
common interest in the accomplishment of its high purposes.

Human rights treaty bodies have built on that reasoning. The Human Rights Committee has taken the
view that it is competent to assess whether a reservation to the International Covenant on Civil
and Political Rights is compatible with its object and purpose, and that an invalid reservation
is severable: the reserving State remains bound by the Covenant without the benefit of the
reservation. Several States objected that the Vienna Convention leaves the assessment to the
other contracting States under Article 20(4), and that no treaty body has authority to impose a
different regime.

The debate matters most for reservations of a general kind, such as those that subordinate a
treaty to national or religious law. Article 27 VCLT provides that a party may not invoke the
provisions of its internal law as justification for its failure to perform a treaty, and Article
28(2) of the Convention on the Elimination of All Forms of Discrimination against Women states
that a reservation incompatible with the object and purpose of the Convention shall not be
permitted. Reservations to article 2 of the Convention, which contains the core obligation to
eliminate discrimination, have been criticised for that reason by the CEDAW Committee.

Finally, some treaties exclude reservations altogether: article 120 of the Rome Statute and
article 30 of the Optional Protocol to the Convention against Torture are examples. Others, like
the Convention against Torture itself, allow specific opt-outs: article 28 permits a State to
declare that it does not recognise the competence of the Committee against Torture under article
20.
""",
        m(
            "Articles 19–23 of the Vienna Convention on the Law of Treaties",
            "vclt",
            "19 20 21 22 23",
        ),
        x("({VCLT})"),
        m("Article 2(1)(d) VCLT", "vclt", "2(1)(d)"),
        m("Article 19(c)", "vclt", "19(c)"),
        m(
            "Convention on the Prevention and Punishment of the Crime of Genocide",
            "genocide-convention",
        ),
        m("Genocide Convention", "genocide-convention"),
        x("Human Rights Committee"),
        m("International Covenant on Civil and Political Rights", "iccpr"),
        m("bound by the {Covenant}", "iccpr"),
        m("the {Vienna Convention} leaves", "vclt"),
        m("Article 20(4)", "vclt", "20(4)"),
        m("Article 27 VCLT", "vclt", "27"),
        m(
            "Article 28(2) of the Convention on the Elimination of All Forms of Discrimination"
            " against Women",
            "cedaw",
            "28(2)",
        ),
        m("purpose of the {Convention} shall", "cedaw"),
        m("article 2 of the Convention", "cedaw", "2"),
        x("CEDAW Committee"),
        m("article 120 of the Rome Statute", "rome-statute", "120"),
        m(
            "article 30 of the Optional Protocol to the Convention against Torture",
            "opcat",
            "30",
        ),
        m("the {Convention against Torture} itself", "cat"),
        m("{article 28} permits", "cat", "28"),
        x("Committee against Torture"),
        m("under {article 20}.", "cat", "20"),
        nr("Committee against Torture"),
        rights=True,
    ),
    t(
        "academic-05",
        "academic",
        """
Who is a combatant? Status in contemporary armed conflicts

Combatant status determines who may lawfully take part in hostilities and who, on capture, is
entitled to be treated as a prisoner of war. The Third Geneva Convention of 1949 answers the
question through a list. Members of the armed forces qualify under GC III, art. 4A(1); members of
militias and volunteer corps must, under art. 4A(2), be commanded by a person responsible for
subordinates, wear a fixed distinctive sign, carry arms openly and respect the laws and customs
of war.

Additional Protocol I relaxed these conditions for the armed conflicts covered by Article 1(4) of
the Protocol, namely wars of national liberation. Article 44(3) AP I requires combatants to
distinguish themselves from the civilian population only while engaged in an attack or in a
military operation preparatory to an attack, and, where that is not possible, to carry arms
openly during each military engagement. Several States, unwilling to accept that change, have
never ratified the Protocol.

In non-international armed conflicts there is no combatant status at all. Common Article 3 of
the Geneva Conventions and Additional Protocol II protect persons taking no active part in
hostilities, but they do not grant immunity for lawful acts of war; members of armed groups may
be prosecuted under domestic law for having taken up arms. Article 6(5) of Additional Protocol II
merely encourages the authorities to grant the broadest possible amnesty at the end of
hostilities.

Whatever their status, all persons in the power of a party to the conflict benefit from the
fundamental guarantees of Article 75 of Additional Protocol I, which is widely regarded as
customary. A practice of denying those guarantees to "unlawful combatants" has no basis in the
Conventions, and the Third Convention itself requires, in Article 5, that any doubt about a
captive's status be settled by a competent tribunal.
""",
        m("Third Geneva Convention", "gc-iii"),
        m("GC III, art. 4A(1)", "gc-iii", "4A(1)"),
        m("art. 4A(2)", "gc-iii", "4A(2)"),
        m("Additional Protocol I", "ap-i"),
        m("Article 1(4) of the Protocol", "ap-i", "1(4)"),
        m("Article 44(3) AP I", "ap-i", "44(3)"),
        m("ratified the {Protocol}", "ap-i"),
        m("Article 3 of the Geneva Conventions", "geneva-conventions-1949", "3"),
        m("Conventions and {Additional Protocol II}", "ap-ii"),
        m("Article 6(5) of Additional Protocol II", "ap-ii", "6(5)"),
        m("Article 75 of Additional Protocol I", "ap-i", "75"),
        m("basis in the {Conventions}", "geneva-conventions-1949"),
        m("Third Convention", "gc-iii"),
        m("in {Article 5}", "gc-iii", "5"),
    ),
    t(
        "academic-06",
        "academic",
        """
Freedom of movement in the regional human rights systems

The three regional systems protect freedom of movement in similar words but with different
emphases. In the Americas, Article 22 of the American Convention on Human Rights, also known as
the Pact of San José, guarantees the right to move about and reside in a State's territory, the
right to leave any country, and the right not to be expelled from the State of which one is a
national. Article 22(7) adds a right to seek and be granted asylum, and Article 22(8) enshrines
non-refoulement in terms broader than those of the refugee convention, since it protects any
alien whose right to life or personal freedom is in danger. The American Convention also
prohibits the collective expulsion of aliens in Article 22(9).

The African Charter on Human and Peoples' Rights, often called the Banjul Charter, takes a
similar approach in Article 12, whose third paragraph protects the right to seek and obtain
asylum "in accordance with the law of those countries and international conventions". The
reference to international conventions is usually read as pointing to the 1951 Convention and to
the OAU Convention Governing the Specific Aspects of Refugee Problems in Africa, which extends
the refugee definition to persons fleeing events seriously disturbing public order.

In Europe, freedom of movement is not protected by the European Convention on Human Rights itself
but by Protocol No. 4, which not all member States have ratified. Asylum seekers have therefore
relied on Article 3 of the Convention, whose absolute character has made it the main vehicle of
protection against refoulement in Europe.

The Cartagena Declaration on Refugees of 1984, though not binding, completes the picture in Latin
America, where it has been incorporated into the domestic law of many States.
""",
        m("Article 22 of the American Convention on Human Rights", "achr", "22"),
        m("Pact of San José", "achr", infer="freedom-of-movement leave-any-country"),
        m("Article 22(7)", "achr", "22(7)"),
        m("Article 22(8)", "achr", "22(8)"),
        m("refugee convention", "refugee-convention-1951", infer="non-refoulement"),
        m("{American Convention} also", "achr"),
        m("Article 22(9)", "achr", "22(9)"),
        m("African Charter on Human and Peoples' Rights", "achpr", infer="asylum"),
        m("Banjul Charter", "achpr", infer="asylum"),
        m("in {Article 12}", "achpr", "12"),
        x("international conventions"),
        x("international conventions", n=1),
        m("1951 Convention", "refugee-convention-1951"),
        x("OAU Convention Governing the Specific Aspects of Refugee Problems in Africa"),
        m("European Convention on Human Rights", "echr", infer="freedom-of-movement"),
        x("Protocol No. 4"),
        m("Article 3 of the Convention", "echr", "3"),
        x("Cartagena Declaration on Refugees"),
        r("Freedom of movement", "freedom-of-movement"),
        r("protect {freedom of movement}", "freedom-of-movement"),
        r("right to move about and reside in a State's territory", "freedom-of-movement"),
        r("right to leave any country", "leave-any-country"),
        r("right to seek and be granted asylum", "asylum"),
        r("non-refoulement", "non-refoulement"),
        r("right to life", "life"),
        r("or {personal freedom}", "liberty-security"),
        r("right to seek and obtain asylum", "asylum"),
        r("Europe, {freedom of movement}", "freedom-of-movement"),
        r("protection against refoulement", "non-refoulement"),
        rights=True,
    ),
]

# --- Rights invoked with lists of instruments (English, annotated for rights) --------------
# Press releases and NGO statements that name a right and cite instruments without articles,
# like the seed statement. Hard cases: the right in one sentence and the instruments in the
# next, articles cited next to the right, an instrument that states no such right ([]), a
# sentence naming several rights, lists that run on, "No. 4" inside a sentence, negatives.

TEXTS += [
    t(
        "press-release-07",
        "press-release",
        """
TARVIK, Selmar, April 3. The Council of Displaced Communities of the Orlan Valley has appealed
to the international community for support, the Selmar Press Agency reports.

"For thirty-two years, the families expelled from the Orlan Valley have waited to go home. Based
on the right to return enshrined in the Universal Declaration of Human Rights, the International
Covenant on Civil and Political Rights, the Convention Relating to the Status of Refugees and
other international instruments, the Council calls for the safe and dignified return of every
displaced family," the statement said.

The Council said that many of the displaced had never been able to return to work in their
trades, and that elderly members had lost their pensions. "Some families have filed a tax return
from the same rented flat for thirty years," the statement added.

The Council also recalled that the right to return to one's own country is set out in article
12, paragraph 4, of the Covenant, and that the International Convention on the Elimination of
All Forms of Racial Discrimination guarantees the right to return to one's country without
distinction as to race or ethnic origin.

"Life in the camps is not a life. Our children deserve a future in their own villages," the
Council said, calling on the United Nations to support the restitution of housing, land and
property in line with the Pinheiro Principles.
""",
        r("Based on the {right to return} enshrined", "right-to-return"),
        m("Universal Declaration of Human Rights", "udhr", infer="right-to-return"),
        m(
            "International Covenant on Civil and Political Rights",
            "iccpr",
            infer="right-to-return",
        ),
        m(
            "Convention Relating to the Status of Refugees",
            "refugee-convention-1951",
            infer="right-to-return",
        ),
        nr("return to work"),
        nr("tax return"),
        r("right to return to one's own country", "right-to-return"),
        m("article 12, paragraph 4, of the Covenant", "iccpr", "12(4)"),
        m(
            "International Convention on the Elimination of All Forms of Racial Discrimination",
            "icerd",
            infer="right-to-return",
        ),
        r("right to return to one's country", "right-to-return"),
        nr("Life in the camps"),
        r("restitution of housing, land and property", "property"),
        m("Pinheiro Principles", "pinheiro-principles", infer="property"),
        rights=True,
    ),
    t(
        "press-release-08",
        "press-release",
        """
GENEVA, November 14. The Coalition against Torture in Kessaly has welcomed a court ruling that
excluded confessions obtained under duress, the Alpine News Service reports.

"The prohibition of torture under the Convention against Torture and article 7 of the
International Covenant on Civil and Political Rights is absolute. No emergency, no war and no
threat of terrorism can justify it," the Coalition said in a statement.

The Coalition documented 87 cases of torture and other ill-treatment in police custody last
year. Several of the victims are serving sentences of life imprisonment on the basis of
confessions they say were extracted by beatings.

"Kessaly has been a party to the Convention since 1996. It must now make torture a specific
offence in its Criminal Code, as article 4 of the Convention requires, and give victims the right
to redress," the statement said. The Coalition also urged the government to ratify the Optional
Protocol to the Convention against Torture and to invite the Subcommittee on Prevention of
Torture.

The Committee against Torture will review Kessaly's periodic report in May.
""",
        nr("Coalition against Torture in Kessaly"),
        r("prohibition of torture", "torture"),
        m("under the {Convention against Torture}", "cat", infer="torture"),
        m("article 7 of the International Covenant on Civil and Political Rights", "iccpr", "7"),
        r("torture and other ill-treatment", "torture"),
        nr("life imprisonment"),
        m("party to the {Convention} since", "cat"),
        r("make {torture} a specific", "torture"),
        m("article 4 of the Convention", "cat", "4"),
        r("right to redress", "effective-remedy"),
        m("Optional Protocol to the Convention against Torture", "opcat"),
        x("Subcommittee on Prevention of Torture"),
        x("Committee against Torture"),
        rights=True,
    ),
    t(
        "ngo-08",
        "ngo",
        """
Nowhere to Turn: Pushbacks at the Varn River

Summary

Non-refoulement is the cornerstone of international protection. It is stated in the 1951
Convention relating to the Status of Refugees and in the Convention against Torture, and the
Human Rights Committee has read it into the International Covenant on Civil and Political Rights.

Between March and September, border guards returned at least 1,400 asylum seekers across the
Varn River without registering a single asylum application. Under the principle of
non-refoulement, as set out in article 33(1) of the Refugee Convention, no State may expel or
return a refugee to a territory where his life or freedom would be threatened.

Returning people to Ostravia also breaches the prohibition of refoulement under the Convention
against Torture, the International Covenant on Civil and Political Rights and the European
Convention on Human Rights, since returnees face a real risk of torture in Ostravian detention.

Recommendations

Varnland should end pushbacks at once, give every person at the border an individual assessment
and respect the non-refoulement obligations of the Refugee Convention.
""",
        r("Non-refoulement", "non-refoulement"),
        m("1951 Convention relating to the Status of Refugees", "refugee-convention-1951"),
        m("Convention against Torture", "cat"),
        x("Human Rights Committee"),
        m("International Covenant on Civil and Political Rights", "iccpr"),
        nr("asylum seekers"),
        nr("asylum application"),
        r("principle of {non-refoulement}", "non-refoulement"),
        m("article 33(1) of the Refugee Convention", "refugee-convention-1951", "33(1)"),
        r("prohibition of refoulement", "non-refoulement"),
        m("Convention against Torture", "cat", n=1, infer="non-refoulement"),
        m(
            "International Covenant on Civil and Political Rights",
            "iccpr",
            n=1,
            infer="non-refoulement",
        ),
        m("European Convention on Human Rights", "echr", infer="non-refoulement"),
        r("risk of {torture}", "torture"),
        r("the {non-refoulement} obligations", "non-refoulement"),
        m(
            "obligations of the {Refugee Convention}",
            "refugee-convention-1951",
            infer="non-refoulement",
        ),
        rights=True,
    ),
    t(
        "press-release-09",
        "press-release",
        """
LUMARA, Kessaly, June 5. The Kessaly Union of Journalists has condemned the closure of three
independent newspapers, the Lumara Daily reports.

"Freedom of expression and press freedom are guaranteed by the Universal Declaration of Human
Rights, the International Covenant on Civil and Political Rights and the African Charter on Human
and Peoples' Rights, all of which bind Kessaly," the Union said.

The newspapers were closed under a new media law that requires every outlet to submit an
expression of interest to a state licensing board. The Union said the law also obliges
journalists to disclose their sources to the police.

The Union recalled that article 19 of the Covenant protects the right to hold opinions without
interference, and that any restriction on expression must be provided by law and be necessary.

It asked the Special Rapporteur on freedom of opinion and expression to visit Kessaly, and said
it would bring the case before the African Commission.
""",
        r("Freedom of expression", "expression"),
        r("press freedom", "expression"),
        m("Universal Declaration of Human Rights", "udhr", infer="expression"),
        m(
            "International Covenant on Civil and Political Rights",
            "iccpr",
            infer="expression",
        ),
        m("African Charter on Human and Peoples' Rights", "achpr", infer="expression"),
        nr("expression of interest"),
        m("article 19 of the Covenant", "iccpr", "19"),
        r("right to hold opinions without interference", "expression"),
        nr("Special Rapporteur on freedom of opinion and expression"),
        rights=True,
    ),
    t(
        "ngo-09",
        "ngo",
        """
Lethal Force at the Kaltavian Border: a briefing

The right to life is protected by article 6 of the International Covenant on Civil and Political
Rights, by article 2 of the European Convention on Human Rights and, for the many children among
the victims, by the Convention on the Rights of the Child.

Since January, border police have shot dead 23 people trying to cross into Kaltavia, among them
five children. Survivors described officers firing without warning at groups walking towards the
fence. The police said that they had acted in self-defence.

Lethal force may be used only where strictly unavoidable to protect life. No investigation has
been opened into any of the deaths, although the duty to investigate is part of the right to
life under the Covenant.

Families of the victims told us that the killings had changed their way of life: several have
left the border villages, where life expectancy was already the lowest in the country.

We call on Kaltavia to open independent investigations and to publish its rules on the use of
firearms.
""",
        r("right to life", "life"),
        m(
            "article 6 of the International Covenant on Civil and Political Rights",
            "iccpr",
            "6",
        ),
        m("article 2 of the European Convention on Human Rights", "echr", "2"),
        m("Convention on the Rights of the Child", "crc", infer="life"),
        nr("acted in self-defence"),
        nr("protect life"),
        r("right to life", "life", n=1),
        m("life under the {Covenant}", "iccpr", infer="life"),
        nr("way of life"),
        nr("life expectancy"),
        rights=True,
    ),
    t(
        "press-release-10",
        "press-release",
        """
VELL, October 9. The Vell Coalition on Statelessness has called on the government to grant
nationality to an estimated 12,000 stateless residents, the Vell News Agency reports.

"The right to a nationality is guaranteed by the Universal Declaration of Human Rights, the
Convention on the Rights of the Child, the 1954 Convention relating to the Status of Stateless
Persons and the 1961 Convention on the Reduction of Statelessness, and Vell has ratified all three
treaties," the Coalition said.

Statelessness weighs most on children: without a nationality they cannot enrol in secondary
school or obtain a passport. Article 8 of the 1961 Convention forbids the arbitrary deprivation of
nationality where it would leave a person stateless, the Coalition added.

Many of the stateless residents are fishermen whose boats fly the flag of a neighbouring State.
The ministry replied that the nationality of the ship has no bearing on the nationality of its
crew, and said it would publish a draft law in the spring.
""",
        nr("Vell Coalition on Statelessness"),
        r("right to a nationality", "nationality"),
        m("Universal Declaration of Human Rights", "udhr", infer="nationality"),
        m("Convention on the Rights of the Child", "crc", infer="nationality"),
        m(
            "1954 Convention relating to the Status of Stateless Persons",
            "stateless-persons-1954",
            infer="nationality",
        ),
        m(
            "1961 Convention on the Reduction of Statelessness",
            "statelessness-1961",
            infer="nationality",
        ),
        r("Statelessness weighs", "nationality"),
        r("arbitrary deprivation of nationality", "nationality"),
        m("Article 8 of the 1961 Convention", "statelessness-1961", "8"),
        nr("nationality of the ship"),
        rights=True,
    ),
    t(
        "ngo-10",
        "ngo",
        """
The Vaari and the right of self-determination: submission to the Expert Mechanism on the Rights
of Indigenous Peoples

The right of peoples to self-determination is proclaimed in the Charter of the United Nations,
the International Covenant on Civil and Political Rights, the International Covenant on
Economic, Social and Cultural Rights and the United Nations Declaration on the Rights of
Indigenous Peoples, adopted by the General Assembly in 2007.

For indigenous peoples, article 3 of the Declaration states the principle of self-determination
in the same words as the Covenants, and article 4 adds the right to autonomy or self-government in
matters relating to their internal and local affairs.

The Government invokes the territorial integrity of the State to refuse any discussion of
autonomy. But article 46 of the Declaration already protects territorial integrity, and the Vaari
have never claimed secession.
""",
        r("right of self-determination", "self-determination"),
        r("right of peoples to self-determination", "self-determination"),
        m("Charter of the United Nations", "un-charter", infer="self-determination"),
        m(
            "International Covenant on Civil and Political Rights",
            "iccpr",
            infer="self-determination",
        ),
        m(
            "International Covenant on Economic, Social and Cultural Rights",
            "icescr",
            infer="self-determination",
        ),
        m(
            "United Nations Declaration on the Rights of Indigenous Peoples",
            "undrip",
            infer="self-determination",
        ),
        nr("General Assembly"),
        m("article 3 of the Declaration", "undrip", "3"),
        r("principle of {self-determination}", "self-determination"),
        x("same words as the {Covenants}"),
        m("and {article 4} adds", "undrip", "4"),
        nr("right to autonomy"),
        r("invokes the {territorial integrity}", "territorial-integrity"),
        m("article 46 of the Declaration", "undrip", "46"),
        r("protects {territorial integrity}", "territorial-integrity"),
        rights=True,
    ),
    t(
        "press-release-11",
        "press-release",
        """
SELM CITY, August 20. The Selm Human Rights Centre has condemned the demolition of 14 family homes
in the village of Arvo, the Selm News Agency reports.

"Demolishing the homes of the relatives of suspects is collective punishment, which is prohibited
by the Fourth Geneva Convention and by Additional Protocol I. Punishing families for acts they did
not commit has no place in the law of occupation," the Centre said.

The Centre recalled that article 53 of the Fourth Geneva Convention prohibits the destruction of
property by the occupying power unless rendered absolutely necessary by military operations, and
that article 33 prohibits collective penalties and all measures of intimidation.

"The Security Council and the General Assembly have both affirmed that the Fourth Geneva
Convention applies in full to the occupied territory," the Centre added. It called on the
occupying authorities to halt demolitions and to compensate the families.
""",
        r("collective punishment", "collective-punishment"),
        m("by the {Fourth Geneva Convention}", "gc-iv", infer="collective-punishment"),
        m("Additional Protocol I", "ap-i", infer="collective-punishment"),
        m("article 53 of the Fourth Geneva Convention", "gc-iv", "53"),
        m("that {article 33} prohibits", "gc-iv", "33"),
        r("collective penalties", "collective-punishment"),
        nr("Security Council"),
        nr("General Assembly"),
        m("Fourth Geneva Convention applies", "gc-iv"),
        rights=True,
    ),
    t(
        "ngo-11",
        "ngo",
        """
Closed Doors: Access to Asylum at Norland's Airports

1. Introduction

Every year, thousands of people arrive at Norland's airports seeking protection. The right to
seek asylum is set out in article 14 of the Universal Declaration of Human Rights, and the 1951
Refugee Convention and its 1967 Protocol define who is a refugee.

This report documents 212 cases in which asylum seekers were refused entry without their asylum
application being registered.

2. Legal framework

Norland often argues that the right to asylum is not found in the Refugee Convention. That is
correct: the right to seek and enjoy asylum is a right of the Universal Declaration, and the
Convention protects refugees once they reach the territory, above all through the principle of
non-refoulement in article 33.

Norland's practice nonetheless fails both instruments, because a person who is turned away at
the gate never has the chance to show that he is a refugee.
""",
        r("right to seek asylum", "asylum"),
        m("article 14 of the Universal Declaration of Human Rights", "udhr", "14"),
        m("1951 Refugee Convention", "refugee-convention-1951"),
        m("its {1967 Protocol}", "refugee-protocol-1967"),
        nr("asylum seekers"),
        nr("asylum application"),
        r("right to asylum", "asylum"),
        m("found in the {Refugee Convention}", "refugee-convention-1951", infer="asylum"),
        r("right to seek and enjoy asylum", "asylum"),
        nr("is a {right of} the"),
        m("right of the {Universal Declaration}", "udhr", infer="asylum"),
        m("and the {Convention} protects", "refugee-convention-1951", infer="non-refoulement"),
        r("principle of {non-refoulement}", "non-refoulement"),
        m("in {article 33}.", "refugee-convention-1951", "33"),
        rights=True,
    ),
    t(
        "press-release-12",
        "press-release",
        """
ALDORIA CITY, February 2. The Aldorian Lawyers' Association has demanded the release of 19
students held without charge since December, the Aldoria Today news agency reports.

"Their detention violates the right to liberty and security of person and the prohibition of
arbitrary detention, guaranteed by the Universal Declaration of Human Rights and the
International Covenant on Civil and Political Rights," the Association said.

The students were arrested after a demonstration in support of fair trade rules for cocoa
farmers. "None of them has been brought before a judge. The Covenant guarantees a fair trial to
everyone charged with a criminal offence, and these students have not even been charged," the
statement said. The Association recalled that article 9(4) of the Covenant entitles anyone
deprived of liberty to take proceedings before a court.

The Association said the Ministry of Justice had promised to remedy the situation within a week,
but that no one had been released.
""",
        r("right to liberty and security of person", "liberty-security"),
        r("arbitrary detention", "liberty-security"),
        m("Universal Declaration of Human Rights", "udhr", infer="liberty-security"),
        m(
            "International Covenant on Civil and Political Rights",
            "iccpr",
            infer="liberty-security",
        ),
        nr("fair trade"),
        m("The {Covenant} guarantees", "iccpr", infer="fair-trial"),
        r("fair trial", "fair-trial"),
        m("article 9(4) of the Covenant", "iccpr", "9(4)"),
        nr("remedy the situation"),
        rights=True,
    ),
    t(
        "ngo-12",
        "ngo",
        """
Every Child in School: submission on the right to education in Norhaven

The right to education is guaranteed to every child in Norhaven by:
- the Universal Declaration of Human Rights;
- the International Covenant on Economic, Social and Cultural Rights;
- the Convention on the Rights of the Child.
Yet 4,000 Roma children are out of school, and another 2,000 attend separate classes.

Children with disabilities have the right to inclusive education under the Convention on the
Rights of Persons with Disabilities, whose article 24 requires an inclusive education system at
all levels.

The right to health of the children living in the Harrow camps is protected by:

- the Convention on the Rights of the Child;

- the Convention on the Rights of Persons with Disabilities.

The ministry has offered parents continuing education credits instead of school places.
""",
        r("on the {right to education} in", "education"),
        r("The {right to education} is", "education"),
        m("Universal Declaration of Human Rights", "udhr", infer="education"),
        m(
            "International Covenant on Economic, Social and Cultural Rights",
            "icescr",
            infer="education",
        ),
        m("Convention on the Rights of the Child", "crc", infer="education"),
        r("right to inclusive education", "education"),
        m(
            "Convention on the\nRights of Persons with Disabilities",
            "crpd",
            infer="education",
        ),
        m("whose {article 24}", "crpd", "24"),
        r("right to health", "health"),
        m("Convention on the Rights of the Child", "crc", n=1, infer="health"),
        m(
            "Convention on the Rights of Persons with Disabilities",
            "crpd",
            infer="health",
        ),
        nr("continuing education credits"),
        keep_lines=True,
        rights=True,
    ),
    t(
        "ngo-13",
        "ngo",
        """
Kessaly: the case for accountability

The attacks on Oru villages in 2016 may amount to genocide, crimes against humanity and war
crimes under the Rome Statute of the International Criminal Court. Kessaly has been a party to
the Statute since 2003, and the International Criminal Court therefore has jurisdiction.

The killing of Oru men and boys, together with statements by commanders calling for the group to
be "erased", points to the specific intent required by article II of the Genocide Convention.
Kessaly is also a party to the Genocide Convention, which obliges it to prevent and punish
genocide.

The forced removal of the surviving population to camps in the south may constitute deportation
or forcible transfer of population, a crime against humanity under article 7(1)(d) of the Rome
Statute, and, if the conflict is found to be international, a grave breach of the Fourth Geneva
Convention.
""",
        r("amount to {genocide}", "genocide"),
        r("crimes against humanity", "crimes-against-humanity"),
        r("war crimes", "war-crimes"),
        m(
            "Rome Statute of the International Criminal Court",
            "rome-statute",
            infer="genocide crimes-against-humanity war-crimes",
        ),
        m("party to the {Statute}", "rome-statute"),
        m("article II of the Genocide Convention", "genocide-convention", "II"),
        m("party to the {Genocide Convention}", "genocide-convention", infer="genocide"),
        r("punish {genocide}", "genocide"),
        r("deportation or forcible transfer of population", "deportation-forcible-transfer"),
        r("crime against humanity", "crimes-against-humanity"),
        m("article 7(1)(d) of the Rome Statute", "rome-statute", "7(1)(d)"),
        r("grave breach", "war-crimes"),
        m("Fourth Geneva Convention", "gc-iv", infer="war-crimes"),
        rights=True,
    ),
    t(
        "press-release-13",
        "press-release",
        """
VARNA CITY, May 30. The Varnian Helsinki Group has criticised a new law that bars former political
prisoners from travelling abroad, the Varna Post reports.

"The right to leave any country, including one's own, is not a privilege. It is guaranteed by
the Universal Declaration of Human Rights and by the International Covenant on Civil and
Political Rights, and Varnia has accepted both," the Group said.

The Group added that the law was also incompatible with freedom of movement as protected by
Article 2 of Protocol No. 4 to the European Convention on Human Rights and by the International
Covenant on Civil and Political Rights.

According to the Group, more than 300 people have been refused passports since January. Several
were told at the airport that they could return to work only after surrendering their travel
documents.

In its General Comment No. 27, the Human Rights Committee stated that freedom to leave the
territory of a State may not be made dependent on any specific purpose. The Group called on
Parliament to repeal the law before the summer recess.
""",
        r("right to leave any country", "leave-any-country"),
        m("Universal Declaration of Human Rights", "udhr"),
        m("International Covenant on Civil and Political Rights", "iccpr"),
        r("freedom of movement", "freedom-of-movement"),
        x("Article 2 of Protocol No. 4 to the European Convention on Human Rights"),
        m(
            "International Covenant on Civil and Political Rights",
            "iccpr",
            n=1,
            infer="freedom-of-movement",
        ),
        nr("return to work"),
        x("Human Rights Committee"),
        r("freedom to leave the territory of a State", "leave-any-country"),
        rights=True,
    ),
    t(
        "press-release-14",
        "press-release",
        """
ALTARIA CITY, March 15. The Government of Altaria has protested to the United Nations over the
shelling of the border town of Selm, the Altarian State News Agency reports.

"The shelling of Selm is a flagrant violation of the prohibition of the threat or use of force
enshrined in the Charter of the United Nations and of the sovereignty and territorial integrity
of Altaria," the Ministry of Foreign Affairs said.

The Ministry rejected Dravonia's claim that it had acted under the inherent right of
self-defence recognised in Article 51 of the Charter, noting that no armed attack had been
launched from Altarian territory.

The Ministry also denied reports of excessive use of force by Altarian police against
demonstrators in the capital, and said it would brief the Security Council and the General
Assembly.
""",
        r("prohibition of the threat or use of force", "use-of-force"),
        m(
            "Charter of the United Nations",
            "un-charter",
            infer="use-of-force territorial-integrity",
        ),
        r("sovereignty and territorial integrity", "territorial-integrity"),
        r("inherent right of self-defence", "self-defence"),
        m("Article 51 of the Charter", "un-charter", "51"),
        nr("excessive use of force"),
        nr("Security Council"),
        nr("General Assembly"),
        rights=True,
    ),
    t(
        "ngo-14",
        "ngo",
        """
Kessaly: Student Protest Leaders Jailed

Six student leaders were sentenced on Tuesday to four years in prison for organising a march
against tuition fees. Their convictions violate freedom of expression, as guaranteed by the
Universal Declaration of Human Rights, and the right of peaceful assembly protected by the
International Covenant on Civil and Political Rights.

The court also dissolved the National Students' Union under a law that allows the authorities to
dissolve any association deemed "a threat to public order". The right to form and join trade
unions and freedom of association are protected by article 22 of the Covenant and by the African
Charter on Human and Peoples' Rights.

The students' lawyers, all members of the Lumara Bar Association, said they would appeal.
""",
        r("freedom of expression", "expression"),
        m("Universal Declaration of Human Rights", "udhr", infer="expression"),
        r("right of peaceful assembly", "assembly"),
        m(
            "International Covenant on Civil and Political Rights",
            "iccpr",
            infer="assembly",
        ),
        r("right to form and join trade unions", "association"),
        r("freedom of association", "association"),
        m("article 22 of the Covenant", "iccpr", "22"),
        m("African Charter on Human and Peoples' Rights", "achpr", infer="association"),
        nr("Bar Association"),
        rights=True,
    ),
    t(
        "ngo-15",
        "ngo",
        """
Tessaria: Families of the Northern Valley Left Without Food or Water

Since the only road into the Northern Valley was closed in May, thousands of families have gone
without regular deliveries. Their right to food is protected by the International Covenant on
Economic, Social and Cultural Rights. The right to water and sanitation, which the Committee on
Economic, Social and Cultural Rights reads into that Covenant, is denied as well. The right to an
adequate standard of living is recognised by the Universal Declaration of Human Rights.

Day labourers have lost their income, and the right to work protected by the Covenant means
little to them. Nor has the right to social security, which the Covenant also guarantees,
reached the valley's seasonal workers.

Police have searched homes without warrants, in breach of the right to privacy protected by the
International Covenant on Civil and Political Rights. Members of the Oruni community report
that their places of worship were closed, although freedom of religion is guaranteed by the
ICCPR. The rights of persons belonging to minorities are protected by article 27 of the
Covenant. Oruni families were also left out of emergency aid, contrary to the principle of
non-discrimination.
""",
        r("right to food", "food"),
        m(
            "International Covenant on Economic, Social and Cultural Rights",
            "icescr",
            infer="food",
        ),
        r("right to water and sanitation", "water-sanitation"),
        x("Committee on Economic, Social and Cultural Rights"),
        m("Covenant", "icescr", n=1, infer="water-sanitation"),
        r("right to an adequate standard of living", "standard-of-living"),
        m("Universal Declaration of Human Rights", "udhr", infer="standard-of-living"),
        r("right to work", "work"),
        m("Covenant", "icescr", n=2, infer="work"),
        r("right to social security", "social-security"),
        m("Covenant", "icescr", n=3, infer="social-security"),
        r("right to privacy", "privacy-family"),
        m("International Covenant on Civil and Political Rights", "iccpr", infer="privacy-family"),
        r("freedom of religion", "religion"),
        m("ICCPR", "iccpr", infer="religion"),
        r("rights of persons belonging to minorities", "minorities"),
        m("article 27 of the Covenant", "iccpr", "27"),
        r("non-discrimination", "equality-non-discrimination"),
        rights=True,
    ),
]

# --- French: every style -------------------------------------------------------------------

TEXTS += [
    fr(
        "fr-un-formal-01",
        "un-formal",
        """
L'Assemblée générale,

Guidée par les buts et principes énoncés dans la Charte des Nations Unies,

Rappelant la Déclaration universelle des droits de l'homme, le Pacte international relatif aux
droits civils et politiques et le Pacte international relatif aux droits économiques, sociaux et
culturels,

Réaffirmant que, conformément au paragraphe 2 de l'article 13 de la Déclaration universelle des
droits de l'homme, toute personne a le droit de quitter tout pays, y compris le sien, et de
revenir dans son pays,

Rappelant également que, aux termes de l'article 12, paragraphe 4, du Pacte international
relatif aux droits civils et politiques, nul ne peut être arbitrairement privé du droit d'entrer
dans son propre pays,

Rappelant en outre les Principes directeurs relatifs au déplacement de personnes à l'intérieur
de leur propre pays, en particulier les principes 28 à 30, ainsi que les Principes concernant la
restitution des logements et des biens dans le cas des réfugiés et des personnes déplacées,

Prenant note avec préoccupation du rapport du Secrétaire général sur la situation des personnes
déplacées de la vallée de Varesh, ainsi que de la déclaration des résultats publiée par la
commission électorale provisoire de la vallée, qui a exclu les électeurs déplacés,

1. Réaffirme le droit de toutes les personnes déplacées de la vallée de Varesh de regagner leurs
foyers de leur plein gré, en sécurité et dans la dignité, conformément à l'article 12 du Pacte ;

2. Demande à toutes les parties de respecter les obligations que leur impose le droit
international humanitaire, notamment les Conventions de Genève du 12 août 1949 et le Protocole
additionnel II, et de s'abstenir de tout transfert forcé de population ;

3. Exhorte les États Membres qui ne l'ont pas encore fait à envisager d'adhérer à la Convention
relative au statut des apatrides et à la Convention sur la réduction des cas d'apatridie ;

4. Prie le Secrétaire général de lui présenter, à sa prochaine session, un rapport sur
l'application de la présente résolution, notamment sur la restitution des logements et des biens
conformément au principe 10 des Principes Pinheiro.
""",
        m("Charte des Nations Unies", "un-charter"),
        m("Déclaration universelle des droits de l'homme", "udhr"),
        m("Pacte international relatif aux droits civils et politiques", "iccpr"),
        m("Pacte international relatif aux droits économiques, sociaux et culturels", "icescr"),
        m(
            "paragraphe 2 de l'article 13 de la Déclaration universelle des droits de l'homme",
            "udhr",
            "13(2)",
        ),
        m(
            "article 12, paragraphe 4, du Pacte international relatif aux droits civils et"
            " politiques",
            "iccpr",
            "12(4)",
        ),
        m(
            "Principes directeurs relatifs au déplacement de personnes à l'intérieur de leur"
            " propre pays",
            "guiding-principles-idp",
        ),
        m("principes 28 à 30", "guiding-principles-idp", "28 29 30"),
        m(
            "Principes concernant la restitution des logements et des biens dans le cas des"
            " réfugiés et des personnes déplacées",
            "pinheiro-principles",
        ),
        x("déclaration des résultats"),
        m("article 12 du Pacte", "iccpr", "12"),
        m("Conventions de Genève du 12 août 1949", "geneva-conventions-1949"),
        m("Protocole additionnel II", "ap-ii"),
        m("Convention relative au statut des apatrides", "stateless-persons-1954"),
        m("Convention sur la réduction des cas d'apatridie", "statelessness-1961"),
        m("principe 10 des Principes Pinheiro", "pinheiro-principles", "10"),
    ),
    fr(
        "fr-un-formal-02",
        "un-formal",
        """
1. Le Rapporteur spécial sur la promotion et la protection du droit à la liberté d'opinion et
d'expression s'est rendu en Morvanie du 3 au 14 mars, à l'invitation du Gouvernement. La
Morvanie a adhéré au Pacte international relatif aux droits civils et politiques (ci-après « le
Pacte ») en 1994 et au Protocole facultatif s'y rapportant en 2001.

2. Le cadre juridique de la visite est défini par l'article 19 du Pacte. En vertu du paragraphe 3
de l'article 19, toute restriction à la liberté d'expression doit être fixée par la loi et être
nécessaire au respect des droits ou de la réputation d'autrui ou à la sauvegarde de la sécurité
nationale, de l'ordre public, de la santé ou de la moralité publiques. Le Comité des droits de
l'homme a souligné, dans son observation générale no 34, que ces restrictions ne peuvent
compromettre le droit lui-même.

3. Le Rapporteur spécial rappelle qu'en vertu de l'article 2, paragraphe 1, du Pacte, l'État est
tenu de respecter et de garantir à tous les individus se trouvant sur son territoire et relevant
de sa compétence les droits reconnus dans le Pacte, sans distinction aucune. Les articles 21 et
22, qui protègent la réunion pacifique et la liberté d'association, sont étroitement liés à
l'article 19.

4. Au cours de sa visite, le Rapporteur spécial a rencontré des journalistes détenus en vertu de
l'article 14 de la loi sur l'ordre public pour avoir rendu compte de manifestations. Il s'est
également entretenu avec des défenseurs des droits de l'homme dont l'action est protégée par la
Déclaration sur les défenseurs des droits de l'homme, adoptée par l'Assemblée générale en 1998.
L'article 6 de cette Déclaration consacre le droit de chacun de rechercher, d'obtenir et de
recevoir des informations sur les droits de l'homme.

5. Le Rapporteur spécial recommande au Gouvernement de réviser la loi sur l'ordre public à la
lumière des articles 19 et 21 du Pacte, conformément aux recommandations figurant au paragraphe
58 du présent rapport, et de donner effet aux constatations adoptées par le Comité des droits de
l'homme au titre du Protocole facultatif concernant la Morvanie.
""",
        m("Pacte international relatif aux droits civils et politiques", "iccpr"),
        x("« le Pacte »"),
        m("Protocole facultatif", "iccpr-op1"),
        m("article 19 du Pacte", "iccpr", "19"),
        m("paragraphe 3 de l'article 19", "iccpr", "19(3)"),
        x("Comité des droits de l'homme"),
        m("article 2, paragraphe 1, du Pacte", "iccpr", "2(1)"),
        m("reconnus dans le {Pacte}", "iccpr"),
        m("articles 21 et 22", "iccpr", "21 22"),
        m("liés à l'{article 19}", "iccpr", "19"),
        x("article 14 de la loi sur l'ordre public"),
        m(
            "Déclaration sur les défenseurs des droits de l'homme",
            "declaration-human-rights-defenders",
        ),
        m("article 6 de cette Déclaration", "declaration-human-rights-defenders", "6"),
        m("articles 19 et 21 du Pacte", "iccpr", "19 21"),
        x("paragraphe 58 du présent rapport"),
        x("Comité des droits de l'homme", n=1),
        m("Protocole facultatif", "iccpr-op1", n=1),
    ),
    fr(
        "fr-un-formal-03",
        "un-formal",
        """
Lettre datée du 4 juin, adressée au Président du Conseil de sécurité par le Représentant
permanent de l'Altarie auprès de l'Organisation des Nations Unies

D'ordre de mon gouvernement, j'ai l'honneur d'appeler votre attention sur la présence continue de
forces armées de la République de Dravonie dans le district de Selm, en violation du paragraphe 4
de l'Article 2 de la Charte des Nations Unies.

Depuis le 12 mai, des unités dravoniennes occupent quatre villages et l'aéroport régional. Ces
actes constituent un recours à la force contre l'intégrité territoriale et l'indépendance
politique de l'Altarie, que la Charte interdit sans exception. L'Altarie n'a formulé aucune
demande en ce sens, et le Conseil de sécurité n'a donné aucune autorisation au titre du Chapitre
VII de la Charte.

La Dravonie invoque la légitime défense au sens de la Charte. Or l'Article 51 n'autorise le recours
à la force qu'en
cas d'agression armée, et seulement jusqu'à ce que le Conseil de sécurité ait pris les mesures
nécessaires pour maintenir la paix et la sécurité internationales. Les mesures prises dans
l'exercice de ce droit doivent être immédiatement portées à la connaissance du Conseil ; aucun
rapport de cette nature n'a été présenté. La prétendue « charte de bon voisinage » signée en 2009
par les deux ministres de la défense, qui n'a jamais été ratifiée, ne saurait davantage justifier
cette présence.

L'Altarie rappelle qu'aux termes de l'Article 25 de la Charte, les Membres de l'Organisation
conviennent d'accepter et d'appliquer les décisions du Conseil de sécurité et que, en vertu de
l'Article 103, les obligations découlant de la Charte prévalent sur celles qui découlent de tout
autre accord international. Les deux États ont fait des déclarations reconnaissant la juridiction
obligatoire de la Cour internationale de Justice conformément à l'Article 36, paragraphe 2, du
Statut de la Cour, et l'Altarie se réserve le droit de saisir la Cour.

Je vous serais obligé de bien vouloir faire distribuer le texte de la présente lettre comme
document du Conseil de sécurité.
""",
        m("paragraphe 4 de l'Article 2 de la Charte des Nations Unies", "un-charter", "2(4)"),
        m("que la {Charte} interdit", "un-charter"),
        m("Chapitre VII de la {Charte}", "un-charter"),
        m("défense au sens de la {Charte}", "un-charter"),
        m("Article 51", "un-charter", "51"),
        x("charte de bon voisinage"),
        m("Article 25 de la Charte", "un-charter", "25"),
        m("Article 103", "un-charter", "103"),
        m("découlant de la {Charte}", "un-charter"),
        x("déclarations reconnaissant"),
        m("Article 36, paragraphe 2, du Statut de la Cour", "icj-statute", "36(2)"),
    ),
]

# --- French: treaty bodies ----------------------------------------------------------------

TEXTS += [
    fr(
        "fr-treaty-body-01",
        "treaty-body",
        """
Pacte international relatif aux droits civils et politiques

Constatations adoptées par le Comité au titre du paragraphe 4 de l'article 5 du Protocole
facultatif, concernant la communication no 2987/2017

Auteur : A. K. (représenté par un conseil, Lucie Varenne). État partie : Morvanie. Date de la
communication : 12 avril 2017.

1.1 L'auteur de la communication est A. K., de nationalité morvanienne, né en 1981. Il affirme
que l'État partie a violé les droits qu'il tient des articles 7 et 9 (par. 1 et 4) du Pacte, lus
seuls et conjointement avec l'article 2 (par. 3). Le Protocole facultatif est entré en vigueur
pour l'État partie le 3 juin 2001.

2.1 Le 4 février 2016, l'auteur a été arrêté à son domicile de Tarvel par des agents du service
de renseignement, sans mandat. Il a été détenu au secret pendant dix-neuf jours et frappé à
plusieurs reprises pour qu'il signe des aveux. Son recours en habeas corpus a été rejeté sans
audience.

4.1 L'État partie soutient que la communication est irrecevable au regard de l'article 5 (par. 2
b)) du Protocole facultatif, l'auteur n'ayant pas saisi la Cour constitutionnelle.

6.3 Le Comité rappelle que seuls les recours utiles et disponibles doivent être épuisés. Le
recours constitutionnel n'a pas d'effet suspensif et n'offrait aucune perspective raisonnable de
réparation. En conséquence, le paragraphe 2 b) de l'article 5 du Protocole facultatif ne fait pas
obstacle à l'examen de la communication.

7.2 En l'absence de toute enquête sur les allégations détaillées de l'auteur, il convient
d'accorder le crédit voulu à celles-ci. Le Comité conclut que les faits font apparaître une
violation de l'article 7 du Pacte, lu seul et conjointement avec le paragraphe 3 de l'article 2.

7.4 Le maintien de l'auteur en détention pendant dix-neuf jours sans qu'il soit présenté à un
juge constitue une violation de l'article 9, paragraphes 3 et 4, du Pacte. Ayant abouti à cette
conclusion, le Comité n'examinera pas séparément les griefs tirés de l'article 14 (par. 3 b) et
g)).

8. Le Comité, agissant en vertu du paragraphe 4 de l'article 5 du Protocole facultatif, constate
que les faits dont il est saisi font apparaître une violation des articles 7 et 9 (par. 3 et 4)
du Pacte. Conformément à l'article 2 (par. 3 a)) du Pacte, l'État partie est tenu d'assurer à
l'auteur un recours utile.
""",
        m("Pacte international relatif aux droits civils et politiques", "iccpr"),
        m("paragraphe 4 de l'article 5 du Protocole facultatif", "iccpr-op1", "5(4)"),
        m("articles 7 et 9 (par. 1 et 4) du Pacte", "iccpr", "7 9(1) 9(4)"),
        m("article 2 (par. 3)", "iccpr", "2(3)"),
        m("Le {Protocole facultatif} est", "iccpr-op1"),
        m("article 5 (par. 2 b)) du Protocole facultatif", "iccpr-op1", "5(2)(b)"),
        m("paragraphe 2 b) de l'article 5 du Protocole facultatif", "iccpr-op1", "5(2)(b)"),
        m("article 7 du Pacte", "iccpr", "7"),
        m("paragraphe 3 de l'article 2", "iccpr", "2(3)"),
        m("article 9, paragraphes 3 et 4, du Pacte", "iccpr", "9(3) 9(4)"),
        m("article 14 (par. 3 b) et g))", "iccpr", "14(3)(b) 14(3)(g)"),
        m("paragraphe 4 de l'article 5 du Protocole facultatif", "iccpr-op1", "5(4)", n=1),
        m("articles 7 et 9 (par. 3 et 4) du Pacte", "iccpr", "7 9(3) 9(4)"),
        m("article 2 (par. 3 a)) du Pacte", "iccpr", "2(3)(a)"),
    ),
    fr(
        "fr-treaty-body-02",
        "treaty-body",
        """
Comité des droits de l'enfant. Observations finales concernant le rapport de la Kessalie valant
cinquième et sixième rapports périodiques

1. Le Comité a examiné le rapport de la Kessalie à ses 2601e et 2602e séances. Il note avec
satisfaction que l'État partie a ratifié le Protocole facultatif à la Convention relative aux
droits de l'enfant, concernant l'implication d'enfants dans les conflits armés, ainsi que le
Protocole facultatif établissant une procédure de présentation de communications.

2. Le Comité rappelle que l'article 3, paragraphe 1, de la Convention fait de l'intérêt supérieur
de l'enfant une considération primordiale dans toutes les décisions qui concernent les enfants.
Il regrette que ce principe ne soit pas pris en compte dans les procédures d'expulsion visant des
familles migrantes.

3. Le Comité est profondément préoccupé par le placement d'enfants de moins de 14 ans dans les
centres de rétention administrative, contrairement à l'article 37 b) de la Convention. Il
rappelle qu'aux termes de l'article 37 a), nul enfant ne doit être soumis à la torture ni à des
peines ou traitements cruels, inhumains ou dégradants, et que la détention d'un enfant ne peut
être qu'une mesure de dernier ressort.

4. Tout en prenant note du protocole sanitaire adopté pendant la pandémie, le Comité constate que
la fermeture prolongée des écoles rurales a privé plus de 40 000 enfants de leur droit à
l'éducation, consacré par les articles 28 et 29 de la Convention. Il note également que la
convention collective des enseignants contractuels, signée en 2021, n'est pas appliquée dans les
provinces du Nord, où de nombreuses classes restent sans enseignant.

5. Le Comité recommande à l'État partie d'ériger en infraction pénale l'enrôlement d'enfants par
des groupes armés, conformément à l'article 4, paragraphe 2, du Protocole facultatif concernant
l'implication d'enfants dans les conflits armés, et de veiller à ce que les enfants démobilisés
soient traités avant tout comme des victimes.

6. Le Comité recommande à l'État partie de diffuser largement la Convention, ainsi que les
présentes observations finales, en particulier auprès des juges et des agents de la police des
frontières.
""",
        x("Comité des droits de l'enfant"),
        m(
            "Protocole facultatif à la Convention relative aux droits de l'enfant, concernant"
            " l'implication d'enfants dans les conflits armés",
            "crc-opac",
        ),
        m(
            "Protocole facultatif établissant une procédure de présentation de communications",
            "crc-opic",
        ),
        m("article 3, paragraphe 1, de la Convention", "crc", "3(1)"),
        m("article 37 b) de la Convention", "crc", "37(b)"),
        m("article 37 a)", "crc", "37(a)"),
        x("protocole sanitaire"),
        m("articles 28 et 29 de la Convention", "crc", "28 29"),
        x("convention collective"),
        m(
            "article 4, paragraphe 2, du Protocole facultatif concernant l'implication d'enfants"
            " dans les conflits armés",
            "crc-opac",
            "4(2)",
        ),
        m("diffuser largement la {Convention}", "crc"),
    ),
    fr(
        "fr-treaty-body-03",
        "treaty-body",
        """
Décision adoptée par le Comité contre la torture au titre de l'article 22 de la Convention contre
la torture et autres peines ou traitements cruels, inhumains ou dégradants, concernant la
communication no 1102/2021

1.1 Le requérant, M. T., est un ressortissant lurelandais né en 1990. Il fait l'objet d'une
décision d'expulsion vers le Lureland et affirme que son renvoi constituerait une violation par la
Vessarie de l'article 3 de la Convention. L'État partie a fait la déclaration prévue à l'article
22, paragraphe 1, de la Convention le 4 mars 1996.

2.1 Membre d'un parti d'opposition, le requérant a été arrêté à deux reprises et torturé en 2018.
Arrivé en Vessarie en 2019, il a demandé l'asile. L'Office des réfugiés a rejeté sa demande au
motif que les persécutions alléguées ne relevaient pas de l'article 1er, section A, paragraphe 2,
de la Convention relative au statut des réfugiés, et lui a refusé le statut de réfugié. Le
tribunal administratif a confirmé cette décision sans examiner le certificat médical établi
conformément au Protocole d'Istanbul.

7.2 Le Comité rappelle que, contrairement à l'article 33, paragraphe 2, de la Convention de 1951,
qui permet d'écarter la protection du réfugié considéré comme un danger pour la sécurité du pays,
l'article 3 de la Convention contre la torture énonce une interdiction absolue du refoulement. Le
requérant n'a donc pas à établir qu'il remplit les conditions de la définition du réfugié.

7.5 Compte tenu du certificat médical, des rapports concordants sur la pratique de la torture
dans les lieux de détention lurelandais et du fait que le nom du requérant figure sur une liste
d'opposants recherchés, le Comité considère qu'il existe des motifs sérieux de croire que
celui-ci courrait personnellement un risque prévisible et réel d'être soumis à la torture.

8. Le Comité, agissant en vertu du paragraphe 7 de l'article 22 de la Convention, conclut que le
renvoi du requérant vers le Lureland constituerait une violation de l'article 3 de la Convention.
Il invite l'État partie à l'informer, dans un délai de quatre-vingt-dix jours, des mesures prises,
conformément à l'article 118 de son règlement intérieur.
""",
        x("Comité contre la torture"),
        m(
            "article 22 de la Convention contre la torture et autres peines ou traitements"
            " cruels, inhumains ou dégradants",
            "cat",
            "22",
        ),
        m("par la Vessarie de l'{article 3 de la Convention}", "cat", "3"),
        x("déclaration prévue"),
        m("article 22, paragraphe 1, de la Convention", "cat", "22(1)"),
        m(
            "article 1er, section A, paragraphe 2, de la Convention relative au statut des"
            " réfugiés",
            "refugee-convention-1951",
            "1A(2)",
        ),
        x("statut de réfugié"),
        x("Protocole d'Istanbul"),
        m("article 33, paragraphe 2, de la Convention de 1951", "refugee-convention-1951", "33(2)"),
        m("article 3 de la Convention contre la torture", "cat", "3"),
        m("paragraphe 7 de l'article 22 de la Convention", "cat", "22(7)"),
        m("une violation de l'{article 3 de la Convention}.", "cat", "3"),
        x("article 118 de son règlement intérieur"),
    ),
    fr(
        "fr-treaty-body-04",
        "treaty-body",
        """
Rapport du Sous-comité pour la prévention de la torture sur sa visite en Altarie

1. Conformément au mandat que lui confèrent les articles 11 et 13 du Protocole facultatif se
rapportant à la Convention contre la torture et autres peines ou traitements cruels, inhumains
ou dégradants (ci-après « le Protocole facultatif »), le Sous-comité a effectué sa première
visite en Altarie du 5 au 16 octobre.

2. Le Sous-comité a bénéficié d'une bonne coopération des autorités. Il regrette toutefois que
l'accès à deux cellules de garde à vue de la gendarmerie de Porvic lui ait été refusé, ce qui est
contraire à l'alinéa c) du paragraphe 1 de l'article 14 du Protocole facultatif, qui garantit un
accès sans restriction à tous les lieux de privation de liberté.

3. L'Altarie n'a toujours pas désigné de mécanisme national de prévention, alors que l'article 17
du Protocole facultatif lui imposait de le faire au plus tard un an après la ratification. Le
Sous-comité rappelle que
les articles 18 à 20 précisent les garanties d'indépendance et les pouvoirs dont ce mécanisme
doit disposer, y compris l'accès à toutes les informations relatives au traitement des personnes
privées de liberté.

4. Dans les prisons visitées, le Sous-comité a constaté que les mesures sanitaires prises en 2020
servaient encore de prétexte à la suspension des visites familiales. Il recommande que cette
suspension soit levée sans délai et que tout détenu puisse communiquer avec sa famille,
conformément à l'article 16 de la Convention et aux Règles Nelson Mandela.
""",
        x("Sous-comité pour la prévention de la torture"),
        m(
            "articles 11 et 13 du Protocole facultatif se rapportant à la Convention contre la"
            " torture et autres peines ou traitements cruels, inhumains ou dégradants",
            "opcat",
            "11 13",
        ),
        x("« le Protocole facultatif »"),
        m(
            "alinéa c) du paragraphe 1 de l'article 14 du Protocole facultatif",
            "opcat",
            "14(1)(c)",
        ),
        m("article 17 du Protocole facultatif", "opcat", "17"),
        m("articles 18 à 20", "opcat", "18 19 20"),
        m("article 16 de la Convention", "cat", "16"),
    ),
]

# --- French: courts -----------------------------------------------------------------------

TEXTS += [
    fr(
        "fr-court-01",
        "court",
        """
CINQUIÈME SECTION

AFFAIRE DURAND ET AUTRES c. VESSARIE

(Requête no 4412/19)

ARRÊT

1. La requête concerne le placement en rétention administrative, pendant quarante-trois jours,
d'une famille de demandeurs d'asile comprenant trois enfants en bas âge, et l'absence de recours
effectif pour contester cette mesure. Les requérants invoquent les articles 3, 5 et 13 de la
Convention de sauvegarde des droits de l'homme et des libertés fondamentales (« la Convention »).

I. SUR LA VIOLATION ALLÉGUÉE DE L'ARTICLE 3 DE LA CONVENTION

42. La Cour rappelle que l'article 3 de la Convention consacre l'une des valeurs fondamentales
des sociétés démocratiques. Elle a déjà jugé que la rétention de jeunes enfants dans des
conditions inadaptées à leur âge peut atteindre le seuil de gravité requis par cette
disposition, compte tenu de leur extrême vulnérabilité.

II. SUR LA VIOLATION ALLÉGUÉE DE L'ARTICLE 5 § 1 DE LA CONVENTION

51. Le Gouvernement soutient que la rétention relevait de l'article 5 § 1 f) de la Convention,
puisqu'elle visait à
assurer l'exécution d'une mesure d'éloignement fondée sur l'article L. 741-1 du code de l'entrée
et du séjour des étrangers. La Cour observe toutefois que les autorités n'ont pas recherché de
mesure moins attentatoire à la liberté, alors que le droit interne le permettait.

52. Il y a donc eu violation de l'article 5 § 1 de la Convention. Eu égard à ce constat, la Cour
estime qu'il n'y a pas lieu d'examiner séparément le grief tiré de l'article\u00a05\u00a0§\u00a04.

III. SUR LA VIOLATION ALLÉGUÉE DE L'ARTICLE 13 DE LA CONVENTION COMBINÉ AVEC L'ARTICLE 3

60. Le recours devant le juge des libertés n'avait pas d'effet suspensif et ne permettait pas
d'examiner les conditions de rétention. Les requérants n'ont donc pas disposé d'un recours
effectif, au sens de l'article 13 de la Convention combiné avec l'article 3.

IV. SUR L'APPLICATION DE L'ARTICLE 41 DE LA CONVENTION

71. Au titre de l'article 41 de la Convention, la Cour octroie conjointement aux requérants
25 000 euros pour dommage moral et 6 000 euros pour frais et dépens.
""",
        m(
            "articles 3, 5 et 13 de la Convention de sauvegarde des droits de l'homme et des"
            " libertés fondamentales",
            "echr",
            "3 5 13",
        ),
        x("« la Convention »"),
        m("ARTICLE 3 DE LA CONVENTION", "echr", "3"),
        m("article 3 de la Convention", "echr", "3"),
        m("ARTICLE 5 § 1 DE LA CONVENTION", "echr", "5(1)"),
        m("article 5 § 1 f) de la Convention", "echr", "5(1)(f)"),
        x("article L. 741-1 du code de l'entrée et du séjour des étrangers"),
        m("article 5 § 1 de la Convention", "echr", "5(1)"),
        m("article\u00a05\u00a0§\u00a04", "echr", "5(4)"),
        m("ARTICLE 13 DE LA CONVENTION", "echr", "13"),
        m("COMBINÉ AVEC L'{ARTICLE 3}", "echr", "3"),
        m("article 13 de la Convention", "echr", "13"),
        m("combiné avec l'{article 3}.", "echr", "3"),
        m("ARTICLE 41 DE LA CONVENTION", "echr", "41"),
        m("article 41 de la Convention", "echr", "41"),
    ),
    fr(
        "fr-court-02",
        "court",
        """
COUR NATIONALE DU DROIT D'ASILE

No 21045873. M. B. Lecture du 14 mars.

Par un recours enregistré le 2 juin, M. B., représenté par Me Caradec, demande à la Cour
d'annuler la décision par laquelle le directeur général de l'Office de protection des réfugiés a
rejeté sa demande d'asile et de lui reconnaître la qualité de réfugié ou, à défaut, de lui
accorder le bénéfice de la protection subsidiaire.

Vu la convention de Genève du 28 juillet 1951 et le protocole signé à New York le 31 janvier 1967
relatifs au statut des réfugiés, la convention européenne de sauvegarde des droits de l'homme et
des libertés fondamentales et le code de l'entrée et du séjour des étrangers et du droit d'asile.

1. Aux termes de l'article 1er, A, 2 de la convention de Genève, doit être considérée comme
réfugiée toute personne qui, « craignant avec raison d'être persécutée du fait de sa race, de sa
religion, de sa nationalité, de son appartenance à un certain groupe social ou de ses opinions
politiques, se trouve hors du pays dont elle a la nationalité (...) ».

2. M. B., de nationalité dravonienne, soutient qu'il craint d'être persécuté en cas de retour
dans son pays en raison de son engagement au sein du syndicat des dockers de Kettar, qui a
dénoncé la convention collective imposée par l'autorité portuaire en 2019 et organisé une grève
de six semaines. Il a produit un article de presse relatant l'arrestation de plusieurs dirigeants
syndicaux.

3. Il résulte de l'instruction que l'intéressé a exposé de manière précise et personnalisée les
circonstances de son interpellation et les mauvais traitements subis lors de sa garde à vue. Ses
déclarations, constantes, sont corroborées par les pièces produites. Ainsi, M. B. doit être
regardé comme craignant avec raison d'être persécuté, au sens des stipulations précitées, du fait
de ses opinions politiques. Aucun élément ne permet de considérer qu'il relèverait de l'une des
clauses d'exclusion prévues à l'article 1er, F de la convention.

4. Il résulte de ce qui précède que M. B. est fondé à se voir reconnaître la qualité de réfugié,
sans qu'il soit besoin d'examiner le moyen tiré de la méconnaissance de l'article 3 de la
convention européenne de sauvegarde des droits de l'homme et des libertés fondamentales.

DÉCIDE :

Article 1er : La décision du directeur général de l'Office de protection des réfugiés est annulée.

Article 2 : La qualité de réfugié est reconnue à M. B.
""",
        m("convention de Genève du 28 juillet 1951", "refugee-convention-1951"),
        m(
            "protocole signé à New York le 31 janvier 1967 relatifs au statut des réfugiés",
            "refugee-protocol-1967",
        ),
        m(
            "convention européenne de sauvegarde des droits de l'homme et des libertés"
            " fondamentales",
            "echr",
        ),
        m("article 1er, A, 2 de la convention de Genève", "refugee-convention-1951", "1A(2)"),
        x("convention collective"),
        x("article de presse"),
        x("Ses déclarations"),
        m("article 1er, F de la convention", "refugee-convention-1951", "1F"),
        m(
            "article 3 de la convention européenne de sauvegarde des droits de l'homme et des"
            " libertés fondamentales",
            "echr",
            "3",
        ),
        x("Article 1er"),
        x("Article 2"),
    ),
    fr(
        "fr-court-03",
        "court",
        """
COUR INTERNATIONALE DE JUSTICE

AFFAIRE RELATIVE À L'APPLICATION DE LA CONVENTION POUR LA PRÉVENTION ET LA RÉPRESSION DU CRIME DE
GÉNOCIDE (ALTARIE c. DRAVONIE)

DEMANDE EN INDICATION DE MESURES CONSERVATOIRES. ORDONNANCE.

1. Le 3 février, l'Altarie a déposé au Greffe de la Cour une requête introductive d'instance
contre la Dravonie concernant des différends relatifs à l'interprétation, l'application et
l'exécution de la Convention pour la prévention et la répression du crime de génocide (ci-après
la « convention sur le génocide » ou la « Convention »). Elle entend fonder la compétence de la
Cour sur le paragraphe 1 de l'article 36 du Statut de la Cour et sur l'article IX de la
Convention.

2. L'Altarie prie la Cour d'indiquer des mesures conservatoires en vertu de l'article 41 du
Statut. Elle soutient que les membres du groupe kessan sont exposés à des actes relevant de la
définition du génocide, notamment le meurtre de membres du groupe et l'atteinte grave à leur
intégrité physique ou mentale, visés aux alinéas a) et b) de l'article II de la Convention.

3. La Dravonie conteste l'existence d'un différend. Elle fait valoir qu'elle n'a jamais été
informée des griefs de l'Altarie avant le dépôt de la requête, et que la déclaration publiée par
son ministère des affaires étrangères le 12 janvier ne constitue pas une prise de position sur
l'application de la Convention.

4. La Cour rappelle que, lorsqu'elle est saisie d'une demande en indication de mesures
conservatoires, elle n'a pas besoin de s'assurer de manière définitive qu'elle a compétence quant
au fond de l'affaire. Il suffit que les dispositions invoquées semblent prima facie constituer
une base sur laquelle sa compétence pourrait être fondée. Les Parties sont toutes deux parties à
la convention sur le génocide et aucune n'a formulé de réserve à l'article IX. La Cour considère
donc qu'elle a prima facie compétence pour connaître de l'affaire.

5. La Cour rappelle en outre que ses ordonnances en indication de mesures conservatoires ont un
effet obligatoire et que, en vertu de l'Article 94 de la Charte des Nations Unies, chaque Membre
s'engage à se conformer à ses décisions. Interprétée conformément à l'article 31 de la Convention
de Vienne sur le droit des traités, l'obligation de prévenir le génocide énoncée à l'article
premier de la convention sur le génocide n'est pas limitée au territoire de l'État.
""",
        m(
            "CONVENTION POUR LA PRÉVENTION ET LA RÉPRESSION DU CRIME DE GÉNOCIDE",
            "genocide-convention",
        ),
        m(
            "Convention pour la prévention et la répression du crime de génocide",
            "genocide-convention",
        ),
        x("« convention sur le génocide »"),
        x("« Convention »"),
        m("paragraphe 1 de l'article 36 du Statut de la Cour", "icj-statute", "36(1)"),
        m("article IX de la Convention", "genocide-convention", "IX"),
        m("article 41 du Statut", "icj-statute", "41"),
        m(
            "alinéas a) et b) de l'article II de la Convention",
            "genocide-convention",
            "II(a) II(b)",
        ),
        x("déclaration publiée"),
        m("l'application de la {Convention}.", "genocide-convention"),
        m("parties à la {convention sur le génocide}", "genocide-convention"),
        m("réserve à l'{article IX}", "genocide-convention", "IX"),
        m("Article 94 de la Charte des Nations Unies", "un-charter", "94"),
        m("article 31 de la Convention de Vienne sur le droit des traités", "vclt", "31"),
        m("article premier de la convention sur le génocide", "genocide-convention", "I"),
    ),
    fr(
        "fr-court-04",
        "court",
        """
CHAMBRE PRÉLIMINAIRE II. SITUATION EN RÉPUBLIQUE DU LURELAND. Décision relative à la
confirmation des charges portées contre Tomas Verek.

1. La Chambre est saisie du document contenant les charges présenté par le Procureur contre
Tomas Verek, ancien commandant des Forces de sécurité de l'Est. Le Lureland a accepté la
compétence de la Cour par une déclaration déposée en vertu de l'article 12-3 du Statut de Rome de
la Cour pénale internationale (le « Statut »).

2. Le Procureur reproche au suspect d'avoir ordonné la déportation ou le transfert forcé de plus
de 40 000 membres de la minorité tessane, crime contre l'humanité visé à l'article 7-1-d du
Statut, ainsi que des actes de persécution visés à l'article 7-1-h. Il lui reproche également
d'avoir ordonné le déplacement de la population civile pour des raisons ayant trait au conflit,
crime de guerre visé à l'article 8-2-e-viii.

3. Aux fins de l'article 7-2-a du Statut, la Chambre est convaincue qu'il existe des motifs
substantiels de
croire que ces actes s'inscrivaient dans le cadre d'une attaque généralisée et systématique
lancée contre une population civile, en application de la politique d'un État. Les ordres écrits
saisis à Hevar, ainsi que le protocole d'évacuation diffusé aux unités le 3 mars, montrent que
les déplacements avaient été planifiés plusieurs semaines à l'avance.

4. S'agissant du mode de responsabilité, la Chambre estime qu'il existe des motifs substantiels
de croire que le suspect a ordonné ces crimes au sens de l'article 25-3-b du Statut et, à titre
subsidiaire, qu'il est pénalement responsable en tant que chef militaire au sens de l'article
28-a.

5. Par ces motifs, la Chambre confirme les charges et renvoie Tomas Verek devant une chambre de
première instance. Elle rappelle que le Lureland, bien qu'il ne soit pas partie au Statut, est
tenu de coopérer avec la Cour aux termes de sa déclaration, conformément au chapitre IX du
Statut.
""",
        x("déclaration déposée"),
        m(
            "article 12-3 du Statut de Rome de la Cour pénale internationale",
            "rome-statute",
            "12(3)",
        ),
        x("« Statut »"),
        m("article 7-1-d du Statut", "rome-statute", "7(1)(d)"),
        m("article 7-1-h", "rome-statute", "7(1)(h)"),
        m("article 8-2-e-viii", "rome-statute", "8(2)(e)(viii)"),
        m("article 7-2-a du Statut", "rome-statute", "7(2)(a)"),
        x("protocole d'évacuation"),
        m("article 25-3-b du Statut", "rome-statute", "25(3)(b)"),
        m("article 28-a", "rome-statute", "28(a)"),
        m("partie au {Statut}", "rome-statute"),
        x("sa déclaration"),
        m("chapitre IX du {Statut}", "rome-statute"),
    ),
]

# --- French: NGOs, news, press releases -------------------------------------------------------

TEXTS += [
    fr(
        "fr-ngo-01",
        "ngo",
        """
Expulsés sans recours : les travailleurs migrants du port de Kettar

Entre janvier et septembre, les autorités de la Dravonie ont expulsé au moins 2 300 travailleurs
migrants employés dans le port de Kettar, souvent au terme d'opérations de police menées de nuit
dans les dortoirs fournis par les employeurs. Les personnes interrogées par notre organisation
décrivent des arrestations collectives, l'absence d'interprète et l'impossibilité de contester
la mesure devant un juge.

La Dravonie est partie au Pacte international relatif aux droits civils et politiques (PIDCP)
depuis 1992 et à la Convention internationale sur la protection des droits de tous les
travailleurs migrants et des membres de leur famille depuis 2005. L'article 22 de cette
Convention interdit les mesures d'expulsion collective et exige que chaque cas d'expulsion soit
examiné et tranché sur une base individuelle. L'article 13 du PIDCP garantit à l'étranger qui se
trouve légalement sur le territoire le droit de faire valoir les raisons qui militent contre son
expulsion et de faire examiner son cas.

Beaucoup de ces travailleurs étaient employés depuis plus de dix ans. Leurs contrats relevaient
de la convention collective des manutentionnaires portuaires, qui prévoit un préavis de trois
mois et une indemnité de licenciement ; aucun n'en a bénéficié. Les employeurs invoquent une
« charte éthique » adoptée par la chambre de commerce, qui n'a aucune valeur juridique.

Le Pacte protège également le droit de toute personne à la liberté et à la sécurité : en vertu de
l'article 9, paragraphe 4, toute personne privée de sa liberté a le droit d'introduire un recours
devant un tribunal. Or aucune des personnes placées au centre de rétention de Kettar n'a été
présentée à un juge.

Nous demandons à la Dravonie de suspendre toute expulsion collective, conformément aux articles
22 et 23 de la Convention, de garantir un recours suspensif contre chaque mesure d'éloignement,
et d'inviter le Comité des travailleurs migrants à se rendre dans le pays.
""",
        m("Pacte international relatif aux droits civils et politiques", "iccpr"),
        x("({PIDCP})"),
        m(
            "Convention internationale sur la protection des droits de tous les travailleurs"
            " migrants et des membres de leur famille",
            "icmw",
        ),
        m("article 22 de cette Convention", "icmw", "22"),
        m("article 13 du PIDCP", "iccpr", "13"),
        x("convention collective"),
        x("charte éthique"),
        m("Le {Pacte} protège", "iccpr"),
        m("article 9, paragraphe 4", "iccpr", "9(4)"),
        m("articles 22 et 23 de la Convention", "icmw", "22 23"),
        x("Comité des travailleurs migrants"),
    ),
    fr(
        "fr-ngo-02",
        "ngo",
        """
Note de plaidoyer : l'école inclusive reste une promesse

La Morvanie a ratifié en 2010 la Convention relative aux droits des personnes handicapées (CDPH)
et le Protocole facultatif s'y rapportant. Quinze ans plus tard, près de 12 000 enfants
handicapés sont toujours scolarisés dans des établissements spécialisés séparés, et plusieurs
milliers ne sont scolarisés nulle part.

L'article 24 de la CDPH impose aux États de faire en sorte que les personnes handicapées ne
soient pas exclues, sur le fondement de leur handicap, du système d'enseignement général. Le
paragraphe 2 de l'article 24 exige en outre des aménagements raisonnables en fonction des besoins
de chacun. Le Comité des droits des personnes handicapées a rappelé, dans son observation
générale no 4, que le maintien de deux systèmes parallèles est incompatible avec la Convention.

Les enfants concernés sont aussi les premiers touchés par la pauvreté. Les articles 6 à 8 de la
Convention, relatifs aux femmes handicapées, aux enfants handicapés et à la sensibilisation,
restent largement ignorés des politiques publiques, et l'article 19 sur l'autonomie de vie n'a
donné lieu à aucune mesure concrète.

Les enseignants spécialisés, enfin, relèvent d'un corps particulier : le statut de la fonction
publique ne leur permet pas d'exercer dans les écoles ordinaires, ce qui fige la séparation. Nous
demandons que ce statut soit réformé dès la prochaine rentrée.

Nous recommandons à la Morvanie d'adopter une loi garantissant le droit à une éducation
inclusive, conformément à l'article 24 de la Convention, de coopérer pleinement à la procédure
d'enquête prévue à l'article 6 du Protocole facultatif se rapportant à la Convention relative aux
droits des personnes handicapées, et de présenter sans retard son rapport initial au Comité.
""",
        m("Convention relative aux droits des personnes handicapées", "crpd"),
        x("({CDPH})"),
        m("Protocole facultatif", "crpd-op"),
        m("article 24 de la CDPH", "crpd", "24"),
        m("paragraphe 2 de l'article 24", "crpd", "24(2)"),
        x("Comité des droits des personnes handicapées"),
        m("incompatible avec la {Convention}", "crpd"),
        m("articles 6 à 8 de la Convention", "crpd", "6 7 8"),
        m("article 19", "crpd", "19"),
        x("statut de la fonction publique"),
        x("ce statut"),
        m("article 24 de la Convention", "crpd", "24"),
        m(
            "article 6 du Protocole facultatif se rapportant à la Convention relative aux droits"
            " des personnes handicapées",
            "crpd-op",
            "6",
        ),
    ),
    fr(
        "fr-news-01",
        "news",
        """
Fichage fiscal : la Vessarie condamnée à Strasbourg

La Cour européenne des droits de l'homme (CEDH) a condamné mardi la Vessarie pour avoir publié en
ligne les noms, adresses et revenus de quelque 4 000 contribuables en retard de paiement. Les
juges ont estimé à l'unanimité que cette publication violait l'article 8 de la Convention
européenne des droits de l'homme, qui protège le droit au respect de la vie privée et familiale.

L'affaire avait été portée devant la CEDH par Mara Ilic, une infirmière de Porvic dont le nom
figurait sur la liste alors qu'elle avait déposé sa déclaration de revenus dans les délais.
« J'ai été traitée comme une fraudeuse devant tous mes voisins », a-t-elle confié à l'issue du
prononcé.

Le gouvernement vessarien faisait valoir que la liste poursuivait un but légitime, la lutte
contre la fraude fiscale, et que l'ingérence était prévue par l'article 112 du code des impôts.
La Cour a admis le but, mais jugé la mesure disproportionnée : aucune vérification individuelle
n'avait été faite, et les données restaient accessibles des années après le paiement. Le
paragraphe 2 de l'article 8 de la Convention n'autorise une ingérence que si elle est
« nécessaire, dans une société démocratique », rappelle l'arrêt.

La Vessarie devra verser 9 000 euros à la requérante. Le ministère des finances a indiqué qu'il
« prenait acte » de l'arrêt et que la liste avait été retirée. L'avocat de Mme Ilic, Andrei
Sorin, a salué « une victoire pour tous ceux qui ont été exposés sans raison », et annoncé que
d'autres contribuables comptaient saisir la justice.
""",
        x("({CEDH})"),
        m("article 8 de la Convention européenne des droits de l'homme", "echr", "8"),
        x("devant la {CEDH}"),
        x("déclaration de revenus"),
        x("article 112 du code des impôts"),
        m("paragraphe 2 de l'article 8 de la Convention", "echr", "8(2)"),
    ),
    fr(
        "fr-news-02",
        "news",
        """
Naufrage au large de Porvic : les associations dénoncent des refoulements

Au moins 61 personnes sont mortes ou portées disparues après le naufrage, dimanche, d'une
embarcation partie des côtes de la Dravonie. Selon les témoignages recueillis par les équipes de
secours, les garde-côtes altariens auraient intercepté le bateau la veille et l'auraient remorqué
vers les eaux internationales, au lieu de conduire les passagers à terre.

Pour les associations d'aide aux exilés, ces pratiques violent la Convention de Genève de 1951.
« L'article 33 de la Convention interdit de refouler un réfugié, de quelque manière que ce soit,
sur les frontières des territoires où sa vie ou sa liberté serait menacée », rappelle Claire
Mounier, juriste à l'Association d'aide juridique aux exilés. « Cela vaut en haute mer comme à la
frontière terrestre. »

Le ministre de l'Intérieur altarien, Paul Verdier, a rejeté ces accusations, affirmant que les
garde-côtes avaient « respecté le protocole » et que la plupart des passagers n'auraient « de
toute façon pas obtenu le statut de réfugié ». L'Altarie a pourtant ratifié aussi le Protocole de
1967, qui a supprimé les limites temporelles et géographiques de la convention de Genève.

Le Haut-Commissariat des Nations Unies pour les réfugiés a demandé une enquête indépendante.
Selon lui, quatorze cas similaires ont été signalés depuis le début de l'année en Méditerranée
orientale. La Commission européenne, interrogée, a rappelé que la Charte des droits fondamentaux
de l'Union européenne garantit elle aussi le droit d'asile.
""",
        m("Convention de Genève de 1951", "refugee-convention-1951"),
        m("article 33 de la Convention", "refugee-convention-1951", "33"),
        x("respecté le protocole"),
        x("statut de réfugié"),
        m("Protocole de 1967", "refugee-protocol-1967"),
        m("de la {convention de Genève}.", "refugee-convention-1951"),
        x("Charte des droits fondamentaux de l'Union européenne"),
    ),
    fr(
        "fr-press-release-01",
        "press-release",
        """
TARVEL, Morvanie, 2 mars. L'Union des personnes déplacées de la vallée de la Ressa a appelé
l'Organisation des Nations Unies à soutenir le retour des familles chassées de la vallée il y a
trente ans, rapporte l'Agence de presse morvanienne.

« Notre union a été fondée en 1993 par des familles qui ont perdu leurs maisons, leurs terres et
leurs tombes dans la vallée de la Ressa. Depuis trente ans, on nous demande d'attendre. Nous
n'attendrons plus », a déclaré l'union dans un communiqué.

Selon l'union, quelque 60 000 personnes ont été contraintes de quitter la vallée en 1992 et 1993.
Les villages ont ensuite été repeuplés ou laissés à l'abandon, les cimetières et les lieux de
culte détruits.

« Le droit de retourner dans son foyer n'est pas une faveur accordée par les gouvernements. Il
est consacré par la DUDH, le PIDCP et la Convention relative au statut des réfugiés, et confirmé
par les Principes directeurs relatifs au déplacement de personnes à l'intérieur de leur propre
pays. L'article 13 de la Déclaration universelle dispose que toute personne a le droit de revenir
dans son pays, et le paragraphe 4 de l'article 12 du Pacte précise que nul ne peut être
arbitrairement privé du droit d'entrer dans son propre pays », poursuit le texte.

L'union a également dénoncé la « Déclaration de Selm », signée en 2019 par les autorités locales,
qui prévoit l'attribution des terres abandonnées à de nouveaux occupants. « Ce texte n'a aucune
valeur : il viole le principe 2 des Principes Pinheiro et les obligations internationales de
l'État », a affirmé son président, Ilir Vakar.

« Nous remercions le gouvernement de la Morvanie d'avoir accueilli les déplacés pendant trois
décennies. Nous demandons maintenant aux Nations Unies et à leurs États Membres de nous aider à
rentrer chez nous », conclut le communiqué.
""",
        m("DUDH", "udhr"),
        m("PIDCP", "iccpr"),
        m("Convention relative au statut des réfugiés", "refugee-convention-1951"),
        m(
            "Principes directeurs relatifs au déplacement de personnes à l'intérieur de leur"
            " propre pays",
            "guiding-principles-idp",
        ),
        m("article 13 de la Déclaration universelle", "udhr", "13"),
        m("paragraphe 4 de l'article 12 du Pacte", "iccpr", "12(4)"),
        x("Déclaration de Selm"),
        m("principe 2 des Principes Pinheiro", "pinheiro-principles", "2"),
    ),
    fr(
        "fr-press-release-02",
        "press-release",
        """
GENÈVE, 20 novembre. À l'occasion du 35e anniversaire de la Convention internationale des droits
de l'enfant (CIDE), la Coalition pour les droits de l'enfant en Altarie a appelé le gouvernement à
mettre fin à la détention des enfants migrants, rapporte l'agence Altapress.

« Trente-cinq ans après l'adoption de la CIDE, des enfants de moins de dix ans dorment encore
derrière des barbelés dans le centre de Porvic », a déclaré la coordinatrice de la coalition,
Inès Morel. « La Convention est pourtant claire : l'intérêt supérieur de l'enfant doit primer
dans toutes les décisions qui le concernent. »

La coalition rappelle que les articles 3 et 37 de la CIDE interdisent la détention arbitraire
des enfants et exigent que toute privation de liberté ne soit qu'une mesure de dernier ressort.
Elle souligne aussi que l'Altarie a ratifié en 2003 le Protocole facultatif à la Convention
relative aux droits de l'enfant, concernant la vente d'enfants, la prostitution des enfants et la
pornographie mettant en scène des enfants, et que plusieurs mineurs non accompagnés ont disparu
des centres d'accueil l'an dernier.

Selon le ministère de l'Intérieur, les enfants ne sont retenus « que le temps strictement
nécessaire » et un protocole sanitaire spécifique leur est appliqué à leur arrivée. La coalition
répond que la durée moyenne de rétention a atteint 19 jours en 2024.

Elle demande au gouvernement de retirer sa réserve à l'article 22 de la Convention, relatif aux
enfants réfugiés, et d'inviter le Comité des droits de l'enfant à visiter les centres.
""",
        m("Convention internationale des droits de l'enfant", "crc"),
        x("({CIDE})"),
        m("adoption de la {CIDE}", "crc"),
        m("La {Convention} est pourtant", "crc"),
        m("articles 3 et 37 de la CIDE", "crc", "3 37"),
        m(
            "Protocole facultatif à la Convention relative aux droits de l'enfant, concernant la"
            " vente d'enfants, la prostitution des enfants et la pornographie mettant en scène"
            " des enfants",
            "crc-opsc",
        ),
        x("protocole sanitaire"),
        m("article 22 de la Convention", "crc", "22"),
        x("Comité des droits de l'enfant"),
    ),
]

# --- French: academic ---------------------------------------------------------------------

TEXTS += [
    fr(
        "fr-academic-01",
        "academic",
        """
La liberté de circulation dans les systèmes régionaux : convergences et écarts

Le droit de quitter tout pays et d'entrer dans le sien figure dans tous les grands instruments.
L'article 13 de la Déclaration universelle des droits de l'homme en a posé le principe ; l'art. 12
§ 4 PIDCP l'a rendu obligatoire, en précisant que nul ne peut être « arbitrairement » privé du
droit d'entrer dans son propre pays. Le Comité des droits de l'homme lit largement la notion de
« propre pays » : selon lui, le paragraphe 4 de l'article 12 protège aussi le résident de longue
durée qui n'a pas la nationalité de l'État.

Sur le continent américain, l'article 22 de la Convention américaine relative aux droits de
l'homme, dite Pacte de San José, protège la liberté de circulation et de résidence. L'article 22,
paragraphe 5, interdit d'expulser un national ou de le priver du droit d'entrer sur le
territoire, et l'article 22, paragraphe 9, prohibe l'expulsion collective d'étrangers. La CADH va
ainsi plus loin que le PIDCP, qui ne mentionne pas l'expulsion collective.

La Charte africaine des droits de l'homme et des peuples suit la même voie. L'article 12,
paragraphe 2, de la Charte africaine garantit le droit de quitter tout pays et de revenir dans
son pays ; l'article 12, paragraphe 5, interdit l'expulsion collective visant des groupes
nationaux, raciaux, ethniques ou religieux. La Charte soumet toutefois le droit de quitter un
pays à des restrictions prévues par la loi, que la Commission africaine interprète strictement.

En Europe, enfin, la Convention européenne des droits de l'homme (CEDH) ne protège pas elle-même
la liberté de circulation ; celle-ci relève du Protocole no 4, que tous les États membres n'ont
pas ratifié. Les requérants invoquent donc souvent l'art. 3 CEDH, dont le caractère absolu en a
fait le principal instrument de protection contre le refoulement. La Charte des droits
fondamentaux de l'Union européenne, dont l'article 19 interdit les expulsions collectives,
complète ce dispositif pour les États membres de l'Union.
""",
        m("article 13 de la Déclaration universelle des droits de l'homme", "udhr", "13"),
        m("art. 12 § 4 PIDCP", "iccpr", "12(4)"),
        x("Comité des droits de l'homme"),
        m("paragraphe 4 de l'article 12", "iccpr", "12(4)"),
        m("article 22 de la Convention américaine relative aux droits de l'homme", "achr", "22"),
        m("Pacte de San José", "achr"),
        m("article 22, paragraphe 5", "achr", "22(5)"),
        m("article 22, paragraphe 9", "achr", "22(9)"),
        m("CADH", "achr"),
        m("PIDCP", "iccpr", n=1),
        m("Charte africaine des droits de l'homme et des peuples", "achpr"),
        m("article 12, paragraphe 2, de la Charte africaine", "achpr", "12(2)"),
        m("article 12, paragraphe 5", "achpr", "12(5)"),
        m("La {Charte} soumet", "achpr"),
        m("Convention européenne des droits de l'homme", "echr"),
        x("({CEDH})"),
        x("Protocole no 4"),
        m("art. 3 CEDH", "echr", "3"),
        x("Charte des droits fondamentaux de l'Union européenne"),
        x("article 19"),
    ),
    fr(
        "fr-academic-02",
        "academic",
        """
Le déplacement forcé de civils en droit international humanitaire

Le droit international humanitaire interdit de déplacer de force la population civile, sauf si la
sécurité des personnes ou d'impérieuses raisons militaires l'exigent. Dans les conflits armés
internationaux, l'interdiction figure à l'article 49 de la IVe Convention de Genève, qui
prohibe les transferts forcés et les déportations de personnes protégées hors du territoire
occupé, quel qu'en soit le motif. La même disposition interdit en outre à la Puissance occupante de
transférer une partie de sa propre population civile dans le territoire
qu'elle occupe.

Dans les conflits armés non internationaux, l'article 3 commun aux Conventions de Genève de 1949
ne traite pas expressément du déplacement. C'est le Protocole additionnel II qui comble cette
lacune : son article 17 interdit d'ordonner le déplacement de la population civile pour des
raisons ayant trait au conflit et exige, lorsqu'un déplacement est inévitable, que toutes les
mesures possibles soient prises pour que la population soit accueillie dans des conditions
satisfaisantes. Le Protocole ne s'applique toutefois qu'aux conflits opposant l'État à des
groupes armés organisés qui exercent un contrôle territorial.

Le Statut de Rome de la Cour pénale internationale a érigé ces interdictions en crimes. La
déportation ou le transfert forcé de population constitue un crime contre l'humanité au sens de
l'article 7, paragraphe 1, alinéa d), du Statut, et le déplacement de civils ordonné pour des
raisons liées au conflit est un crime de guerre en vertu de l'article 8, paragraphe 2, alinéa e)
viii). Le Statut reprend ici, presque mot pour mot, le texte du Protocole additionnel II.

Reste la protection des personnes déjà déplacées. Les Principes directeurs relatifs au
déplacement de personnes à l'intérieur de leur propre pays, sans être contraignants, rassemblent
les règles applicables ; le principe 6 pose un droit à ne pas être déplacé arbitrairement. Le
protocole d'accord conclu en 2022 entre le gouvernement de la Kessalie et le Front de libération,
qui prévoyait le retour des déplacés, n'a jamais été mis en œuvre.
""",
        m("article 49 de la IVe Convention de Genève", "gc-iv", "49"),
        m("article 3 commun aux Conventions de Genève de 1949", "geneva-conventions-1949", "3"),
        m("Protocole additionnel II", "ap-ii"),
        m("son {article 17}", "ap-ii", "17"),
        m("Le {Protocole} ne", "ap-ii"),
        m("Statut de Rome de la Cour pénale internationale", "rome-statute"),
        m("article 7, paragraphe 1, alinéa d), du Statut", "rome-statute", "7(1)(d)"),
        m("article 8, paragraphe 2, alinéa e) viii)", "rome-statute", "8(2)(e)(viii)"),
        m("Le {Statut} reprend", "rome-statute"),
        m("Protocole additionnel II", "ap-ii", n=1),
        m(
            "Principes directeurs relatifs au déplacement de personnes à l'intérieur de leur"
            " propre pays",
            "guiding-principles-idp",
        ),
        m("principe 6", "guiding-principles-idp", "6"),
        x("protocole d'accord"),
    ),
    fr(
        "fr-academic-03",
        "academic",
        """
Le droit à un niveau de vie suffisant entre deux Pactes

Le 16 décembre 1966, l'Assemblée générale a adopté successivement le Pacte international relatif
aux droits civils et politiques et le Pacte international relatif aux droits économiques, sociaux
et culturels. L'article 11 du Pacte reconnaît « le droit de toute personne à un niveau de vie
suffisant pour elle-même et sa famille, y compris une nourriture, un vêtement et un logement
suffisants ». Contrairement aux droits civils, ce droit est soumis à une réalisation progressive :
aux termes de l'article 2, paragraphe 1, chaque État s'engage à agir « au maximum de ses
ressources disponibles ».

La frontière entre les deux catégories de droits est pourtant poreuse. Le Comité des droits de
l'homme a jugé que l'expulsion forcée de familles sans solution de relogement pouvait porter
atteinte au droit à la vie protégé par l'article 6 du PIDCP, et au droit au respect de la vie
privée et familiale garanti par son article 17. À l'inverse, le Comité des droits économiques,
sociaux et culturels examine depuis 2013 des communications individuelles au titre du Protocole
facultatif se rapportant au Pacte international relatif aux droits économiques, sociaux et
culturels, dont l'article 2 ouvre la saisine aux particuliers.

Les erreurs de référence sont fréquentes dans la littérature grise. Le rapport gouvernemental de
la Morvanie pour 2021 invoque ainsi les « articles 11 et 35 du PIDESC », alors que le Pacte ne
compte que 31 articles. D'autres documents citent l'article 31 de la Déclaration universelle des
droits de l'homme, qui n'existe pas davantage : la Déclaration s'arrête à l'article 30, et le
droit à un niveau de vie suffisant y figure à l'article 25, paragraphe 1.

Enfin, l'article premier du PIDESC rattache ces droits à l'autodétermination des peuples, y
compris à leur droit de disposer librement de leurs richesses et de leurs ressources naturelles.
""",
        x("deux Pactes"),
        m("Pacte international relatif aux droits civils et politiques", "iccpr"),
        m("Pacte international relatif aux droits économiques, sociaux et culturels", "icescr"),
        m("article 11 du Pacte", "icescr", "11"),
        m("article 2, paragraphe 1", "icescr", "2(1)"),
        x("Comité des droits de l'homme"),
        m("article 6 du PIDCP", "iccpr", "6"),
        m("son {article 17}", "iccpr", "17"),
        x("Comité des droits économiques, sociaux et culturels"),
        m(
            "Protocole facultatif se rapportant au Pacte international relatif aux droits"
            " économiques, sociaux et culturels",
            "icescr-op",
        ),
        m("dont l'{article 2} ouvre", "icescr-op", "2"),
        m("articles 11 et 35 du PIDESC", "icescr", "11", invalid="35"),
        m("le {Pacte} ne compte", "icescr"),
        x("31 articles"),
        m(
            "article 31 de la Déclaration universelle des droits de l'homme",
            "udhr",
            invalid="31",
        ),
        m("la {Déclaration} s'arrête", "udhr"),
        m("article 30", "udhr", "30"),
        m("article 25, paragraphe 1", "udhr", "25(1)"),
        m("article premier du PIDESC", "icescr", "1"),
    ),
]

# --- French after English: mixed-language texts, tagged "fr" ----------------------------------

TEXTS += [
    fr(
        "fr-press-release-03",
        "press-release",
        """
GENEVA, 10 December. The Geneva Centre for Detention Rights today called on the Government of
Altaria to release the 14 journalists held without trial since March. "Their detention violates
article 9 of the International Covenant on Civil and Political Rights, which prohibits arbitrary
arrest and detention, and article 19 of the Covenant, which protects the freedom to seek, receive
and impart information," said the Centre's director, Hanna Lindqvist. Altaria, which acceded to
the first Optional Protocol to the Covenant in 2008, has ignored two views of the Human Rights
Committee finding it in breach. The Centre also recalled that the Universal Declaration of Human
Rights, adopted 76 years ago today, proclaims in Article 19 that everyone has the right to
freedom of opinion and expression.

GENÈVE, 10 décembre. Le Centre genevois pour les droits des détenus a demandé aujourd'hui au
gouvernement de l'Altarie de libérer les 14 journalistes détenus sans jugement depuis mars.
« Leur détention viole l'article 9 du Pacte international relatif aux droits civils et
politiques, qui interdit l'arrestation et la détention arbitraires, ainsi que l'article 19 du
Pacte, qui protège la liberté de rechercher, de recevoir et de répandre des informations », a
déclaré la directrice du Centre, Hanna Lindqvist. L'Altarie, qui a adhéré en 2008 au premier
Protocole facultatif se rapportant au Pacte, n'a donné suite à aucune des deux constatations du
Comité des droits de l'homme la concernant. Le Centre a également rappelé que la Déclaration
universelle des droits de l'homme, adoptée il y a 76 ans jour pour jour, proclame à son article
19 que tout individu a droit à la liberté d'opinion et d'expression.
""",
        m("article 9 of the International Covenant on Civil and Political Rights", "iccpr", "9"),
        m("article 19 of the Covenant", "iccpr", "19"),
        m("first Optional Protocol to the Covenant", "iccpr-op1"),
        x("Human Rights Committee"),
        m("Universal Declaration of Human Rights", "udhr"),
        m("in {Article 19} that", "udhr", "19"),
        m("article 9 du Pacte international relatif aux droits civils et politiques", "iccpr", "9"),
        m("article 19 du Pacte", "iccpr", "19"),
        m("premier Protocole facultatif se rapportant au Pacte", "iccpr-op1"),
        x("Comité des droits de l'homme"),
        m("Déclaration universelle des droits de l'homme", "udhr"),
        m("son {article 19}", "udhr", "19"),
    ),
    fr(
        "fr-news-03",
        "news",
        """
BELVARRE CITY — Child-rights groups on Tuesday attacked a new law allowing migrant families with
children to be detained for up to five days, saying it breaches the UN Convention on the Rights
of the Child. Belvarre ratified the Convention in 1991, and Article 37 requires that the
detention of a child be used only as a measure of last resort and for the shortest appropriate
period of time.

Le porte-parole du gouvernement, Luc Ferrand, a défendu le texte en conférence de presse : « La
loi respecte pleinement la Convention relative aux droits de l'enfant (CDE). L'article 3 de la
Convention impose de faire primer l'intérêt supérieur de l'enfant, et c'est précisément ce que
nous faisons en évitant de séparer les familles. » Selon lui, aucun enfant ne sera retenu plus de
cinq jours, et un protocole d'accueil spécifique sera appliqué dans chaque centre.

Les associations restent sceptiques. « Enfermer des familles entières dans une cellule, ce n'est
pas ce que prévoit la CDE », estime Maya Roberts, de la Coalition pour les droits de l'enfant, qui
rappelle que le Comité des droits de l'enfant avait demandé en 2022 à Belvarre de mettre fin à
toute rétention d'enfants pour des motifs migratoires. L'opposition a annoncé qu'elle saisirait
la Cour constitutionnelle.
""",
        m("UN Convention on the Rights of the Child", "crc"),
        m("ratified the {Convention}", "crc"),
        m("Article 37", "crc", "37"),
        m("Convention relative aux droits de l'enfant", "crc"),
        x("({CDE})"),
        m("article 3 de la Convention", "crc", "3"),
        x("protocole d'accueil"),
        m("prévoit la {CDE}", "crc"),
        x("Comité des droits de l'enfant"),
    ),
]

# --- Spanish: every style ------------------------------------------------------------------

TEXTS += [
    es(
        "es-un-formal-01",
        "un-formal",
        """
El Consejo de Derechos Humanos,

Guiado por los propósitos y principios de la Carta de las Naciones Unidas,

Reafirmando el artículo 15 de la Declaración Universal de Derechos Humanos, que proclama que toda
persona tiene derecho a una nacionalidad y que a nadie se privará arbitrariamente de su
nacionalidad,

Recordando el párrafo 3 del artículo 24 del Pacto Internacional de Derechos Civiles y Políticos,
el artículo 7 de la Convención sobre los Derechos del Niño, el artículo 9 de la Convención sobre
la eliminación de todas las formas de discriminación contra la mujer y el artículo 18 de la
Convención sobre los Derechos de las Personas con Discapacidad,

Recordando también la Convención sobre el Estatuto de los Apátridas, de 1954, y la Convención
para reducir los casos de apatridia, de 1961, y observando que el artículo 9 de la Convención de
1961 prohíbe privar de la nacionalidad por motivos raciales, étnicos, religiosos o políticos,

Tomando nota con reconocimiento de la labor de los órganos de tratados, en particular el Comité
para la Eliminación de la Discriminación contra la Mujer y el Comité de los Derechos del Niño,

1. Exhorta a todos los Estados a que se abstengan de promulgar o mantener leyes que priven
arbitrariamente a las personas de su nacionalidad, en especial si esas medidas las convierten en
apátridas;

2. Insta a los Estados a que garanticen a la mujer los mismos derechos que al hombre para
adquirir, cambiar o conservar su nacionalidad, como se establece en el párrafo 1 del artículo 9
de la Convención sobre la eliminación de todas las formas de discriminación contra la mujer, y
los mismos derechos con respecto a la nacionalidad de sus hijos, conforme al párrafo 2 de dicho
artículo;

3. Alienta a los Estados a que inscriban a todos los niños inmediatamente después de su
nacimiento, de conformidad con el artículo 7 de la Convención sobre los Derechos del Niño;

4. Pide a la Oficina del Alto Comisionado que le presente un informe sobre la privación
arbitraria de la nacionalidad en su quincuagésimo período de sesiones, teniendo en cuenta la
declaración conjunta de las organizaciones regionales.
""",
        m("Carta de las Naciones Unidas", "un-charter"),
        m("artículo 15 de la Declaración Universal de Derechos Humanos", "udhr", "15"),
        m(
            "párrafo 3 del artículo 24 del Pacto Internacional de Derechos Civiles y Políticos",
            "iccpr",
            "24(3)",
        ),
        m("artículo 7 de la Convención sobre los Derechos del Niño", "crc", "7"),
        m(
            "artículo 9 de la Convención sobre la eliminación de todas las formas de"
            " discriminación contra la mujer",
            "cedaw",
            "9",
        ),
        m(
            "artículo 18 de la Convención sobre los Derechos de las Personas con Discapacidad",
            "crpd",
            "18",
        ),
        m("Convención sobre el Estatuto de los Apátridas", "stateless-persons-1954"),
        m("Convención para reducir los casos de apatridia", "statelessness-1961"),
        m("artículo 9 de la Convención de 1961", "statelessness-1961", "9"),
        x("Comité para la Eliminación de la Discriminación contra la Mujer"),
        x("Comité de los Derechos del Niño"),
        m(
            "párrafo 1 del artículo 9 de la Convención sobre la eliminación de todas las formas"
            " de discriminación contra la mujer",
            "cedaw",
            "9(1)",
        ),
        m("párrafo 2 de dicho artículo", "cedaw", "9(2)"),
        m("artículo 7 de la Convención sobre los Derechos del Niño", "crc", "7", n=1),
        x("declaración conjunta"),
    ),
    es(
        "es-un-formal-02",
        "un-formal",
        """
Informe del Relator Especial sobre los derechos a la libertad de reunión pacífica y de asociación
acerca de su visita a la República de Tessaria

1. El Relator Especial visitó la República de Tessaria del 8 al 19 de mayo, a invitación del
Gobierno, pocas semanas antes de las elecciones generales. Tessaria es parte en el Pacto
Internacional de Derechos Civiles y Políticos (en lo sucesivo, «el Pacto») desde 1978 y en su
Protocolo Facultativo desde 1995.

2. El artículo 21 del Pacto reconoce el derecho de reunión pacífica, y el artículo 22, párrafo
1, el derecho de toda persona a asociarse libremente con otras, incluido el derecho a fundar
sindicatos. Con arreglo al párrafo 2 del artículo 22, solo podrán imponerse restricciones
previstas por la ley que sean necesarias en una sociedad democrática. Los artículos 19 y 25 del
Pacto completan ese marco.

3. Durante la visita, el Relator Especial recibió información sobre la disolución por la policía
de la convención del partido Unión Cívica, celebrada en la ciudad de Merva el 10 de mayo, con el
argumento de que los organizadores no habían presentado la declaración previa exigida por el
artículo 8 de la Ley de Reuniones Públicas. Más de 60 delegados fueron detenidos durante varias
horas.

4. El Relator Especial recuerda que la notificación previa no debe convertirse en un régimen de
autorización encubierto, y que los Estados deben facilitar las reuniones, incluidas las de la
oposición política. Recuerda asimismo que la Declaración sobre los defensores de los derechos
humanos protege, en su artículo 5, el derecho a reunirse o manifestarse pacíficamente.

5. El Relator Especial recomienda al Gobierno que revise la Ley de Reuniones Públicas a la luz de
los artículos 21 y 22 del Pacto y de las recomendaciones formuladas en el párrafo 47 del presente
informe, y que levante la suspensión de las tres asociaciones estudiantiles disueltas en abril.
""",
        m("Pacto Internacional de Derechos Civiles y Políticos", "iccpr"),
        x("«el Pacto»"),
        m("Protocolo Facultativo", "iccpr-op1"),
        m("artículo 21 del Pacto", "iccpr", "21"),
        m("artículo 22, párrafo 1", "iccpr", "22(1)"),
        m("párrafo 2 del artículo 22", "iccpr", "22(2)"),
        m("artículos 19 y 25 del Pacto", "iccpr", "19 25"),
        x("convención del partido"),
        x("declaración previa"),
        x("artículo 8 de la Ley de Reuniones Públicas"),
        m(
            "Declaración sobre los defensores de los derechos humanos",
            "declaration-human-rights-defenders",
        ),
        m("su {artículo 5}", "declaration-human-rights-defenders", "5"),
        m("artículos 21 y 22 del Pacto", "iccpr", "21 22"),
        x("párrafo 47 del presente informe"),
    ),
    es(
        "es-un-formal-03",
        "un-formal",
        """
Carta de fecha 4 de junio dirigida a la Presidencia del Consejo de Seguridad por el Representante
Permanente de Altaria ante las Naciones Unidas

Siguiendo instrucciones de mi Gobierno, tengo el honor de señalar a su atención la presencia
continuada de fuerzas armadas de la República de Dravonia en el distrito de Selm, en violación
del Artículo 2, párrafo 4, de la Carta de las Naciones Unidas.

Desde el 12 de mayo, unidades dravonias ocupan cuatro aldeas y el aeropuerto regional. Esos
actos constituyen un uso de la fuerza contra la integridad territorial y la independencia
política de Altaria, que la Carta prohíbe sin excepción. Altaria no ha formulado ninguna
solicitud en ese sentido, y el Consejo de Seguridad no ha dado autorización alguna en virtud del
Capítulo VII de la Carta.

Dravonia alega que actúa en legítima defensa conforme a la Carta. Sin embargo, el Artículo 51 solo
permite el uso de
la fuerza en caso de ataque armado, y únicamente hasta que el Consejo de Seguridad haya tomado
las medidas necesarias para mantener la paz y la seguridad internacionales. Las medidas tomadas
en ejercicio de ese derecho deben comunicarse inmediatamente al Consejo, y no se ha presentado
comunicación alguna. Tampoco puede invocarse el llamado «pacto de buena vecindad» firmado en 2009
por los dos ministros de Defensa, que nunca fue ratificado por los parlamentos.

Altaria recuerda que, conforme al Artículo 25 de la Carta, los Miembros de las Naciones Unidas
convienen en aceptar y cumplir las decisiones del Consejo de Seguridad y que, en virtud del
Artículo 103, prevalecen las obligaciones contraídas en virtud de la Carta. Ambos Estados han
formulado declaraciones de aceptación de la jurisdicción obligatoria de la Corte Internacional
de Justicia con arreglo al párrafo 2 del Artículo 36 del Estatuto de la Corte, y Altaria se
reserva el derecho de someter la controversia a la Corte.

Le agradecería que tuviera a bien hacer distribuir la presente carta como documento del Consejo
de Seguridad.
""",
        x("Carta de fecha"),
        m("Artículo 2, párrafo 4, de la Carta de las Naciones Unidas", "un-charter", "2(4)"),
        m("que la {Carta} prohíbe", "un-charter"),
        m("Capítulo VII de la {Carta}", "un-charter"),
        m("defensa conforme a la {Carta}", "un-charter"),
        m("Artículo 51", "un-charter", "51"),
        x("pacto de buena vecindad"),
        m("Artículo 25 de la Carta", "un-charter", "25"),
        m("Artículo 103", "un-charter", "103"),
        m("en virtud de la {Carta}", "un-charter"),
        x("declaraciones de aceptación"),
        m("párrafo 2 del Artículo 36 del Estatuto de la Corte", "icj-statute", "36(2)"),
        x("presente carta"),
    ),
]

# --- Spanish: treaty bodies -----------------------------------------------------------------

TEXTS += [
    es(
        "es-treaty-body-01",
        "treaty-body",
        """
Pacto Internacional de Derechos Civiles y Políticos

Dictamen aprobado por el Comité a tenor del artículo 5, párrafo 4, del Protocolo Facultativo,
respecto de la comunicación núm. 3104/2018

Autora: R. M. S. (representada por la abogada Elena Quiroga). Presunta víctima: su hijo, D. S. M.
Estado parte: Tessaria.

1.1 La autora de la comunicación es R. M. S., nacional de Tessaria, nacida en 1961. Presenta la
comunicación en nombre de su hijo, D. S. M., nacido en 1987, quien desapareció tras ser detenido
por agentes de la policía militar. La autora afirma que el Estado parte ha vulnerado los
derechos que asisten a su hijo en virtud de los artículos 6, 7, 9 y 16 del Pacto, leídos
conjuntamente con el artículo 2, párrafo 3. El Protocolo Facultativo entró en vigor para el
Estado parte el 22 de octubre de 1995.

2.1 El 14 de febrero de 2016, D. S. M. fue detenido en un control de carretera cerca de Merva.
Varios testigos lo vieron subir a un vehículo oficial. Desde entonces, su familia no ha vuelto a
tener noticias suyas. Las autoridades negaron la detención, y la denuncia penal presentada por la
autora fue archivada seis meses después.

4.1 El Estado parte sostiene que la comunicación es inadmisible en virtud del artículo 5, párrafo
2 b), del Protocolo Facultativo, puesto que la investigación penal sigue abierta.

6.3 El Comité recuerda que, a efectos del párrafo 2 b) del artículo 5 del Protocolo Facultativo,
los recursos que deben agotarse son los que resultan efectivos. Una investigación abierta durante
más de ocho años sin resultado alguno no puede considerarse un recurso efectivo.

8.2 El Comité recuerda que la desaparición forzada constituye una violación continuada de varios
derechos reconocidos en el Pacto. En ausencia de explicación alguna del Estado parte, el Comité
concluye que se han vulnerado los artículos 6, 7 y 9 del Pacto, así como el artículo 16, leídos
conjuntamente con el artículo 2, párrafo 3. Observa también que la Convención Internacional para
la Protección de Todas las Personas contra las Desapariciones Forzadas, que el Estado parte aún
no ha ratificado, define el delito en su artículo 2.

9. El Comité, actuando en virtud del artículo 5, párrafo 4, del Protocolo Facultativo, dictamina
que los hechos que tiene ante sí ponen de manifiesto una violación de los artículos 6, 7, 9 y 16
del Pacto. De conformidad con el artículo 2, párrafo 3 a), del Pacto, el Estado parte tiene la
obligación de proporcionar a la autora un recurso efectivo.
""",
        m("Pacto Internacional de Derechos Civiles y Políticos", "iccpr"),
        m("artículo 5, párrafo 4, del Protocolo Facultativo", "iccpr-op1", "5(4)"),
        m("artículos 6, 7, 9 y 16 del Pacto", "iccpr", "6 7 9 16"),
        m("{artículo 2, párrafo 3}. El", "iccpr", "2(3)"),
        m("El {Protocolo Facultativo} entró", "iccpr-op1"),
        m("artículo 5, párrafo 2 b), del Protocolo Facultativo", "iccpr-op1", "5(2)(b)"),
        m("párrafo 2 b) del artículo 5 del Protocolo Facultativo", "iccpr-op1", "5(2)(b)"),
        m("reconocidos en el {Pacto}", "iccpr"),
        m("artículos 6, 7 y 9 del Pacto", "iccpr", "6 7 9"),
        m("el {artículo 16}, leídos", "iccpr", "16"),
        m("{artículo 2, párrafo 3}. Observa", "iccpr", "2(3)"),
        m(
            "Convención Internacional para la Protección de Todas las Personas contra las"
            " Desapariciones Forzadas",
            "cped",
        ),
        m("su {artículo 2}", "cped", "2"),
        m("artículo 5, párrafo 4, del Protocolo Facultativo", "iccpr-op1", "5(4)", n=1),
        m("artículos 6, 7, 9 y 16 del Pacto", "iccpr", "6 7 9 16", n=1),
        m("artículo 2, párrafo 3 a), del Pacto", "iccpr", "2(3)(a)"),
    ),
    es(
        "es-treaty-body-02",
        "treaty-body",
        """
Comité de los Derechos del Niño. Observaciones finales sobre los informes periódicos quinto y
sexto combinados de Vessaria

1. El Comité examinó los informes periódicos quinto y sexto combinados de Vessaria en sus
sesiones 2710ª y 2711ª. Acoge con satisfacción la ratificación del Protocolo facultativo de la
Convención sobre los Derechos del Niño relativo a un procedimiento de comunicaciones.

2. Preocupa al Comité que el Código Civil siga permitiendo el matrimonio de niñas a partir de los
15 años con autorización judicial, en contradicción con el artículo 1 de la Convención y con las
recomendaciones formuladas en sus anteriores observaciones finales.

3. El Comité está profundamente preocupado por las denuncias de malos tratos a adolescentes en
los centros de internamiento de menores, incluido el uso prolongado del aislamiento. Recuerda
que, conforme al artículo 37 a) de la Convención sobre los Derechos del Niño (CDN), ningún niño
será sometido a torturas ni a otros tratos o penas crueles, inhumanos o degradantes, y que el
artículo 37 c) exige que todo niño privado de libertad sea tratado con la humanidad y el respeto
que merece la dignidad inherente a la persona humana. Recomienda al Estado parte que revise el
protocolo de actuación de los centros, prohíba el aislamiento de menores y establezca un
mecanismo de denuncia independiente y accesible.

4. El Comité observa con preocupación que los niños de comunidades rurales y los niños migrantes
en situación irregular siguen teniendo dificultades para matricularse en la escuela. Recuerda al
Estado parte que los artículos 28 y 29 de la CDN reconocen el derecho de todo niño a la
educación, sin discriminación alguna, de conformidad con el artículo 2.

5. El Comité insta al Estado parte a que ratifique el Protocolo facultativo de la Convención sobre
los Derechos del Niño relativo a la participación de niños en los conflictos armados y a que eleve
a 18 años la edad mínima de reclutamiento voluntario, de conformidad con el artículo 3 del
Protocolo.

6. El Comité recomienda al Estado parte que dé amplia difusión a la Convención y a las presentes
observaciones finales, también en lenguas indígenas.
""",
        x("Comité de los Derechos del Niño"),
        m(
            "Protocolo facultativo de la Convención sobre los Derechos del Niño relativo a un"
            " procedimiento de comunicaciones",
            "crc-opic",
        ),
        m("artículo 1 de la Convención", "crc", "1"),
        m("artículo 37 a) de la Convención sobre los Derechos del Niño", "crc", "37(a)"),
        x("({CDN})"),
        m("artículo 37 c)", "crc", "37(c)"),
        x("protocolo de actuación"),
        m("artículos 28 y 29 de la CDN", "crc", "28 29"),
        m("con el {artículo 2}.", "crc", "2"),
        m(
            "Protocolo facultativo de la Convención sobre los Derechos del Niño relativo a la"
            " participación de niños en los conflictos armados",
            "crc-opac",
        ),
        m("artículo 3 del Protocolo", "crc-opac", "3"),
        m("difusión a la {Convención}", "crc"),
    ),
    es(
        "es-treaty-body-03",
        "treaty-body",
        """
Decisión adoptada por el Comité contra la Tortura en virtud del artículo 22 de la Convención
contra la Tortura y Otros Tratos o Penas Crueles, Inhumanos o Degradantes, respecto de la
comunicación núm. 1150/2022

1.1 El autor de la queja es J. P. L., nacional de Dravonia, nacido en 1992. Se encuentra en
Altaria y es objeto de una orden de expulsión a Dravonia. Alega que su devolución constituiría una
violación por el Estado parte del artículo 3 de la Convención. El Estado parte hizo la
declaración prevista en el artículo 22 de la Convención el 9 de junio de 1999.

2.1 El autor era periodista en un diario de la oposición. En 2019 fue detenido durante once días
y golpeado para obligarlo a revelar sus fuentes. Llegó a Altaria en 2020 y solicitó asilo. La
Oficina de Asilo rechazó su solicitud porque consideró que no reunía los requisitos del artículo
1.A.2 de la Convención sobre el Estatuto de los Refugiados y le denegó el estatuto de refugiado.
El Tribunal Administrativo confirmó esa decisión sin examinar el informe médico elaborado
conforme al Protocolo de Estambul.

7.2 El Comité recuerda que, a diferencia del artículo 33.2 de la Convención de 1951, que permite
excluir de la protección al refugiado que constituya un peligro para la seguridad del país, el
artículo 3 de la Convención contra la Tortura establece una prohibición absoluta de la
devolución. El autor no necesita, por tanto, demostrar que cumple los requisitos de la definición
de refugiado.

7.5 Habida cuenta del informe médico, de los informes coincidentes sobre la práctica de la
tortura contra periodistas en Dravonia y de que el nombre del autor figura en una lista de
personas buscadas, el Comité considera que existen razones fundadas para creer que correría un
riesgo previsible, real y personal de ser sometido a tortura.

8. El Comité, actuando en virtud del artículo 22, párrafo 7, de la Convención, concluye que la
expulsión del autor a Dravonia constituiría una violación del artículo 3 de la Convención. Insta
al Estado parte a que le informe, en un plazo de 90 días, de las medidas adoptadas, de
conformidad con el artículo 118 de su reglamento.
""",
        x("Comité contra la Tortura"),
        m(
            "artículo 22 de la Convención contra la Tortura y Otros Tratos o Penas Crueles,"
            " Inhumanos o Degradantes",
            "cat",
            "22",
        ),
        m("Estado parte del {artículo 3 de la Convención}", "cat", "3"),
        x("declaración prevista"),
        m("prevista en el {artículo 22 de la Convención}", "cat", "22"),
        m(
            "artículo 1.A.2 de la Convención sobre el Estatuto de los Refugiados",
            "refugee-convention-1951",
            "1A(2)",
        ),
        x("estatuto de refugiado"),
        x("Protocolo de Estambul"),
        m("artículo 33.2 de la Convención de 1951", "refugee-convention-1951", "33(2)"),
        m("artículo 3 de la Convención contra la Tortura", "cat", "3"),
        m("artículo 22, párrafo 7, de la Convención", "cat", "22(7)"),
        m("violación del {artículo 3 de la Convención}. Insta", "cat", "3"),
        x("artículo 118 de su reglamento"),
    ),
]

# --- Spanish: courts ------------------------------------------------------------------------

TEXTS += [
    es(
        "es-court-01",
        "court",
        """
CORTE INTERAMERICANA DE DERECHOS HUMANOS. CASO QUISPE MAMANI Y OTROS VS. REPÚBLICA DE TESSARIA.
SENTENCIA DE 12 DE NOVIEMBRE (Fondo, Reparaciones y Costas)

1. El caso se refiere a la detención arbitraria, la tortura y la condena penal de Rosa Quispe
Mamani, dirigente campesina, sin que tuviera acceso a un recurso ante un tribunal superior. La
Comisión Interamericana sometió el caso a la Corte alegando la violación de los artículos 5, 7, 8
y 25 de la Convención Americana sobre Derechos Humanos (en adelante, «la Convención Americana» o
«la Convención»), en relación con su artículo 1.1.

98. La Corte recuerda que el artículo 8.2.h) de la Convención garantiza a toda persona inculpada
de delito el derecho de recurrir del fallo ante juez o tribunal superior. Ese recurso debe ser
ordinario, accesible y eficaz, y permitir un examen integral de la decisión recurrida.

103. En el presente caso, la señora Quispe Mamani fue condenada en única instancia por el
Tribunal Supremo, sin posibilidad de revisión. Por lo tanto, el Estado violó el artículo 8.2.h)
de la Convención Americana, en relación con el artículo 1.1 del mismo instrumento.

121. La víctima permaneció incomunicada durante seis días y afirmó haber sido golpeada y
amenazada para que firmara una declaración autoinculpatoria. El Estado no investigó esas
denuncias. La Corte concluye que el Estado violó los artículos 5.1 y 5.2 de la Convención, así
como los artículos 1, 6 y 8 de la Convención Interamericana para Prevenir y Sancionar la Tortura.

150. Con base en el artículo 63.1 de la Convención Americana, la Corte ordena al Estado garantizar
a la víctima, en un plazo razonable, la posibilidad de recurrir la condena ante un tribunal
superior, y pagar las indemnizaciones fijadas en esta Sentencia. El Estado deberá asimismo
adecuar su Código Procesal Penal a los estándares establecidos en el Pacto de San José.
""",
        m(
            "artículos 5, 7, 8 y 25 de la Convención Americana sobre Derechos Humanos",
            "achr",
            "5 7 8 25",
        ),
        x("«la Convención Americana»"),
        x("«la Convención»"),
        m("su {artículo 1.1}", "achr", "1(1)"),
        m("{artículo 8.2.h) de la Convención} garantiza", "achr", "8(2)(h)"),
        m("artículo 8.2.h) de la Convención Americana", "achr", "8(2)(h)"),
        m("artículo 1.1 del mismo instrumento", "achr", "1(1)"),
        x("declaración autoinculpatoria"),
        m("artículos 5.1 y 5.2 de la Convención", "achr", "5(1) 5(2)"),
        x(
            "artículos 1, 6 y 8 de la Convención Interamericana para Prevenir y Sancionar la"
            " Tortura"
        ),
        m("artículo 63.1 de la Convención Americana", "achr", "63(1)"),
        m("Pacto de San José", "achr"),
    ),
    es(
        "es-court-02",
        "court",
        """
TRIBUNAL CONSTITUCIONAL. Sala Segunda. Sentencia 41/2024, de 11 de marzo. Recurso de amparo
5512-2022, promovido por doña Lucía Ferrer Andújar respecto de la sentencia de la Sala de lo
Social del Tribunal Superior de Justicia de Valdemora que confirmó su despido. Vulneración de los
derechos a la intimidad y a la libertad de expresión.

I. Antecedentes

1. La recurrente prestaba servicios como camarera en un restaurante de la cadena Mesón Real. En
junio de 2021 publicó en una red social privada una fotografía de la carta del restaurante con
los precios tachados y el comentario «lo que cobran a los clientes y lo que nos pagan a
nosotras». La empresa accedió a la cuenta a través de un compañero y la despidió por
transgresión de la buena fe contractual, invocando el artículo 54.2 d) del Estatuto de los
Trabajadores y el artículo 38 del convenio colectivo de hostelería de la provincia.

II. Fundamentos jurídicos

3. Conforme al artículo 10.2 de la Constitución, los derechos fundamentales se interpretan de
conformidad con la Declaración Universal de Derechos Humanos y los tratados internacionales
ratificados. Entre estos ocupa un lugar destacado el Convenio para la Protección de los Derechos
Humanos y de las Libertades Fundamentales (CEDH), cuyo art. 8 protege el derecho al respeto de la
vida privada y cuyo art. 10 garantiza la libertad de expresión, también en el ámbito de las
relaciones laborales.

4. El Tribunal Europeo de Derechos Humanos ha establecido que el empleador no puede acceder sin
garantías a las comunicaciones privadas de sus trabajadores, y que la injerencia en el derecho
reconocido en el artículo 8 del Convenio solo es legítima si es previsible, persigue un fin
legítimo y resulta proporcionada. En el presente caso, la empresa obtuvo la fotografía mediante
un tercero, sin conocimiento de la recurrente y fuera de todo control, por lo que la injerencia
no superó el juicio de proporcionalidad.

5. Tampoco puede aceptarse que la crítica de las condiciones salariales, formulada en tono
irónico ante un círculo reducido de personas, constituya una transgresión de la buena fe. Se
trata de una expresión protegida por el art. 20.1 a) de la Constitución, interpretado a la luz
del art. 10 CEDH, que ampara también las informaciones y opiniones que molestan o inquietan. El
despido vulneró, por tanto, ambos derechos fundamentales.

FALLO: Otorgar el amparo solicitado y declarar la nulidad del despido.
""",
        x("carta del restaurante"),
        x("artículo 54.2 d) del Estatuto de los Trabajadores"),
        x("artículo 38 del convenio colectivo"),
        x("artículo 10.2 de la Constitución"),
        m("Declaración Universal de Derechos Humanos", "udhr"),
        m(
            "Convenio para la Protección de los Derechos Humanos y de las Libertades Fundamentales",
            "echr",
        ),
        x("({CEDH})"),
        m("cuyo {art. 8}", "echr", "8"),
        m("cuyo {art. 10}", "echr", "10"),
        m("artículo 8 del Convenio", "echr", "8"),
        x("art. 20.1 a) de la Constitución"),
        m("art. 10 CEDH", "echr", "10"),
    ),
    es(
        "es-court-03",
        "court",
        """
SALA DE CUESTIONES PRELIMINARES I. SITUACIÓN EN LA REPÚBLICA DE LURELAND. Decisión sobre la
solicitud del Fiscal de que se dicte una orden de detención contra Andrés Kolmar.

1. La Sala examina la solicitud presentada por el Fiscal en virtud del artículo 58 del Estatuto de
Roma de la Corte Penal Internacional (en adelante, «el Estatuto»), relativa a Andrés Kolmar,
antiguo gobernador de la provincia oriental de Lureland. Lureland es Estado Parte en el Estatuto
desde 2003.

2. El Fiscal sostiene que existen motivos razonables para creer que el Sr. Kolmar es penalmente
responsable, con arreglo al artículo 25 3) a) del Estatuto, de los crímenes de lesa humanidad de
asesinato, deportación o traslado forzoso de población y persecución, previstos en los apartados
a), d) y h) del párrafo 1 del artículo 7.

3. El Fiscal solicita además que la Sala dicte la orden por el crimen de genocidio previsto en el
artículo 6 del Estatuto, y alega que la campaña contra la minoría tessana tenía por objeto
destruir al grupo como tal. La definición del artículo 6 reproduce la del artículo II de la
Convención para la Prevención y la Sanción del Delito de Genocidio, de 1948.

4. La Sala considera que el material presentado, que incluye órdenes escritas, testimonios de
sobrevivientes y un protocolo de evacuación distribuido a las unidades militares, ofrece motivos
razonables para creer que se cometieron los crímenes de lesa humanidad alegados. En cambio, en
esta fase, el material no permite inferir razonablemente la intención de destruir al grupo,
exigida tanto por el Estatuto como por la Convención sobre el Genocidio.

5. Por estos motivos, la Sala dicta una orden de detención contra Andrés Kolmar por los crímenes
previstos en el artículo 7 1) a), d) y h) del Estatuto, y rechaza, sin perjuicio de una nueva
solicitud, la relativa al genocidio. La Sala recuerda a todos los Estados Partes su obligación de
cooperar plenamente con la Corte, conforme a la Parte IX del Estatuto.
""",
        m(
            "artículo 58 del Estatuto de Roma de la Corte Penal Internacional",
            "rome-statute",
            "58",
        ),
        x("«el Estatuto»"),
        m("Parte en el {Estatuto}", "rome-statute"),
        m("artículo 25 3) a) del Estatuto", "rome-statute", "25(3)(a)"),
        m(
            "apartados a), d) y h) del párrafo 1 del artículo 7",
            "rome-statute",
            "7(1)(a) 7(1)(d) 7(1)(h)",
        ),
        m("artículo 6 del Estatuto", "rome-statute", "6"),
        m("del {artículo 6} reproduce", "rome-statute", "6"),
        m(
            "artículo II de la Convención para la Prevención y la Sanción del Delito de Genocidio",
            "genocide-convention",
            "II",
        ),
        x("protocolo de evacuación"),
        m("por el {Estatuto} como", "rome-statute"),
        m("Convención sobre el Genocidio", "genocide-convention"),
        m("artículo 7 1) a), d) y h) del Estatuto", "rome-statute", "7(1)(a) 7(1)(d) 7(1)(h)"),
        m("Parte IX del {Estatuto}", "rome-statute"),
    ),
]

# --- Spanish: NGOs, news, press releases ------------------------------------------------------

TEXTS += [
    es(
        "es-ngo-01",
        "ngo",
        """
Cosecha amarga: trabajadores migrantes en los invernaderos de Almerón

Cada temporada, unas 18.000 personas migrantes trabajan en los invernaderos de la comarca de
Almerón. Muchas viven en asentamientos sin agua potable ni electricidad, a varios kilómetros de
los campos. Entre enero y octubre, nuestra organización entrevistó a 212 trabajadores y
trabajadoras de once nacionalidades.

Tessaria es parte en el Pacto Internacional de Derechos Económicos, Sociales y Culturales
(PIDESC) desde 1977. Los artículos 6 a 8 del PIDESC reconocen el derecho a trabajar, el derecho a
condiciones de trabajo equitativas y satisfactorias y los derechos sindicales. El artículo 7
exige en particular un salario equitativo y condiciones de trabajo seguras y sanas, y el
artículo 11.1, el derecho a una vivienda adecuada. El Estado también ratificó en 2005 la
Convención Internacional sobre la Protección de los Derechos de Todos los Trabajadores
Migratorios y de sus Familiares, cuyo artículo 25 obliga a tratar a los trabajadores migratorios
en pie de igualdad con los nacionales en materia de remuneración y condiciones de trabajo.

El convenio colectivo del campo de la provincia fija un salario de 58 euros por jornada, pero el
70 % de las personas entrevistadas cobraba menos de 40. Las inspecciones de trabajo son escasas y
se anuncian con antelación. Los trabajadores en situación irregular no se atreven a denunciar por
miedo a la expulsión, y las empresas exigen a menudo la firma de una declaración de conformidad
con el salario percibido.

Pedimos al Gobierno que garantice el acceso de todos los trabajadores, con independencia de su
situación administrativa, a la inspección de trabajo y a la justicia; que cumpla las
obligaciones que le impone la Convención, en especial su artículo 25; y que ratifique el Convenio
189 de la Organización Internacional del Trabajo. Pedimos también al Comité de Derechos
Económicos, Sociales y Culturales que examine la situación en su próximo diálogo con Tessaria.
""",
        m("Pacto Internacional de Derechos Económicos, Sociales y Culturales", "icescr"),
        x("({PIDESC})"),
        m("artículos 6 a 8 del PIDESC", "icescr", "6 7 8"),
        m("El {artículo 7} exige", "icescr", "7"),
        m("artículo 11.1", "icescr", "11(1)"),
        m(
            "Convención Internacional sobre la Protección de los Derechos de Todos los"
            " Trabajadores Migratorios y de sus Familiares",
            "icmw",
        ),
        m("cuyo {artículo 25}", "icmw", "25"),
        x("convenio colectivo"),
        x("declaración de conformidad"),
        m("impone la {Convención}", "icmw"),
        m("su {artículo 25}", "icmw", "25"),
        x("Convenio 189 de la Organización Internacional del Trabajo"),
        x("Comité de Derechos Económicos, Sociales y Culturales"),
    ),
    es(
        "es-ngo-02",
        "ngo",
        """
Informe sombra al Comité para la Eliminación de la Discriminación Racial: el proyecto minero Cerro
Azul y los derechos del pueblo wayuri

1. Este informe sombra se presenta con ocasión del examen de los informes periódicos de Tessaria
por el Comité para la Eliminación de la Discriminación Racial (CERD). Se refiere a la concesión
minera otorgada en 2021 en el territorio ancestral del pueblo wayuri, sin consulta previa.

2. Tessaria es parte en la Convención Internacional sobre la Eliminación de todas las Formas de
Discriminación Racial desde 1968. En su Recomendación general núm. 23, el Comité exhortó a los
Estados a garantizar que no se adopte ninguna decisión directamente relacionada con los derechos
de los pueblos indígenas sin su consentimiento informado. El artículo 5 d) v) de la Convención
protege el derecho a ser propietario de bienes, individual y colectivamente.

3. Tessaria votó a favor de la Declaración de las Naciones Unidas sobre los Derechos de los
Pueblos Indígenas en 2007. El artículo 32.2 de la Declaración exige que los Estados celebren
consultas y cooperen de buena fe con los pueblos indígenas a fin de obtener su consentimiento
libre e informado antes de aprobar cualquier proyecto que afecte a sus tierras, en particular en
relación con la explotación de recursos minerales. Los artículos 26 y 10 de la Declaración
protegen, respectivamente, el derecho a las tierras tradicionales y la prohibición del
desplazamiento forzado.

4. La empresa concesionaria presentó en 2022 una «carta de compromiso social» y firmó un
protocolo de relacionamiento comunitario con las autoridades municipales, pero ninguno de esos
documentos fue consultado con las autoridades tradicionales wayuri. Tessaria tampoco ha
ratificado el Convenio núm. 169 de la OIT.

5. Solicitamos al Comité que recomiende a Tessaria suspender la concesión hasta que se haya
realizado una consulta conforme al artículo 32 de la Declaración, y que garantice a los wayuri,
de conformidad con el artículo 2 de la Convención, una protección efectiva contra la
discriminación racial.
""",
        x("Comité para la Eliminación de la Discriminación Racial"),
        x("Comité para la Eliminación de la Discriminación Racial", n=1),
        x("({CERD})"),
        m(
            "Convención Internacional sobre la Eliminación de todas las Formas de Discriminación"
            " Racial",
            "icerd",
        ),
        m("artículo 5 d) v) de la Convención", "icerd", "5(d)(v)"),
        m(
            "Declaración de las Naciones Unidas sobre los Derechos de los Pueblos Indígenas",
            "undrip",
        ),
        m("artículo 32.2 de la Declaración", "undrip", "32(2)"),
        m("artículos 26 y 10 de la Declaración", "undrip", "26 10"),
        x("carta de compromiso social"),
        x("protocolo de relacionamiento comunitario"),
        x("Convenio núm. 169 de la OIT"),
        m("artículo 32 de la Declaración", "undrip", "32"),
        m("artículo 2 de la Convención", "icerd", "2"),
    ),
    es(
        "es-ngo-03",
        "ngo",
        """
Mujeres con discapacidad y violencia: informe alternativo

1. La Coalición de Organizaciones de Mujeres con Discapacidad de Vessaria presenta este informe
alternativo al Comité sobre los Derechos de las Personas con Discapacidad con motivo del examen
del informe inicial de Vessaria. Vessaria ratificó en 2009 la Convención sobre los Derechos de
las Personas con Discapacidad (CDPD) y su Protocolo Facultativo.

2. El artículo 6 de la CDPD reconoce que las mujeres y niñas con discapacidad están sujetas a
múltiples formas de discriminación y obliga a los Estados a adoptar medidas para asegurar que
puedan disfrutar plenamente y en igualdad de condiciones de todos los derechos. El artículo 16
exige proteger a las personas con discapacidad contra todas las formas de explotación, violencia
y abuso, incluidos los aspectos relacionados con el género. Sin embargo, ninguno de los 42
centros de acogida para víctimas de violencia de género del país es plenamente accesible.

3. Las mujeres con discapacidad intelectual o psicosocial siguen siendo sometidas a
esterilizaciones sin su consentimiento libre e informado, autorizadas por un juez a petición de
sus tutores. Esta práctica es contraria a los artículos 12, 17 y 23.1 c) de la Convención, así
como a los artículos 12 y 16.1 e) de la CEDAW.

4. El Código Civil mantiene la incapacitación judicial, que priva a miles de mujeres de su
capacidad jurídica. El artículo 12.2 de la CDPD exige reconocer que las personas con discapacidad
tienen capacidad jurídica en igualdad de condiciones con las demás en todos los aspectos de la
vida. El anteproyecto de reforma presentado en 2023 conserva, pese a las promesas del Gobierno,
la tutela para los casos «más graves».

5. Solicitamos al Comité que recomiende a Vessaria prohibir por ley la esterilización forzada,
cerrar progresivamente las instituciones residenciales conforme al artículo 19 de la Convención,
y garantizar que el protocolo de atención a víctimas de violencia de género incluya intérpretes
de lengua de signos y formatos de lectura fácil.
""",
        x("Comité sobre los Derechos de las Personas con Discapacidad"),
        m("Convención sobre los Derechos de las Personas con Discapacidad", "crpd"),
        x("({CDPD})"),
        m("Protocolo Facultativo", "crpd-op"),
        m("artículo 6 de la CDPD", "crpd", "6"),
        m("El {artículo 16}", "crpd", "16"),
        m("artículos 12, 17 y 23.1 c) de la Convención", "crpd", "12 17 23(1)(c)"),
        m("artículos 12 y 16.1 e) de la CEDAW", "cedaw", "12 16(1)(e)"),
        m("artículo 12.2 de la CDPD", "crpd", "12(2)"),
        m("artículo 19 de la Convención", "crpd", "19"),
        x("protocolo de atención"),
    ),
    es(
        "es-news-01",
        "news",
        """
Multa récord a un restaurante de Merva por emplear a menores

Un juzgado de lo social de Merva impuso este jueves una multa de 180.000 euros a la cadena de
restaurantes El Fogón de Lara por emplear a once menores de 16 años como ayudantes de cocina y
repartidores durante el verano. Según la sentencia, los chicos trabajaban hasta diez horas
diarias, sin contrato ni seguro, y cobraban en efectivo.

La inspección de trabajo descubrió los hechos tras la denuncia de una madre, que encontró a su
hijo de 14 años fregando platos a medianoche. «Ni siquiera figuraban en la plantilla. Sus nombres
no aparecían en ningún documento de la empresa», explicó a este diario la inspectora Marta Ruiz.

El juez recordó en su fallo que Tessaria es parte en la Convención sobre los Derechos del Niño,
cuyo artículo 32 reconoce el derecho del niño a estar protegido contra la explotación económica y
contra el desempeño de cualquier trabajo que pueda ser peligroso o entorpecer su educación. La
sentencia cita también el convenio colectivo de hostelería, que prohíbe expresamente el trabajo
nocturno de menores de 18 años.

El Fogón de Lara, conocido por incluir en la carta del restaurante platos tradicionales a
precios populares, anunció que recurrirá la sentencia. En un comunicado, la empresa aseguró que
los menores «eran familiares de los empleados que ayudaban de manera ocasional».

Para la Plataforma por la Infancia, el caso demuestra que la Convención sigue sin cumplirse
plenamente. «El artículo 32 de la Convención exige fijar una edad mínima para trabajar y
sancionar a quien la incumpla. Este fallo va en la buena dirección», afirmó su portavoz, Andrés
Peña.
""",
        m("Convención sobre los Derechos del Niño", "crc"),
        m("cuyo {artículo 32}", "crc", "32"),
        x("convenio colectivo"),
        x("carta del restaurante"),
        m("la {Convención} sigue", "crc"),
        m("artículo 32 de la Convención", "crc", "32"),
    ),
    es(
        "es-news-02",
        "news",
        """
La oposición denuncia ante la ONU la inhabilitación de su candidato

La Alianza Democrática de Tessaria anunció el domingo, al cierre de la convención del partido
celebrada en Puerto Lenca, que presentará una comunicación ante el Comité de Derechos Humanos de
las Naciones Unidas por la inhabilitación de su candidato presidencial, Julián Ortega.

Ortega fue inhabilitado en marzo por la Contraloría General por supuestas irregularidades
administrativas durante su etapa de alcalde, sin que mediara condena penal. Sus abogados
sostienen que la decisión viola el Pacto Internacional de Derechos Civiles y Políticos, cuyo
artículo 25 garantiza a todos los ciudadanos el derecho a votar y ser elegidos sin restricciones
indebidas.

«El Pacto es claro: las restricciones al derecho a ser elegido deben basarse en criterios
objetivos y razonables, y una sanción administrativa no lo es», afirmó ante los delegados la
abogada Carmen Sotelo. Sotelo citó también el artículo 23 de la Convención Americana, que solo
admite limitar los derechos políticos por condena de juez competente en proceso penal.

El ministro del Interior, Raúl Benítez, restó importancia al anuncio. «La Alianza firmó hace dos
años un pacto de gobernabilidad con nosotros y ahora quiere internacionalizar un asunto
interno», dijo. Benítez aseguró además que «el artículo 33 de la Declaración Universal de
Derechos Humanos permite a los Estados limitar los derechos políticos», una disposición que no
existe: la Declaración tiene 30 artículos, y los límites admisibles figuran en su artículo 29.

El Comité, que no tiene plazos fijos, suele tardar entre dos y cuatro años en pronunciarse sobre
una comunicación.
""",
        x("convención del partido"),
        x("Comité de Derechos Humanos"),
        m("Pacto Internacional de Derechos Civiles y Políticos", "iccpr"),
        m("cuyo {artículo 25}", "iccpr", "25"),
        m("El {Pacto} es claro", "iccpr"),
        m("artículo 23 de la Convención Americana", "achr", "23"),
        x("pacto de gobernabilidad"),
        m(
            "artículo 33 de la Declaración Universal de Derechos Humanos",
            "udhr",
            invalid="33",
        ),
        m("la {Declaración} tiene", "udhr"),
        x("30 artículos"),
        m("su {artículo 29}", "udhr", "29"),
    ),
    es(
        "es-press-release-01",
        "press-release",
        """
PUERTO LENCA, Tessaria, 20 de junio. Con motivo del Día Mundial del Refugiado, la Red Regional
de Protección de Personas Refugiadas exhortó hoy a los Estados de la región a poner fin a las
devoluciones en las fronteras, informó la agencia Prensa Istmeña.

«La Convención sobre el Estatuto de los Refugiados de 1951 y su Protocolo de 1967 siguen siendo
la piedra angular de la protección internacional. El artículo 33 de la Convención prohíbe
devolver a una persona refugiada a un territorio donde su vida o su libertad corran peligro, y
ese principio obliga a todos los Estados, también en sus fronteras», señaló la Red en un
comunicado.

Según la organización, más de 4.000 personas fueron rechazadas en los pasos fronterizos de la
región en los primeros cinco meses del año, entre ellas cientos de niños no acompañados. Muchas
de ellas no pudieron siquiera formalizar su solicitud de asilo ni obtener el estatuto de
refugiado.

La Red recordó que la Declaración de Cartagena sobre Refugiados de 1984, incorporada a la
legislación de varios países de la región, amplía la definición de refugiado a las personas que
huyen de la violencia generalizada. «La Declaración de Cartagena no es un tratado, pero refleja
un consenso regional que los gobiernos no pueden ignorar», añadió.

«Pedimos a los Estados que aún no lo han hecho que se adhieran a la Convención de 1954 sobre el
Estatuto de los Apátridas y a la Convención para reducir los casos de apatridia de 1961»,
concluyó la Red.
""",
        m("Convención sobre el Estatuto de los Refugiados de 1951", "refugee-convention-1951"),
        m("Protocolo de 1967", "refugee-protocol-1967"),
        m("artículo 33 de la Convención", "refugee-convention-1951", "33"),
        x("estatuto de refugiado"),
        x("Declaración de Cartagena sobre Refugiados"),
        x("«La {Declaración de Cartagena}"),
        m("Convención de 1954 sobre el Estatuto de los Apátridas", "stateless-persons-1954"),
        m("Convención para reducir los casos de apatridia de 1961", "statelessness-1961"),
    ),
    es(
        "es-press-release-02",
        "press-release",
        """
MERVA, Tessaria, 30 de agosto. En el Día Internacional de las Víctimas de Desapariciones
Forzadas, la Asociación de Familiares de Detenidos Desaparecidos de Tessaria (AFADET) exigió al
Gobierno que ratifique sin demora la Convención Internacional para la Protección de Todas las
Personas contra las Desapariciones Forzadas, informó la agencia Notimerva.

«Llevamos 40 años buscando a nuestros hijos. La Convención reconoce en su artículo 24 el derecho
de las víctimas a conocer la verdad sobre las circunstancias de la desaparición y la suerte de
la persona desaparecida. Ese derecho no puede seguir dependiendo de la voluntad política de cada
Gobierno», afirmó la presidenta de la asociación, Elvira Cárdenas.

La asociación recordó que, según el artículo 1 de la Convención, nadie será sometido a una
desaparición forzada y ninguna circunstancia excepcional puede invocarse para justificarla, y que
el artículo 5 califica la práctica generalizada o sistemática de la desaparición forzada como
crimen de lesa humanidad. El Estatuto de Roma, en su artículo 7.1.i), la incluye también entre
esos crímenes.

Tessaria firmó la Convención en 2007 pero nunca la ratificó. En 2019, el Congreso aprobó una
declaración de apoyo a las familias de las víctimas, que no tuvo consecuencias prácticas. Según
la asociación, al menos 1.200 personas siguen desaparecidas desde la dictadura.

La AFADET también pidió al Gobierno que reconozca la competencia del Comité contra la
Desaparición Forzada para recibir comunicaciones individuales, conforme al artículo 31 de la
Convención, y que aplique plenamente la Declaración sobre la protección de todas las personas
contra las desapariciones forzadas, aprobada por la Asamblea General en 1992.
""",
        m(
            "Convención Internacional para la Protección de Todas las Personas contra las"
            " Desapariciones Forzadas",
            "cped",
        ),
        m("La {Convención} reconoce", "cped"),
        m("su {artículo 24}", "cped", "24"),
        m("artículo 1 de la Convención", "cped", "1"),
        m("el {artículo 5} califica", "cped", "5"),
        m("Estatuto de Roma", "rome-statute"),
        m("artículo 7.1.i)", "rome-statute", "7(1)(i)"),
        m("firmó la {Convención}", "cped"),
        x("declaración de apoyo"),
        x("Comité contra la Desaparición Forzada"),
        m("artículo 31 de la Convención", "cped", "31"),
        x(
            "Declaración sobre la protección de todas las personas contra las desapariciones"
            " forzadas"
        ),
    ),
]

# --- Spanish: academic ----------------------------------------------------------------------

TEXTS += [
    es(
        "es-academic-01",
        "academic",
        """
La libertad de circulación en el sistema universal y en los sistemas regionales

El derecho a salir de cualquier país y a regresar al propio está reconocido en el artículo 13.2
de la Declaración Universal de Derechos Humanos (DUDH) y, con carácter vinculante, en el PIDCP,
art. 12, párr. 4. El Comité de Derechos Humanos ha interpretado la expresión «su propio país» de
manera amplia: en su opinión, el párrafo 4 del artículo 12 también protege a los residentes de
larga duración que carecen de la nacionalidad del Estado. Los párrafos 1 a 3 del artículo 12
regulan la libertad de circulación dentro del territorio y el derecho a salir de cualquier país.
A diferencia de la DUDH, el Pacto permite restringir esos derechos cuando sea necesario para
proteger la seguridad nacional o el orden público (artículo 12.3), pero nunca de forma
arbitraria.

En el sistema interamericano, el artículo 22 de la Convención Americana sobre Derechos Humanos
(CADH) consagra el derecho de circulación y de residencia. El artículo 22.5 de la CADH prohíbe
expulsar a los nacionales y privarlos del derecho a ingresar en su territorio, el artículo 22.7
reconoce el derecho a buscar y recibir asilo y el artículo 22.8 consagra el principio de no
devolución en términos más amplios que la Convención de 1951, pues protege a todo extranjero
cuyo derecho a la vida o a la libertad personal esté en riesgo.

La Carta Africana de Derechos Humanos y de los Pueblos, también conocida como Carta de Banjul,
sigue un modelo semejante. El artículo 12.3 de la Carta reconoce el derecho a buscar y obtener
asilo «de conformidad con las leyes de esos países y los convenios internacionales», y el
artículo 12.5 prohíbe la expulsión masiva de extranjeros. La referencia a los convenios
internacionales se entiende hecha a la Convención de 1951 y a la Convención de la OUA por la que
se regulan los aspectos específicos de los problemas de los refugiados en África.

En Europa, la libertad de circulación no figura en el Convenio Europeo de Derechos Humanos, sino
en su Protocolo núm. 4, que no todos los Estados miembros han ratificado. Por ello, los
solicitantes de asilo han invocado sobre todo el artículo 3 del Convenio, cuyo carácter absoluto
lo ha convertido en el principal instrumento de protección contra la devolución en Europa.
""",
        m("artículo 13.2 de la Declaración Universal de Derechos Humanos", "udhr", "13(2)"),
        x("({DUDH})"),
        m("PIDCP, art. 12, párr. 4", "iccpr", "12(4)"),
        x("Comité de Derechos Humanos"),
        m("párrafo 4 del artículo 12", "iccpr", "12(4)"),
        m("párrafos 1 a 3 del artículo 12", "iccpr", "12(1) 12(2) 12(3)"),
        m("de la {DUDH}, el Pacto", "udhr"),
        m("el {Pacto} permite", "iccpr"),
        m("artículo 12.3", "iccpr", "12(3)"),
        m("artículo 22 de la Convención Americana sobre Derechos Humanos", "achr", "22"),
        x("({CADH})"),
        m("artículo 22.5 de la CADH", "achr", "22(5)"),
        m("artículo 22.7", "achr", "22(7)"),
        m("artículo 22.8", "achr", "22(8)"),
        m("Convención de 1951", "refugee-convention-1951"),
        m("Carta Africana de Derechos Humanos y de los Pueblos", "achpr"),
        m("Carta de Banjul", "achpr"),
        m("artículo 12.3 de la Carta", "achpr", "12(3)"),
        x("convenios internacionales»"),
        x("convenios internacionales", n=1),
        m("artículo 12.5", "achpr", "12(5)"),
        m("Convención de 1951", "refugee-convention-1951", n=1),
        x(
            "Convención de la OUA por la que se regulan los aspectos específicos de los"
            " problemas de los refugiados en África"
        ),
        m("Convenio Europeo de Derechos Humanos", "echr"),
        x("Protocolo núm. 4"),
        m("artículo 3 del Convenio", "echr", "3"),
    ),
    es(
        "es-academic-02",
        "academic",
        """
La protección de la población civil en los conflictos armados sin carácter internacional

Durante décadas, el único fundamento convencional de la protección de los civiles en los
conflictos armados internos fue el artículo 3 común a los cuatro Convenios de Ginebra de 1949.
Esa disposición, calificada a menudo de «convenio en miniatura», prohíbe los atentados contra la
vida y la integridad corporal, la toma de rehenes y las condenas dictadas sin juicio previo ante
un tribunal regularmente constituido.

El Protocolo adicional II de 1977 desarrolló esas garantías. Su artículo 4 enumera las garantías
fundamentales de las personas que no participan directamente en las hostilidades; el artículo 13
protege a la población civil contra los ataques, y el artículo 17 prohíbe ordenar el
desplazamiento de la población civil por razones relacionadas con el conflicto, salvo que así lo
exijan su seguridad o razones militares imperiosas. Sin embargo, el Protocolo solo se aplica a
los conflictos en los que un grupo armado ejerce sobre una parte del territorio un control tal
que le permita realizar operaciones militares sostenidas y concertadas.

En los conflictos armados internacionales, la protección es mucho más detallada. El IV Convenio
de Ginebra dedica su título III a las personas protegidas, y su artículo 49 prohíbe los traslados
forzosos y las deportaciones desde el territorio ocupado. El Protocolo adicional I completó ese
régimen: su artículo 51.2 prohíbe que la población civil sea objeto de ataques y el artículo 75
establece garantías mínimas para todas las personas en poder de una parte en conflicto.

La Corte Penal Internacional ha contribuido a reducir la distancia entre ambos regímenes. El
Estatuto de Roma tipifica como crímenes de guerra en los conflictos sin carácter internacional
numerosas conductas que antes solo estaban prohibidas en los internacionales, entre ellas ordenar
el desplazamiento de la población civil (artículo 8.2.e.viii). Conviene advertir, por último,
que algunas resoluciones judiciales nacionales citan un inexistente artículo 30 del Protocolo
adicional II, que solo consta de 28 artículos.
""",
        m(
            "artículo 3 común a los cuatro Convenios de Ginebra de 1949",
            "geneva-conventions-1949",
            "3",
        ),
        x("convenio en miniatura"),
        m("Protocolo adicional II", "ap-ii"),
        m("Su {artículo 4}", "ap-ii", "4"),
        m("el {artículo 13}", "ap-ii", "13"),
        m("el {artículo 17}", "ap-ii", "17"),
        m("el {Protocolo} solo", "ap-ii"),
        m("IV Convenio de Ginebra", "gc-iv"),
        m("su {artículo 49}", "gc-iv", "49"),
        m("{Protocolo adicional I} completó", "ap-i"),
        m("su {artículo 51.2}", "ap-i", "51(2)"),
        m("el {artículo 75}", "ap-i", "75"),
        m("Estatuto de Roma", "rome-statute"),
        m("artículo 8.2.e.viii", "rome-statute", "8(2)(e)(viii)"),
        m("artículo 30 del Protocolo adicional II", "ap-ii", invalid="30"),
        x("28 artículos"),
    ),
]

# --- Spanish after English: a mixed-language text, tagged "es" -----------------------------

TEXTS += [
    es(
        "es-news-03",
        "news",
        """
NORTH RIDGE — Lawyers for a group of 40 asylum seekers turned back at the Carran Bridge crossing
on Monday say the expulsions breach the 1951 Refugee Convention and its 1967 Protocol, which
Norland has ratified. "Article 33 of the Refugee Convention prohibits returning a refugee to a
country where his life or freedom would be threatened, and it applies at the border," said
attorney Daniel Brooks.

Del otro lado del puente, en Puerto Lenca, las organizaciones tessarias de derechos humanos
denunciaron que entre los devueltos hay familias con niños pequeños. «La Convención sobre el
Estatuto de los Refugiados de 1951 es clara, y el artículo 22 de la Convención sobre los Derechos
del Niño obliga a proteger especialmente a los niños que solicitan asilo», señaló Lucía Herrera,
de la Red de Acogida Fronteriza. Herrera añadió que la Convención Americana sobre Derechos
Humanos prohíbe en su artículo 22.9 la expulsión colectiva de extranjeros.

Las autoridades de Norland aseguraron que aplican un protocolo de emergencia sanitaria y que las
solicitudes de asilo pueden presentarse en línea. El Gobierno de Tessaria, por su parte, anunció
que pedirá explicaciones por la vía diplomática.
""",
        m("1951 Refugee Convention", "refugee-convention-1951"),
        m("1967 Protocol", "refugee-protocol-1967"),
        m("Article 33 of the Refugee Convention", "refugee-convention-1951", "33"),
        m("Convención sobre el Estatuto de los Refugiados de 1951", "refugee-convention-1951"),
        m("artículo 22 de la Convención sobre los Derechos del Niño", "crc", "22"),
        m("Convención Americana sobre Derechos Humanos", "achr"),
        m("su {artículo 22.9}", "achr", "22(9)"),
        x("protocolo de emergencia sanitaria"),
    ),
]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
