"""Findings made from a check's hits, and plancheck's own findings on a document
(unreadable, over budget, an old encoding, an internal error), in the chosen language.
"""

from __future__ import annotations

from plancheck import budget
from plancheck.checks.base import Context, Hit, excerpt, fill
from plancheck.config import Config
from plancheck.i18n import message
from plancheck.ingest.encoding import legacy_name
from plancheck.model import SPECIAL_FINDINGS, Finding, Related
from plancheck.packs import Rule
from plancheck.source import Source

# Kinds that judge a document's exact characters (a digit of a number, a
# date's leading zero, a misspelt or doubled word): on OCR text they give a
# hint at most, and nothing where a word was read with low confidence — a
# misread character must not become an error the author never made.  Every
# other finding on OCR text is a warning at most: a misread heading or
# citation can look like a missing one.
EXACT_TEXT_KINDS = frozenset(
    {
        "format",
        "pattern",
        "consistent_citation",
        "year_consistency",
        "citation_mismatch",
        "duplicate_number",
        "date_order",
    }
)


def finding_from_hit(rule: Rule, hit: Hit, ctx: Context, cfg: Config) -> Finding | None:
    """The finding of one hit, located in the file; None for a hit that
    stands only on a word OCR was unsure of (see EXACT_TEXT_KINDS)."""
    source = ctx.source
    start, end = (hit.start, hit.end) if hit.start is not None else ctx.header_anchor()
    end = end if end is not None else start
    line, col = source.locate(start)
    end_line, end_col = source.locate(max(start, end - 1))
    severity = hit.severity or cfg.severity.get(rule.id, rule.severity)  # config keys are upper-cased
    text = fill(rule.message.in_lang(ctx.lang), hit.params)
    page = page_line = ocr = paragraph = cell = None
    if source.format == "docx":
        origin = source.origin_of(start)
        if origin is not None and origin.paragraph is not None:
            paragraph, cell = origin.paragraph + 1, origin.cell
    elif source.format in ("pdf", "image"):
        page, page_line = source.page_line(start)
        if source.on_ocr_page(start):
            ocr = True
            if rule.kind in EXACT_TEXT_KINDS:
                if source.unsure(start, end):
                    return None
                severity = "info"
            elif severity == "error":  # a misread heading or number can look like a missing one
                severity = "warning"
            text += message("ocr_note", ctx.lang, page=page)
    return Finding(
        rule=rule.id,
        kind=rule.kind,
        severity=severity,
        message=text,
        path=ctx.plan.path,
        line=line,
        column=col,
        end_line=end_line,
        end_column=end_col + (1 if end > start else 0),
        excerpt=excerpt(source, start, end) if end > start else None,
        suggestion=hit.suggestion,
        reference=rule.reference,
        score=hit.score,
        related=[Related(**r) for r in hit.related],
        page=page,
        page_line=page_line,
        ocr=ocr,
        paragraph=paragraph,
        table=cell[0] if cell else None,
        row=cell[1] if cell else None,
        cell=cell[2] if cell else None,
        start=start,
        end=end,
    )


def special_finding(path: str, kind: str, text: str, severity: str = "error", line: int = 1) -> Finding:
    return Finding(
        rule=SPECIAL_FINDINGS[kind][0], kind=kind, severity=severity, message=text, path=path, line=line, column=1
    )


def encoding_findings(path: str, source: Source, lang: str) -> list[Finding]:
    """What reading the file had to guess or repair (PC002): a legacy
    encoding, invalid UTF-8 bytes replaced, UTF-8 mixed with a legacy encoding."""
    out = []
    mixed = False
    for note in source.notes:
        kind, _, rest = note.partition(":")
        if kind == "invalid-utf8":
            count, _, offsets = rest.partition(":")
            out.append(
                special_finding(
                    path, "encoding", message("invalid_utf8", lang, count=count, offsets=offsets), "warning"
                )
            )
        elif kind == "pdf-warnings":
            count, _, first = rest.partition(":")
            out.append(
                special_finding(path, "damaged", message("pdf_warnings", lang, count=count, first=first), "info")
            )
        elif kind == "ocr-missing":
            _, _, pages = rest.partition(":")
            out.append(special_finding(path, "unreadable", message("ocr_pages_missing", lang, pages=pages), "warning"))
        elif kind == "ocr":
            pages, _, conf = rest.partition(":")
            out.append(special_finding(path, "ocr", message("ocr_read", lang, pages=pages, conf=conf), "info"))
        elif kind == "mixed-encoding":
            mixed = True
            out.append(
                special_finding(
                    path, "encoding", message("mixed_encoding", lang, encoding=legacy_name(rest)), "warning"
                )
            )
    if source.encoding and legacy_name(source.encoding) and not mixed:
        out.append(
            special_finding(
                path, "encoding", message("legacy_encoding", lang, encoding=legacy_name(source.encoding)), "warning"
            )
        )
    return out


def budget_finding(path: str, exc: BaseException, lang: str) -> Finding:
    """The finding of a document over its budget: which limit, and how to raise it."""
    if isinstance(exc, budget.OverBudget):
        text = message(f"over_budget_{exc.limit}", lang, value=exc.value)
    else:  # MemoryError: the address-space limit of plancheck.budget.memory_limit
        text = message("over_budget_memory_mb", lang, value=budget.current().memory_mb)
    return special_finding(path, "unreadable", text)
