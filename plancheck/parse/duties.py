"""Reporting duties and assignments (chủ trì / phối hợp) in the plan body.

A reporting statement is a sentence that makes someone report ("Định kỳ hàng
quý, 06 tháng và năm báo cáo kết quả ... về UBND phường"); its periods are read
from every usual wording (hàng/hằng quý, 6/06/sáu tháng, hàng năm or a bare
"năm" in a list of periods, định kỳ, đột xuất, theo yêu cầu).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from plancheck.model import Assignment, ReportingStatement, Section
from plancheck.parse.lines import Line
from plancheck.parse.sections import walk
from plancheck.parse.spans import line_span, make_span
from plancheck.source import Source
from plancheck.vietnamese import canonical_tones

PERIOD_PATTERNS: dict[str, re.Pattern[str]] = {
    "monthly": re.compile(r"(?:hàng|hằng|mỗi)\s+tháng"),
    "quarterly": re.compile(r"(?:hàng|hằng|mỗi)\s+quý|(?<![^\W\d_])quý(?![^\W\d_])(?!\s+(?:báu|giá|trọng))"),
    "semiannual": re.compile(r"(?<![^\W\d_])(?:0?6|sáu)\s+tháng(?:\s+đầu\s+năm)?(?![^\W\d_])"),
    "annual": re.compile(
        r"(?:hàng|hằng|mỗi)\s+năm|cả\s+năm|cuối\s+năm|"
        r"(?:,|\bvà|\bhoặc)\s*(?:báo cáo\s+)?năm(?![^\W\d_])(?!\s*\d)|"
        r"(?<![^\W\d_])năm\s+(?=báo cáo)"
    ),
    "periodic": re.compile(r"định\s+kỳ"),
    "ad_hoc": re.compile(r"đột\s+xuất|phát\s+sinh\s+vướng\s+mắc|khó\s+khăn,\s*vướng\s+mắc"),
    "on_request": re.compile(r"theo\s+yêu\s+cầu"),
}
_REPORT = re.compile(r"báo\s+cáo(?!\s+viên)(?!\s+chí)")
_DUTY_CUE = re.compile(
    r"báo\s+cáo\s+(?:kết\s+quả|tình\s+hình|về|gửi|cho|lên|ubnd|ủy\s+ban|sở|phòng|chủ\s+tịch|thường\s+trực)|"
    r"gửi\s+(?:về\s+)?(?:ubnd|ủy\s+ban|sở|phòng|văn\s+phòng)|tổng\s+hợp\s*(?:,\s*)?báo\s+cáo"
)
# A sentence ends at . ; ! ? before a space (or the end), or at a line break
# that starts something new (a blank line, an item, a capital): PDF and
# wrapped text break lines mid-sentence.  The punctuation is found with
# str.find, the line breaks with an expression that opens with "\n" (which
# the engine skips to quickly); the two kinds of end never coincide, so
# their union, sorted, is what one alternation of both would find, in a
# third of the time.
_END_LINE = re.compile(r"\n(?=[ \t]*(?:\n|[-+•*#]|[A-ZĐÀ-Ỹ0-9]))")


def _sentence_ends(text: str) -> list[int]:
    ends = [m.end() for m in _END_LINE.finditer(text)]
    last = len(text) - 1
    for mark in ".;!?":
        i = text.find(mark)
        while i >= 0:
            if i == last or text[i + 1].isspace():
                ends.append(i + 1)
            i = text.find(mark, i + 1)
    ends.sort()
    return ends


def sentence_at(source: Source, pos: int, start: int, end: int) -> tuple[int, int]:
    """(start, end) of the sentence holding offset ``pos``, within [start, end).

    Checks look for a cue ("báo", "năm 20..") in the whole text first and
    only then ask for its sentence: most of a plan's hundreds of sentences
    never need to be cut out.  The sentence ends are found once per Source.
    """
    ends = source.cached("sentence_ends", lambda: _sentence_ends(source.text))
    k = bisect_right(ends, pos)
    a = ends[k - 1] if k > 0 else 0
    b = ends[k] if k < len(ends) else len(source.text)
    return max(a, start), min(b, end)


def periods_in(text: str) -> list[str]:
    low = canonical_tones(text.lower())
    return [name for name, pat in PERIOD_PATTERNS.items() if pat.search(low)]


_AUDIENCE = (
    ("commune", re.compile(r"các xã|cấp xã|xã, (?:phường|thị trấn)|phường, (?:xã|thị trấn)|các phường")),
    ("district", re.compile(r"các huyện|cấp huyện|quận, huyện|huyện, (?:thành phố|thị xã)|các quận")),
    ("province", re.compile(r"các tỉnh|cấp tỉnh|tỉnh, thành phố")),
)


def audience_of(paragraph: str) -> str | None:
    """The lower level a reporting duty is laid on ("UBND các xã, thị trấn ... báo cáo")."""
    low = canonical_tones(paragraph.lower())
    hits = [(m.start(), level) for level, rx in _AUDIENCE for m in [rx.search(low)] if m]
    return min(hits)[1] if hits else None


def find_reporting(source: Source, start: int, end: int) -> list[ReportingStatement]:
    text = source.text
    lowered_text = source.lowered
    out: list[ReportingStatement] = []
    audiences: dict[
        int, str | None
    ] = {}  # line start → its audience: a line is read once, however many duties it holds
    cue = lowered_text.find("báo", start, end)  # most sentences report nothing: find the cue first
    while cue >= 0:
        a, b = sentence_at(source, cue, start, end)
        cue = lowered_text.find("báo", b, end)
        sentence = text[a:b]
        lowered = lowered_text[a:b]
        low = canonical_tones(lowered)
        if not _REPORT.search(low):
            continue
        periods = periods_in(sentence)
        if not periods and not _DUTY_CUE.search(low):
            continue
        s = a + (len(sentence) - len(sentence.lstrip()))
        e = a + len(sentence.rstrip())
        idx, _ = source.clean_position(s)
        line_start = source.line_starts[idx]
        if line_start not in audiences:
            line_end = text.find("\n", e)
            audiences[line_start] = audience_of(text[line_start : line_end if line_end >= 0 else len(text)])
        out.append(
            ReportingStatement(
                text=text[s:e],
                periods=periods,
                audience=audiences[line_start],
                line=source.locate(s)[0],
                span=make_span(source, s, e),
            )
        )
    return out


_LABELLED = re.compile(
    r"^(?:[-+•]\s*)?(?:(?:Cơ quan|Đơn vị|Bộ phận)\s+)?(?P<role>chủ trì|phối hợp)\s*:\s*(?P<unit>.+?)[.;,]?$",
    re.IGNORECASE,
)
_IMPLEMENTATION = re.compile(r"tổ chức thực hiện|trách nhiệm thực hiện|phân công", re.IGNORECASE)


def find_assignments(source: Source, lines: list[Line], sections: list[Section]) -> list[Assignment]:
    """Labelled lead/support units, and the units an implementation section tasks."""
    out: list[Assignment] = []
    for ln in lines:
        if ":" not in ln.plain:  # every labelled line has its colon: most lines need no match at all
            continue
        m = _LABELLED.match(ln.plain)
        if not m:
            continue
        role = "lead" if m.group("role").lower() == "chủ trì" else "support"
        span = line_span(source, ln)
        out.append(Assignment(role=role, unit=m.group("unit").strip(), text=ln.plain, line=span.line, span=span))
    for sec in walk(sections):
        if sec.style in ("roman", "markdown") and _IMPLEMENTATION.search(sec.heading):
            for child in sec.children:
                if child.style == "bullet":
                    continue
                out.append(
                    Assignment(
                        role="responsible",
                        unit=child.heading,
                        text=child.heading,
                        line=child.line,
                        span=child.span,
                        section=sec.heading,
                    )
                )
    out.sort(key=lambda a: a.span.start)
    return out
