"""A document's text cut into lines and highlighted segments for the HTML page.

Findings carry clean-text offsets (``start``/``end``); overlapping findings
are flattened into segments, each knowing which findings cover it, so the
template can wrap it in one ``<mark>`` per segment.  Text stays plain data
here: escaping is the template's job (jinja2 autoescape), never done by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from plancheck.model import SEVERITY_RANK, Finding
from plancheck.source import Source


@dataclass
class Segment:
    text: str
    findings: list[int] = field(default_factory=list)  # indices into the document's finding list
    severity: str | None = None  # the worst severity covering it
    anchor_ids: list[str] = field(default_factory=list)  # findings whose span starts here (scroll targets)
    classes: str = ""  # DOM ids of the covering findings, for the filters


@dataclass
class TextLine:
    number: int  # the line as the finding list and editors count it (file line)
    segments: list[Segment]


def highlighted_lines(source: Source, findings: list[Finding]) -> list[TextLine]:
    text = source.text
    spans = [
        (f.start, f.end, i, f.severity)
        for i, f in enumerate(findings)
        if f.start is not None and f.end is not None and f.end > f.start
    ]
    cuts = {0, len(text)}
    for a, b, _, _ in spans:
        cuts.update((max(0, a), min(len(text), b)))
    starts = source.line_starts
    cuts.update(starts)
    cuts.update(s - 1 for s in starts if s > 0)  # the newline itself is its own piece
    ordered = sorted(c for c in cuts if 0 <= c <= len(text))
    lines: list[TextLine] = []
    current: list[Segment] = []
    line_index = 0
    for a, b in zip(ordered, ordered[1:]):
        piece = text[a:b]
        if piece == "\n":
            lines.append(TextLine(source.file_position(line_index, 0)[0], current))
            current, line_index = [], line_index + 1
            continue
        covering = [(i, sev) for (s, e, i, sev) in spans if s <= a and b <= e]
        worst = max((sev for _, sev in covering), key=SEVERITY_RANK.__getitem__, default=None)
        current.append(Segment(piece, [i for i, _ in covering], worst))
    lines.append(TextLine(source.file_position(line_index, 0)[0], current))
    return lines
