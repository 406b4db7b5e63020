"""Where a literal occurs, found with ``str.find``.

Several parse steps search an expression that opens with a character class
or an alternation ("a digit", "các|những"), which makes Python's engine try
every offset of a plan.  Each such expression also holds a literal (a "/",
"lĩnh vực") that ``str.find`` reaches many times faster; the parser finds
those first and tries the expression only just before them.
"""

from __future__ import annotations


def positions(text: str, *needles: str) -> list[int]:
    """Every offset where one of ``needles`` begins, in order."""
    found: list[int] = []
    for needle in needles:
        i = text.find(needle)
        while i >= 0:
            found.append(i)
            i = text.find(needle, i + 1)
    found.sort()
    return found
