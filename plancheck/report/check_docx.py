"""`--format docx`: the document with the review in its margin.

A reviewer who signs a plan works in Word.  For a .docx input, a copy of the
file gets one Word comment per finding, anchored on the runs that hold the
finding's text (the whole paragraph when the text cannot be found there),
by the author «plancheck», saying the message, the suggestion, the rule and
the directive clause in the chosen language; a first comment on the title
sums up the document: its status, its counts and the packs applied.  The
copy is opened and saved by python-docx, whose own comments support
(python-docx ≥ 1.2) writes the comments: the text, styles, tables,
numbering, headers, footers and existing comments are the original's, and
the input file is never written.  A comment covers whole runs: splitting a
run to fit the finding exactly would change the document's own structure.

For .txt, .md, .pdf and scans there is no Word file to annotate: the
reviewed file is a new .docx of the document's text, one paragraph a line,
its runs cut at the findings' edges so each comment covers exactly its text.
"""

from __future__ import annotations

import os

from plancheck.i18n import message
from plancheck.i18n.reports import TEXT_REPORT_WORDS, status_label
from plancheck.model import SEVERITIES, Finding
from plancheck.results import FileResult, document_status
from plancheck.source import Source

AUTHOR, INITIALS = "plancheck", "PC"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def reviewed_name(path: str) -> str:
    """The reviewed file's name for ``path``: ``ke-hoach.docx`` → ``ke-hoach.review.docx``."""
    return os.path.splitext(os.path.basename(path))[0] + ".review.docx"


def _comment_lines(f: Finding, lang: str) -> list[str]:
    words = TEXT_REPORT_WORDS.get(lang, TEXT_REPORT_WORDS["vi"])
    lines = [f"[{f.rule}] {words[f.severity]}: {f.message}"]
    if f.suggestion:
        lines.append(f"{words['suggest']}: {f.suggestion}")
    if f.reference:
        lines.append(f"{message('review_reference', lang)}: {f.reference}")
    return lines


def _summary_lines(result: FileResult, findings: list[Finding], lang: str, fail_on: str) -> list[str]:
    status, detail = document_status(result, fail_on)
    counts = {s: sum(1 for f in findings if f.severity == s) for s in SEVERITIES}
    return [
        message(
            "review_summary",
            lang,
            status=status_label(status, detail, lang),
            errors=counts["error"],
            warnings=counts["warning"],
            infos=counts["info"],
        ),
        message("review_packs", lang, packs=", ".join(result.packs) or "—"),
    ]


def _add_comment(document, runs, lines: list[str]) -> None:
    comment = document.add_comment(runs, text=lines[0], author=AUTHOR, initials=INITIALS)
    for line in lines[1:]:
        comment.add_paragraph(line)


def write_reviewed(result: FileResult, out_path: str, lang: str, fail_on: str) -> None:
    """The reviewed .docx of one checked document, written to ``out_path``."""
    findings = [f for f in result.contents()[0]]
    source = result.source
    if source is not None and source.format == "docx" and os.path.realpath(out_path) != os.path.realpath(result.path):
        _annotate_copy(result, source, findings, out_path, lang, fail_on)
    else:
        _new_document(result, source, findings, out_path, lang, fail_on)


# -- a .docx input: its copy, annotated ------------------------------------------------------------


def _body_paragraphs(document) -> list:
    """The ``w:p`` elements in the order the reader numbered them (plancheck.ingest.docx)."""
    out: list = []

    def walk(container) -> None:
        for child in container.iterchildren():
            if child.tag == _W + "p":
                out.append(child)
            elif child.tag == _W + "tbl":
                for row in child.iterchildren(_W + "tr"):
                    for cell in row.iterchildren(_W + "tc"):
                        walk(cell)
            elif child.tag == _W + "sdt":
                content = child.find(_W + "sdtContent")
                if content is not None:
                    walk(content)

    walk(document.element.body)
    return out


def _runs_for(paragraph, excerpt: str | None, near: int) -> list:
    """The runs of ``paragraph`` that hold ``excerpt`` (the occurrence nearest
    column ``near``), or all its runs when it is not found there."""
    runs = [r for r in paragraph.runs if r.text]
    if not runs:
        return []
    if excerpt:
        text = "".join(r.text for r in runs)
        found, at = [], text.find(excerpt)
        while at != -1:
            found.append(at)
            at = text.find(excerpt, at + 1)
        if found:
            start = min(found, key=lambda a: abs(a - near))
            end, pos, chosen = start + len(excerpt), 0, []
            for r in runs:
                if pos < end and pos + len(r.text) > start:
                    chosen.append(r)
                pos += len(r.text)
            return chosen
    return runs


def _annotate_copy(
    result: FileResult, source: Source, findings: list[Finding], out_path: str, lang: str, fail_on: str
) -> None:
    import docx
    from docx.text.paragraph import Paragraph

    document = docx.Document(result.path)
    elements = _body_paragraphs(document)

    def paragraph_at(offset: int | None):
        """The paragraph (with runs) holding clean offset ``offset``, else the nearest one before it."""
        idx = source.clean_position(offset or 0)[0]
        origin = source.origin_at(idx)
        number = origin.paragraph if origin is not None and origin.paragraph is not None else 0
        for k in range(min(number, len(elements) - 1), -1, -1):
            p = Paragraph(elements[k], document._body)
            if any(r.text for r in p.runs):
                return p, source.clean_position(offset or 0)[1]
        for el in elements:
            p = Paragraph(el, document._body)
            if any(r.text for r in p.runs):
                return p, 0
        return None, 0

    title = result.plan.header.title_span.start if result.plan and result.plan.header.title_span else None
    head, _ = paragraph_at(title)
    if head is not None:
        _add_comment(document, _runs_for(head, None, 0), _summary_lines(result, findings, lang, fail_on))
    for f in findings:
        p, col = paragraph_at(f.start)
        if p is None:
            continue
        excerpt = source.text[f.start : f.end] if f.start is not None and f.end and f.end > f.start else None
        runs = _runs_for(p, excerpt, col)
        if runs:
            _add_comment(document, runs, _comment_lines(f, lang))
    document.save(out_path)


# -- any other input: a new .docx of its text ----------------------------------------------------


def _new_document(
    result: FileResult, source: Source | None, findings: list[Finding], out_path: str, lang: str, fail_on: str
) -> None:
    import docx

    document = docx.Document()
    if source is None:  # unreadable: the review says why, on a line of its own
        p = document.add_paragraph()
        run = p.add_run(os.path.basename(result.path))
        _add_comment(document, [run], _summary_lines(result, findings, lang, fail_on))
        for f in findings:
            _add_comment(document, [run], _comment_lines(f, lang))
        document.save(out_path)
        return
    text, starts = source.text, source.line_starts
    spans = [
        (
            f,
            f.start if f.start is not None else 0,
            f.end if f.end is not None and f.end > (f.start or 0) else (f.start or 0) + 1,
        )
        for f in findings
    ]
    title = result.plan.header.title_span.start if result.plan and result.plan.header.title_span else None
    title_line = (
        source.clean_position(title)[0]
        if title is not None
        else next((i for i in range(len(starts)) if source.line_text(i).strip()), 0)
    )
    runs_of: dict[int, list] = {}
    for i, start in enumerate(starts):
        end = starts[i + 1] - 1 if i + 1 < len(starts) else len(text)
        cuts = {start, end}
        for _, a, b in spans:
            if start <= a < end or start < b <= end or (a <= start and b >= end):
                cuts.update(x for x in (a, b) if start < x < end)
        paragraph = document.add_paragraph()
        edges = sorted(cuts)
        pieces = [(a, b, paragraph.add_run(text[a:b])) for a, b in zip(edges, edges[1:]) if b > a]
        if not pieces:
            pieces = [(start, start, paragraph.add_run(""))]
        runs_of[i] = pieces
        if i == title_line:
            _add_comment(document, [p[2] for p in pieces], _summary_lines(result, findings, lang, fail_on))
    for f, a, b in spans:
        line = source.clean_position(min(a, len(text)))[0] if text else 0
        pieces = runs_of.get(line) or runs_of[0]
        chosen = [run for x, y, run in pieces if x < max(b, a + 1) and y > a] or [p[2] for p in pieces]
        _add_comment(document, chosen, _comment_lines(f, lang))
    document.save(out_path)
