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

- each span is found, starts and ends on a word boundary, does not start with "the";
- spans are sorted and never overlap; instrument ids are known;
- every citation cue (article, convention, covenant, ICCPR, ...) in a text lies inside a
  mention or a listed non-mention, so nothing is left unannotated by oversight;
- each pinpoint exists in the official text (``../shared/oracle/texts``, or the folder
  named by ``LINKER_ORACLE``) and each invalid pinpoint does not; instruments without an
  oracle text are listed for review instead.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD_FILE = HERE / "gold.jsonl"
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
CUE = re.compile(
    r"""(?<![\w-])(?:
        (?i:covenants?|conventions?|declarations?|charters?|statutes?|protocols?|articles?|arts?\.)
      | Principles? | UDHR | ICCPR | ICESCR | ICERD | CERD | CEDAW | CAT | OPCAT | CRC | CRPD
      | CPED | ECHR | ACHPR | ACHR | UNDRIP | UNCRC | VCLT | ICMW | OPAC | OPSC
      | OP-[A-Z]+ | OP[0-9]
    )(?!\w)
    | §""",
    re.VERBOSE,
)
PINPOINT = re.compile(r"^(?P<art>\d+|[IVXL]+)(?P<sec>[A-F])?(?P<path>(?:\([0-9a-z]+\))*)$")


@dataclass(frozen=True)
class Ann:
    """One annotation: where the span is, and what it cites (empty instrument: not a mention)."""

    span: str
    n: int
    instrument: str
    articles: tuple[str, ...]
    invalid: tuple[str, ...]


@dataclass(frozen=True)
class Gold:
    """One gold text as authored: prose wrapped freely, paragraphs split by a blank line."""

    id: str
    style: str
    body: str
    annotations: tuple[Ann, ...]
    lang: str = "en"
    keep_lines: bool = False

    @property
    def text(self) -> str:
        """The text as submitted: unless ``keep_lines``, lines inside a paragraph are joined."""
        body = self.body.strip("\n")
        if self.keep_lines:
            return body
        paragraphs = re.split(r"\n[ \t]*\n", body)
        return "\n\n".join(" ".join(line.strip() for line in p.splitlines()) for p in paragraphs)


def m(span: str, instrument: str, articles: str = "", invalid: str = "", n: int = 0) -> Ann:
    """A mention: ``articles`` and ``invalid`` are space-separated pinpoints."""
    return Ann(span, n, instrument, tuple(articles.split()), tuple(invalid.split()))


def x(span: str, n: int = 0) -> Ann:
    """A look-alike that is not a mention (a committee, a generic word, an unlisted text)."""
    return Ann(span, n, "", (), ())


def t(id: str, style: str, body: str, *annotations: Ann, keep_lines: bool = False) -> Gold:
    return Gold(id, style, body, tuple(annotations), keep_lines=keep_lines)


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
    if ann.instrument and re.match(r"(?i)the\s", span):
        raise ValueError(f"{span!r}: a span excludes a leading 'the'")


def build(gold: Gold, oracle: Oracle) -> dict:
    """The gold.jsonl record of one text, after every check."""
    if gold.style not in STYLES:
        raise ValueError(f"unknown style {gold.style!r}")
    text = gold.text
    placed = []
    for ann in gold.annotations:
        start, end = locate(text, ann)
        check_span(text, start, end, ann)
        placed.append((start, end, ann))
    placed.sort(key=lambda item: item[:2])
    mentions = [(s, e, a) for s, e, a in placed if a.instrument]
    for (_, end, a), (start, _, b) in itertools.pairwise(mentions):
        if start < end:
            raise ValueError(f"mentions overlap: {a.span!r} and {b.span!r}")
    audit(text, placed)
    for _, _, ann in mentions:
        check_pinpoints(ann, oracle)
    return {
        "id": gold.id,
        "style": gold.style,
        "lang": gold.lang,
        "text": text,
        "mentions": [record(text, s, e, a) for s, e, a in mentions],
    }


def record(text: str, start: int, end: int, ann: Ann) -> dict:
    return {
        "start": start,
        "end": end,
        "text": text[start:end],
        "instrument": ann.instrument,
        "articles": list(ann.articles),
        "invalid_articles": list(ann.invalid),
    }


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
    by_style = ", ".join(f"{k} {v}" for k, v in sorted(styles.items()))
    return f"{len(records)} texts, {words} words, {mentions} mentions ({by_style})"


def main(argv: list[str]) -> int:
    content, oracle = build_all(TEXTS)
    if not oracle.available:
        print(f"note: no oracle at {ORACLE_DIR}; pinpoints were not checked", file=sys.stderr)
    for instrument, pinpoint in sorted(oracle.unchecked):
        print(f"note: no oracle text for {instrument}; check {pinpoint} by hand", file=sys.stderr)
    if "--check" in argv:
        current = GOLD_FILE.read_text(encoding="utf-8") if GOLD_FILE.exists() else ""
        if current != content:
            print("gold.jsonl is out of date: run python3 tests/corpus/build_gold.py")
            return 1
        print(f"gold.jsonl is up to date: {summary(content)}")
        return 0
    GOLD_FILE.write_text(content, encoding="utf-8")
    print(f"wrote {GOLD_FILE.name}: {summary(content)}")
    return 0


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
        m("which the {Charter} prohibits", "un-charter"),
        m("Chapter VII of the {Charter}", "un-charter"),
        m("self-defence under the {Charter}", "un-charter"),
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
        keep_lines=True,
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
        m("Universal Declaration of Human Rights", "udhr"),
        m("UDHR, art. 14(1)", "udhr", "14(1)"),
        m("UN's refugee convention", "refugee-convention-1951"),
        m("in {Article 31}.", "refugee-convention-1951", "31"),
        x("convention centre"),
        m("with the {Refugee Convention}", "refugee-convention-1951"),
        m("and the {ECHR}.", "echr"),
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
        m("Pinheiro Principles", "pinheiro-principles"),
        x("(Principles on Housing and Property Restitution for Refugees and Displaced Persons)"),
        m("Principle 2", "pinheiro-principles", "2"),
        x("Human Rights Committee", n=1),
        m("articles 12 and 60 of the Covenant", "iccpr", "12", invalid="60"),
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
        m("UN Convention against Torture", "cat"),
        m("Article 15 of that convention", "cat", "15"),
        x("Arab Charter on Human Rights"),
        m("Second Optional Protocol to the ICCPR", "iccpr-op2"),
        m("Article 1 of the Second Optional Protocol", "iccpr-op2", "1"),
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
        m("1948 Genocide Convention", "genocide-convention"),
        m("Article 2 of the convention", "genocide-convention", "II"),
        m("Article 6 of the Rome Statute", "rome-statute", "6"),
        m("the {statute} makes", "rome-statute"),
        m("its {Article 29}", "rome-statute", "29"),
        x("statute of limitations"),
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
        m("the {convention} leaves", "echr"),
        x("constitutional convention"),
        x("municipal charter"),
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
        m("Universal Declaration of Human Rights", "udhr"),
        m("articles 10 and 11", "udhr", "10 11"),
        m(
            "article 14 of the International Covenant on Civil and Political Rights",
            "iccpr",
            "14",
        ),
        x("Basic Principles on the Role of Lawyers"),
        m("party to the {Covenant}", "iccpr"),
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
        m("The {Convention} requires", "crc"),
        m("Article 1 of the 1961 Convention", "statelessness-1961", "1"),
        m("the {1954 Convention},", "stateless-persons-1954"),
        m("its {article 32}", "stateless-persons-1954", "32"),
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
        m("The {Convention} defines", "cped"),
        m("its {Article 2}", "cped", "2"),
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
        m("Charter of the United Nations", "un-charter"),
        m("Article 2(4)", "un-charter", "2(4)"),
        m("the {Charter} admits", "un-charter"),
        m("Articles 39-42", "un-charter", "39 40 41 42"),
        m("preserved by {Article 51}", "un-charter", "51"),
        m("Article 51 of the Charter", "un-charter", "51"),
        m("The text of the {Charter}", "un-charter"),
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
        m("Pact of San José", "achr"),
        m("Article 22(7)", "achr", "22(7)"),
        m("Article 22(8)", "achr", "22(8)"),
        m("refugee convention", "refugee-convention-1951"),
        m("{American Convention} also", "achr"),
        m("Article 22(9)", "achr", "22(9)"),
        m("African Charter on Human and Peoples' Rights", "achpr"),
        m("Banjul Charter", "achpr"),
        m("in {Article 12}", "achpr", "12"),
        x("international conventions"),
        x("international conventions", n=1),
        m("1951 Convention", "refugee-convention-1951"),
        x("OAU Convention Governing the Specific Aspects of Refugee Problems in Africa"),
        m("European Convention on Human Rights", "echr"),
        x("Protocol No. 4"),
        m("Article 3 of the Convention", "echr", "3"),
        x("Cartagena Declaration on Refugees"),
    ),
]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
