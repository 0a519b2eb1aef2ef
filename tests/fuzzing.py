"""How many examples a property test runs: a short run by default (what CI runs), and
``LINKER_FUZZ_EXAMPLES`` examples for the long one (see the README)::

    LINKER_FUZZ_EXAMPLES=5000 python3 -m pytest tests/test_properties.py \\
        tests/test_annotate.py tests/test_htmldoc.py
"""

from __future__ import annotations

import os


def examples(default: int) -> int:
    """``LINKER_FUZZ_EXAMPLES`` when set, else ``default``."""
    value = os.environ.get("LINKER_FUZZ_EXAMPLES", "").strip()
    return int(value) if value else default
