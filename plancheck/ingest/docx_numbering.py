"""Render Word's automatic list numbering as the text a reader sees.

Vietnamese plans number their headings "I.", "1.", "a)" with Word's list
feature, so the numbers are not in the paragraph text at all.  python-docx
reads paragraphs but does not compute these labels; this module does, from
numbering.xml: per list instance and level a counter, reset when a
shallower level advances, formatted by the level's numFmt and lvlText.

numbering.xml comes from whoever wrote the file, so every value is read
within Word's own bounds (levels 0–8, starts 0–32767, a level text of at
most 255 characters): a start of 10¹¹ with lowerLetter would otherwise ask
for a label of billions of letters, and a malformed number is no traceback.
"""

from __future__ import annotations

from dataclasses import dataclass, field

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

MAX_LEVEL = 8  # Word has nine list levels
MAX_START = 32767  # the largest start Word accepts
MAX_LEVEL_TEXT = 255
MAX_LABEL = 64  # characters of a rendered label, whatever the level text asks


def bounded_int(value: str | None, default: int, low: int, high: int) -> int:
    """``value`` as Word would take it: a number within [low, high], else ``default``."""
    try:
        n = int(value) if value is not None else default
    except ValueError:
        return default
    return min(max(n, low), high)


@dataclass(slots=True)
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


@dataclass(slots=True)
class _List:
    levels: dict[int, _Level]
    overrides: dict[int, int] = field(default_factory=dict)


def _roman(n: int) -> str:
    parts = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ]
    out = []
    for value, sym in parts:
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def _letters(n: int) -> str:
    # Word repeats the letter past z: aa, bb ...
    n -= 1
    return chr(ord("a") + n % 26) * (n // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    if fmt in ("upperRoman", "lowerRoman", "upperLetter", "lowerLetter") and not 1 <= n <= 3999:
        return str(n)  # no Roman numeral or letter for it: the digits, as a reader could still follow
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)


def _val(el, tag: str) -> str | None:
    child = el.find(W + tag) if el is not None else None
    return child.get(W + "val") if child is not None else None


class Numbering:
    """Counters for every list of one document."""

    def __init__(self, numbering_element) -> None:
        self._lists: dict[str, _List] = {}
        self._counters: dict[str, dict[int, int]] = {}
        if numbering_element is None:
            return
        abstract: dict[str, dict[int, _Level]] = {}
        for an in numbering_element.findall(W + "abstractNum"):
            levels: dict[int, _Level] = {}
            for lvl in an.findall(W + "lvl"):
                ilvl = bounded_int(lvl.get(W + "ilvl"), 0, 0, MAX_LEVEL)
                text = _val(lvl, "lvlText")
                levels[ilvl] = _Level(
                    fmt=_val(lvl, "numFmt") or "decimal",
                    text=text[:MAX_LEVEL_TEXT] if text is not None else f"%{ilvl + 1}.",
                    start=bounded_int(_val(lvl, "start"), 1, 0, MAX_START),
                )
            abstract[an.get(W + "abstractNumId")] = levels
        for num in numbering_element.findall(W + "num"):
            ref = _val(num, "abstractNumId")
            overrides = {}
            for ov in num.findall(W + "lvlOverride"):
                start = _val(ov, "startOverride")
                if start is not None:
                    overrides[bounded_int(ov.get(W + "ilvl"), 0, 0, MAX_LEVEL)] = bounded_int(start, 1, 0, MAX_START)
            self._lists[num.get(W + "numId")] = _List(abstract.get(ref, {}), overrides)

    def label(self, num_id: str, ilvl: int) -> str:
        """Advance the counter of (list, level) and return the rendered label."""
        lst = self._lists.get(num_id)
        if lst is None or num_id == "0":
            return ""
        counters = self._counters.setdefault(num_id, {})
        level = lst.levels.get(ilvl, _Level(text=f"%{ilvl + 1}."))
        ilvl = min(max(ilvl, 0), MAX_LEVEL)
        if ilvl in counters:
            counters[ilvl] = min(counters[ilvl] + 1, 10 * MAX_START)
        else:
            counters[ilvl] = lst.overrides.get(ilvl, level.start)
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if level.fmt == "bullet":
            return "-"
        text = level.text
        for k in range(ilvl, -1, -1):
            placeholder = f"%{k + 1}"
            if placeholder in text:
                lv = lst.levels.get(k, _Level())
                value = counters.get(k, lst.overrides.get(k, lv.start))
                fmt = level.fmt if k == ilvl else lv.fmt
                text = text.replace(placeholder, format_number(value, fmt))
                if len(text) > MAX_LABEL:
                    break
        return text[:MAX_LABEL]
