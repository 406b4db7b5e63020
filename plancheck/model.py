"""Typed results passed between stages: the parsed Plan and the Finding.

These classes are plancheck's public data contract: `plancheck parse --format
json` and `plancheck check --format json` are their JSON dumps (``dump``), and
the JSON Schemas in ``plancheck/schemas/`` are generated from them by pydantic.

They are plain slotted dataclasses, not pydantic models, because a batch
creates about a hundred of them per document: a dataclass is built several
times faster, pickles (between worker processes and into the cache) faster and
takes a third of the memory (none is frozen: a frozen slotted dataclass
pickles through a Python-level ``__getstate__``, several times slower), and `plancheck check one.md` does not pay for
importing pydantic.  The parser is the only producer, so nothing needs
validating on the way in; pydantic validates the rule packs, where input comes
from users.

Longer than most modules because every type passed between the stages is
here, in one place, so that each stage imports the model and no other stage.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import Literal

Level = Literal["central", "province", "district", "commune"]
LEVELS = ("central", "province", "district", "commune")  # from the top down
LEVEL_RANK = {level: len(LEVELS) - 1 - i for i, level in enumerate(LEVELS)}  # commune 0 … central 3
Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[str, ...] = ("error", "warning", "info")  # most severe first
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
# Findings of plancheck itself, not of a rule: kind → (code, usual severity).
SPECIAL_FINDINGS = {
    "unreadable": ("PC001", "error"),
    "encoding": ("PC002", "warning"),
    "internal": ("PC003", "error"),
    "damaged": ("PC004", "info"),
    "ocr": ("PC005", "info"),
}


def _doc(text: str, **kw):
    """A dataclass field with a description for the generated JSON Schema."""
    return field(metadata={"description": text}, **kw)


@dataclass(slots=True, kw_only=True)
class Span:
    """Where an extracted item sits: clean-text offsets and file coordinates."""

    start: int = _doc("offset into the clean text")
    end: int
    line: int = _doc("1-based line in the file (.docx: clean line)")
    column: int
    end_line: int
    end_column: int
    paragraph: int | None = _doc(".docx paragraph index", default=None)
    page: int | None = _doc("PDF page", default=None)


@dataclass(slots=True, kw_only=True)
class Section:
    number: str | None = _doc('the label as written: "I", "1", "2.1", "a", "-"')
    style: str = _doc("roman | arabic | letter | bullet | markdown")
    heading: str
    line: int
    depth: int
    span: Span
    body_start: int = _doc("clean offset where the section's content starts")
    body_end: int = _doc("clean offset where the section (with children) ends")
    children: list[Section] = field(default_factory=list)


@dataclass(slots=True, kw_only=True)
class Citation:
    """A reference to a numbered document (eyecite's "full citation")."""

    doc_type: str | None = _doc("Decree-30 abbreviation: KH, QĐ, NQ, CT, CTr, ... or CV")
    number: str = _doc('normalised number and symbol, e.g. "05/KH-UBND"')
    serial: str = _doc('the leading number, e.g. "05"')
    symbol: str | None = _doc('the symbol part, e.g. "KH-UBND"')
    year_in_number: int | None = None
    date: dt.date | None = None
    date_text: str | None = None
    date_valid: bool = True
    issuer: str | None = _doc("issuing body as written (or implied by the symbol)")
    issuer_level: Level | None = None
    text: str = _doc("the citation as it stands in the document")
    line: int
    span: Span


@dataclass(slots=True, kw_only=True)
class Reference:
    """A document named without a number ("Kế hoạch CCHC năm 2024 của huyện")."""

    doc_type: str | None
    text: str
    line: int
    span: Span


@dataclass(slots=True, kw_only=True)
class ReportingStatement:
    text: str
    periods: list[str] = _doc("quarterly | semiannual | annual | monthly | periodic | ad_hoc | on_request")
    audience: Level | None = _doc("the lower level the duty is laid on, if named", default=None)
    line: int
    span: Span


@dataclass(slots=True, kw_only=True)
class ContentItem:
    """A content area the plan enumerates, which the plans below it must carry."""

    text: str = _doc('the item\'s label: "Cải cách thủ tục hành chính"')
    keys: list[str] = _doc("acronyms named with it (PAR INDEX, SIPAS ...)", default_factory=list)
    line: int


@dataclass(slots=True, kw_only=True)
class Assignment:
    role: Literal["lead", "support", "responsible"]
    unit: str
    text: str
    line: int
    span: Span
    section: str | None = None


@dataclass(slots=True, kw_only=True)
class Recipient:
    text: str
    line: int


@dataclass(slots=True, kw_only=True)
class Signature:
    authority: str | None = _doc("TM. | KT. | Q. | TL. | TUQ.", default=None)
    on_behalf_of: str | None = None
    title: str | None = None
    name: str | None = None
    line: int | None = None


@dataclass(slots=True, kw_only=True)
class Header:
    """Spans of the header fields, for format checks and highlighting."""

    number_line: Span | None = None
    date_line: Span | None = None
    issuer_line: Span | None = None
    doc_type_line: Span | None = None
    title_span: Span | None = None
    date_text: str | None = None
    number_text: str | None = None
    formal: bool = True  # the text carries a header at all (number, date line, issuer block, motto, «KẾ HOẠCH»)
    issued_with: bool = False  # issued with a decision («Ban hành kèm theo Quyết định số …»): no number of its own


@dataclass(slots=True, kw_only=True)
class Plan:
    """Everything plancheck understood of one document."""

    path: str
    format: str
    encoding: str | None
    kind: Literal["document", "news", "unknown"] = _doc("document: an administrative text; news: an article about one")
    doc_type: str | None
    number: str | None
    symbol: str | None = None
    date: dt.date | None
    issuer: str | None
    level: Level | None
    place: str | None
    year: int | None
    title: str | None
    sections: list[Section]
    citations: list[Citation]
    references: list[Reference]
    reporting: list[ReportingStatement]
    content_items: list[ContentItem] = field(default_factory=list)
    assignments: list[Assignment]
    recipients: list[Recipient]
    signature: Signature
    header: Header = field(default_factory=Header)
    notes: list[str] = field(default_factory=list)


@dataclass(slots=True, kw_only=True)
class Related:
    path: str
    line: int | None = None
    message: str | None = None


@dataclass(slots=True, kw_only=True)
class Finding:
    rule: str
    kind: str
    severity: Severity
    message: str
    path: str
    line: int = 1
    column: int = 1
    end_line: int | None = None
    end_column: int | None = None
    excerpt: str | None = None
    suggestion: str | None = None
    reference: str | None = None
    score: float | None = None
    related: list[Related] = field(default_factory=list)
    page: int | None = field(default=None, metadata={"omit_none": True})  # PDF or scan: the page ...
    page_line: int | None = field(default=None, metadata={"omit_none": True})  # ... and the line on it
    ocr: bool | None = field(default=None, metadata={"omit_none": True})  # the finding stands on OCR text
    paragraph: int | None = field(default=None, metadata={"omit_none": True})  # .docx: the paragraph (1-based) ...
    table: int | None = field(default=None, metadata={"omit_none": True})  # ... and, in a table, its number,
    row: int | None = field(default=None, metadata={"omit_none": True})  # row
    cell: int | None = field(default=None, metadata={"omit_none": True})  # and cell
    start: int | None = field(default=None, metadata={"internal": True})
    end: int | None = field(default=None, metadata={"internal": True})


_FIELDS: dict[type, tuple[str, ...]] = {}


def _public_fields(cls: type) -> tuple[str, ...]:
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in fields(cls) if not f.metadata.get("internal"))
    return names


_OMIT_NONE: dict[type, frozenset[str]] = {}


def _omitted_when_none(cls: type) -> frozenset[str]:
    """Fields written only when they hold a value (a finding's page exists for PDFs alone)."""
    names = _OMIT_NONE.get(cls)
    if names is None:
        names = _OMIT_NONE[cls] = frozenset(f.name for f in fields(cls) if f.metadata.get("omit_none"))
    return names


_PLAIN = frozenset({str, int, float, bool, type(None)})


def dump(value):
    """JSON values of a model object (dates as ISO strings; internal fields left out)."""
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, list):
        return [dump(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: dump(v) for k, v in value.items()}
    out = {}
    omit = _omitted_when_none(type(value))
    for name in _public_fields(type(value)):
        v = getattr(value, name)
        if v is None and name in omit:
            continue
        out[name] = v if type(v) in _PLAIN else dump(v)  # most fields are plain: no call for them
    return out


def _pickled_by_position(cls: type) -> None:
    """Pickle ``cls`` as its field values, rebuilt by a constructor made for it.

    A speed trick that pays, so it stays: the workers and the cache pickle a
    few dozen model objects per document (hundreds of thousands per batch).
    10,000 Spans unpickle in 2.7 ms this way, 8.5 ms by default (a dict of
    slots) and 10.0 ms through one generic function setting each slot in a
    loop, and pickle in 5.8 ms against 15.1 ms, at half the size; with the
    generic function instead, 10,000 plans took 1.08× the wall time (1.04–1.09,
    ``farm-bench -n 3``, 2026-12-06).  The constructor is written out for each
    class, as :mod:`dataclasses` writes ``__init__``, and kept at module level
    (``_rebuild_Span`` ...) so that pickle finds it by name; like the default,
    it does not call ``__init__``.
    """
    names = [f.name for f in fields(cls)]
    maker = f"_rebuild_{cls.__name__}"
    source = (
        f"def {maker}({', '.join(names)}):\n    obj = _new({cls.__name__})\n"
        + "".join(f"    obj.{n} = {n}\n" for n in names)
        + "    return obj\n"
    )
    exec(source, globals())
    values = attrgetter(*names) if len(names) > 1 else (lambda obj, name=names[0]: (getattr(obj, name),))
    rebuild = _REBUILD[cls] = globals()[maker]
    cls.__reduce__ = lambda self: (rebuild, values(self))


_REBUILD: dict[type, object] = {}
_new = object.__new__
for _cls in (
    Span,
    Section,
    Citation,
    Reference,
    ReportingStatement,
    ContentItem,
    Assignment,
    Recipient,
    Signature,
    Header,
    Plan,
    Related,
    Finding,
):
    _pickled_by_position(_cls)
del _cls


def positional(cls: type):
    """The constructor ``cls`` is unpickled with: every field, by position,
    nothing defaulted.  The parser builds about two hundred Spans and
    Sections per document: a Span is made in 0.18 µs this way, 0.86 µs
    through a generic function, and about five times as long by the
    keyword-only dataclass's ``__init__``."""
    return _REBUILD[cls]
