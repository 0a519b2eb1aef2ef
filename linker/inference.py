"""Inferred pinpoints: the articles that state a right, for instruments cited with it.

"the right to return enshrined in the Universal Declaration of Human Rights, the
International Covenant on Civil and Political Rights, the Convention Relating to the
Status of Refugees" cites three instruments and no article. Each instrument mention in the
same sentence as a named right, cited without articles, gets ``inferred_articles``: the
articles of that instrument that state the right in their own words (basis ``text``;
readings by interpretation are too weak to infer from). An instrument with no such article
gets an empty list — said so, not given a guess. Cited ``articles`` are never touched.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from dataclasses import replace

from linker.models import Mention
from linker.rights import RightsIndex

#: A full stop after these is an abbreviation, not the end of a sentence: "No. 4", "arts. 6".
_ABBREVIATIONS = "".join(
    rf"(?<!{word})"
    for word in (
        *("No", "Nos", "no", "nos", "Art", "Arts", "art", "arts", "para", "paras"),
        *("p", "pp", "vol", "cf", "Mr", "Ms", "Dr", "St"),
    )
)
_SENTENCE_END = re.compile(rf"{_ABBREVIATIONS}[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z])|\n[ \t]*\n")


def sentence_starts(text: str) -> list[int]:
    """Offsets where sentences begin (0 first): after . ! ? and a capital, or a blank line."""
    return [0, *(m.end() for m in _SENTENCE_END.finditer(text))]


def infer_right_articles(
    text: str,
    mentions: list[Mention],
    rights: RightsIndex,
    members: Mapping[str, tuple[str, ...]] | None = None,
) -> list[Mention]:
    """Return ``mentions`` with ``inferred_articles`` set where a right settles them.
    ``members`` maps a group entry (the four Geneva Conventions) to the instruments in it."""
    members = members or {}
    if not any(m.kind == "right" for m in mentions):
        return mentions
    starts = sentence_starts(text)
    rights_by_sentence: dict[int, list[Mention]] = {}
    for mention in mentions:
        if mention.kind == "right":
            sentence = bisect.bisect_right(starts, mention.start) - 1
            rights_by_sentence.setdefault(sentence, []).append(mention)
    return [_with_inference(m, starts, rights_by_sentence, rights, members) for m in mentions]


def _with_inference(mention, starts, rights_by_sentence, rights: RightsIndex, members) -> Mention:
    if mention.instrument is None or mention.articles or mention.invalid_articles:
        return mention
    sentence = bisect.bisect_right(starts, mention.start) - 1
    named = rights_by_sentence.get(sentence)
    if not named:
        return mention
    right_mention = _nearest(named, mention)
    right = rights.get(right_mention.right)
    inferred = right.articles_for(mention.instrument, basis="text")
    if not inferred and any(right.articles_for(m) for m in members.get(mention.instrument, ())):
        return mention  # "the Geneva Conventions": one of the four states it, not the group
    return replace(mention, inferred_articles=tuple(inferred), inferred_right=right.id)


def _nearest(candidates: list[Mention], mention: Mention) -> Mention:
    """The right named last before the mention ("the right to return enshrined in the
    UDHR"), else the first one after it ("the UDHR guarantees the right to asylum")."""
    before = [c for c in candidates if c.end <= mention.start]
    return before[-1] if before else candidates[0]
