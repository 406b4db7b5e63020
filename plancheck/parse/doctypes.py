"""Document types, their Decree-30 abbreviations, and số/ký hiệu numbers.

Nghị định 30/2020/NĐ-CP, Phụ lục III, fixes the abbreviation of each
administrative document type; the symbol of a number starts with it
("16/KH-UBND": a kế hoạch of an UBND).  A công văn has no abbreviation: its
symbol starts with the issuer ("5919/UBND-TTPVHCC").  Party documents put the
type after a hyphen ("01-NQ/TU").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Type words as written in running text → abbreviation.  Longest first so that
# "Chương trình hành động" wins over "Chương trình".
TYPE_WORDS: list[tuple[str, str]] = [
    ("Chương trình hành động", "CTr"),
    ("Thông tư liên tịch", "TTLT"),
    ("Chương trình", "CTr"),
    ("Nghị quyết", "NQ"),
    ("Quyết định", "QĐ"),
    ("Nghị định", "NĐ"),
    ("Chỉ thị", "CT"),
    ("Kế hoạch", "KH"),
    ("Công văn", "CV"),
    ("Văn bản", "CV"),
    ("Thông báo", "TB"),
    ("Hướng dẫn", "HD"),
    ("Báo cáo", "BC"),
    ("Thông tư", "TT"),
    ("Đề án", "ĐA"),
    ("Dự án", "DA"),
    ("Phương án", "PA"),
    ("Quy chế", "QC"),
    ("Quy định", "QyĐ"),
    ("Tờ trình", "TTr"),
    ("Công điện", "CĐ"),
    ("Kết luận", "KL"),
    ("Pháp lệnh", "PL"),
    ("Luật", "Luật"),
    ("Đề cương", "ĐC"),  # a communication outline (đề cương tuyên truyền): not in Phụ lục III, but issued as such
]

# Abbreviations of Phụ lục III plus the legal types, keyed by upper case.
ABBREVIATIONS: dict[str, str] = {
    a.upper(): a
    for a in (
        "NQ QĐ CT QC QyĐ TC TB HD CTr KH PA ĐA DA BC BB TTr HĐ CĐ BGN BTT GUQ GM GGT GNP PG PC PB NĐ TT TTLT KL PL HD"
    ).split()
}

# Heading word (upper case, as on the document-type line) → abbreviation.
TYPE_HEADINGS: dict[str, str] = {word.upper(): abbr for word, abbr in TYPE_WORDS if abbr not in ("CV",)}
TYPE_HEADINGS.update({"CÔNG VĂN": "CV"})

_TYPE_WORD_LOOKUP = {w.lower(): a for w, a in TYPE_WORDS}


def abbreviation_for_word(word: str) -> str | None:
    return _TYPE_WORD_LOOKUP.get(" ".join(word.lower().split()))


TYPE_WORD_PATTERN = "|".join(re.escape(w).replace("\\ ", r"\s+") for w, _ in TYPE_WORDS)

# One part of a symbol after a separator: capitals (with Đ, and Ư: "BTTTT-ƯDCNTT"), digits (the
# legislature's term: "QH15", "UBTVQH15"), a final lower-case letter ("TTg"),
# never the start of a Vietnamese word ("Tư pháp").  Capitals glued to the
# word after them ("263/KH-UBNDngày 31/12/2024") end where the word begins.
_GLUED = r"|(?<=[A-ZĐ]{2})(?=(?:ngày|năm|của|về|do|và|tại|v/v)(?![^\W\d_]))"
_SYM_HEAD = r"[A-ZĐ][A-Za-zĐđ]{0,9}(?:\d{1,3})?(?:(?![^\W\d_])" + _GLUED + r")"
_SYM_PART = r"[A-ZĐƯ][A-ZĐƯ0-9&]*(?:[a-z](?![^\W\d_])|(?![^\W\d_])" + _GLUED + r")"
_DASH = r"[-\u2010-\u2015]"
# A copy that lost the dash before the issuing body: "07/KH UBND" (only before the bodies that sign plans).
_LOST_DASH = r"|[ \t]+(?=(?:UBND|HĐND|UBMTTQ|BCĐ)(?![^\W\d_]))"
_SYM_SEP = r"(?:\s*" + _DASH + r"\s*|\s*/\s*|\." + _LOST_DASH + r")"
NUMBER_PATTERN = (
    r"(?P<serial>\d{1,5}[a-z]?)(?:\s*/\s*(?P<year>(?:19|20)\d{2}))?\s*(?:/|" + _DASH + r")\s*"
    r"(?P<symbol>" + _SYM_HEAD + r"(?:" + _SYM_SEP + _SYM_PART + r")*)"
)
NUMBER_RE = re.compile(NUMBER_PATTERN)
# The header's own number may be blank: "Số:      /KH-UBND".
OWN_NUMBER_RE = re.compile(
    r"(?P<serial>\d{1,5})?(?:\s*/\s*(?P<year>(?:19|20)\d{2}))?\s*(?:/|" + _DASH + r")\s*"
    r"(?P<symbol>" + _SYM_HEAD + r"(?:" + _SYM_SEP + _SYM_PART + r")*)"
)


@dataclass(frozen=True, slots=True)
class DocNumber:
    serial: str | None
    year: int | None
    symbol: str
    separator: str  # "/" for state documents, "-" for Party style

    @property
    def normalised(self) -> str:
        head = self.serial or ""
        if self.year:
            head += f"/{self.year}"
        return f"{head}{self.separator}{self.symbol}"

    @property
    def doc_type(self) -> str:
        """Type abbreviation the symbol announces ("CV" when it names none)."""
        parts = re.split(r"[-/]", self.symbol)
        return ABBREVIATIONS.get(parts[0].upper(), "CV")

    @property
    def issuer_code(self) -> str | None:
        """The part naming the issuer: "UBND" in KH-UBND, "TU" in NQ/TU."""
        parts = [p for p in re.split(r"[-/]", self.symbol) if p]
        if len(parts) >= 2:
            return parts[1]
        if parts and parts[0].upper() not in ABBREVIATIONS:
            return parts[0]
        return None


# Issuing bodies whose code a PDF's text layer may glue to the type («QĐUBND», «TTVPCP», «NQCP»).
_GLUED_BODIES = ("UBND", "HĐND", "VPCP", "CP", "TTG", "BNV", "BTC", "BTP", "BTTTT", "VPUBND", "UBMTTQ", "SNV")
_GLUED = re.compile(
    r"^(?P<type>"
    + "|".join(sorted(("QĐ", "NQ", "NĐ", "TT", "KH", "CT", "TB", "BC", "HD", "CTr"), key=len, reverse=True))
    + r")(?P<body>"
    + "|".join(sorted(_GLUED_BODIES, key=len, reverse=True))
    + r")$",
    re.IGNORECASE,
)


def normalise_symbol(raw: str) -> str:
    """ "KH – UBND" → "KH-UBND"; "Ctr-UBND" → "CTr-UBND"; "QĐUBND" → "QĐ-UBND"."""
    cleaned = re.sub(r"\s*" + _DASH + r"\s*", "-", raw.strip())
    cleaned = re.sub(r"\s*/\s*", "/", cleaned)
    cleaned = re.sub(r"\s+", "-", cleaned)  # "KH UBND": the dash a copy lost
    glued = _GLUED.match(cleaned) if "-" not in cleaned and "/" not in cleaned else None
    if glued:  # a text layer that dropped every hyphen (g-kien-giang)
        cleaned = f"{glued.group('type')}-{glued.group('body')}"
    parts = re.split(r"([-/])", cleaned)
    if parts and parts[0].upper() in ABBREVIATIONS:
        parts[0] = ABBREVIATIONS[parts[0].upper()]
    return "".join(parts)


def number_from_match(m: re.Match[str], text: str | None = None) -> DocNumber:
    """Build a DocNumber from a NUMBER_RE / OWN_NUMBER_RE match."""
    after_head = m.end("year") if m.group("year") else (m.end("serial") if m.group("serial") else m.start("symbol"))
    between = m.string[after_head : m.start("symbol")]
    sep = "-" if re.search(_DASH, between) and "/" not in between else "/"
    return DocNumber(
        serial=m.group("serial"),
        year=int(m.group("year")) if m.group("year") else None,
        symbol=normalise_symbol(m.group("symbol")),
        separator=sep,
    )
