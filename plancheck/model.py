"""Typed results passed between stages: the parsed Plan and the Finding.

These pydantic models are plancheck's public data contract: `plancheck parse
--format json` and `plancheck check --format json` are their JSON dumps, and
the JSON Schemas in ``plancheck/schemas/`` are generated from them.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Level = Literal["central", "province", "district", "commune"]
Severity = Literal["error", "warning", "info"]


class Span(BaseModel):
    """Where an extracted item sits: clean-text offsets and file coordinates."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(description="offset into the clean text")
    end: int
    line: int = Field(description="1-based line in the file (.docx: clean line)")
    column: int
    end_line: int
    end_column: int
    paragraph: int | None = Field(default=None, description=".docx paragraph index")
    page: int | None = Field(default=None, description="PDF page")


class Section(BaseModel):
    number: str | None = Field(description='the label as written: "I", "1", "2.1", "a", "-"')
    style: str = Field(description="roman | arabic | letter | bullet | markdown")
    heading: str
    line: int
    depth: int
    span: Span
    body_start: int = Field(description="clean offset where the section's content starts")
    body_end: int = Field(description="clean offset where the section (with children) ends")
    children: list[Section] = Field(default_factory=list)


class Citation(BaseModel):
    """A reference to a numbered document (eyecite's "full citation")."""

    doc_type: str | None = Field(description="Decree-30 abbreviation: KH, QĐ, NQ, CT, CTr, ... or CV")
    number: str = Field(description='normalised number and symbol, e.g. "05/KH-UBND"')
    serial: str = Field(description='the leading number, e.g. "05"')
    symbol: str | None = Field(description='the symbol part, e.g. "KH-UBND"')
    year_in_number: int | None = None
    date: dt.date | None = None
    date_text: str | None = None
    date_valid: bool = True
    issuer: str | None = Field(description="issuing body as written (or implied by the symbol)")
    issuer_level: Level | None = None
    text: str = Field(description="the citation as it stands in the document")
    line: int
    span: Span


class Reference(BaseModel):
    """A document named without a number ("Kế hoạch CCHC năm 2024 của huyện")."""

    doc_type: str | None
    text: str
    line: int
    span: Span


class ReportingStatement(BaseModel):
    text: str
    periods: list[str] = Field(description="quarterly | semiannual | annual | monthly | periodic | ad_hoc | on_request")
    audience: Level | None = Field(default=None, description="the lower level the duty is laid on, if named")
    line: int
    span: Span


class ContentItem(BaseModel):
    """A content area the plan enumerates, which the plans below it must carry."""

    text: str = Field(description='the item\'s label: "Cải cách thủ tục hành chính"')
    keys: list[str] = Field(default_factory=list, description="acronyms named with it (PAR INDEX, SIPAS ...)")
    line: int


class Assignment(BaseModel):
    role: Literal["lead", "support", "responsible"]
    unit: str
    text: str
    line: int
    span: Span
    section: str | None = None


class Recipient(BaseModel):
    text: str
    line: int


class Signature(BaseModel):
    authority: str | None = Field(default=None, description="TM. | KT. | Q. | TL. | TUQ.")
    on_behalf_of: str | None = None
    title: str | None = None
    name: str | None = None
    line: int | None = None


class Header(BaseModel):
    """Spans of the header fields, for format checks and highlighting."""

    number_line: Span | None = None
    date_line: Span | None = None
    issuer_line: Span | None = None
    doc_type_line: Span | None = None
    title_span: Span | None = None
    date_text: str | None = None
    number_text: str | None = None


class Plan(BaseModel):
    """Everything plancheck understood of one document."""

    path: str
    format: str
    encoding: str | None
    kind: Literal["document", "news", "unknown"] = Field(
        description="document: an administrative text; news: an article about one"
    )
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
    content_items: list[ContentItem] = Field(default_factory=list)
    assignments: list[Assignment]
    recipients: list[Recipient]
    signature: Signature
    header: Header = Field(default_factory=Header)
    notes: list[str] = Field(default_factory=list)


class Related(BaseModel):
    path: str
    line: int | None = None
    message: str | None = None


class Finding(BaseModel):
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
    related: list[Related] = Field(default_factory=list)
    start: int | None = Field(default=None, exclude=True)
    end: int | None = Field(default=None, exclude=True)
