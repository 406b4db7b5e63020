"""The section tree: I. / 1. / 2.1. / a) / - and + items / Markdown headings.

Levels are not fixed by the numbering style alone (one plan puts "a)" under
"1.", another under "I."), so the tree is built with a stack: a heading whose
style is already open closes everything below it and becomes its sibling; a
new style opens one level deeper.  Bullet items ("-", "+") are leaves of the
nearest numbered section.
"""

from __future__ import annotations

import re

from plancheck.model import Section, positional
from plancheck.parse.lines import Line
from plancheck.parse.spans import line_span
from plancheck.source import Source

_ROMAN = re.compile(r"^(?P<num>[IVXL]{1,6})\s*[.)/]\s*(?P<head>\S.*)$")
_ARABIC = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2}){0,3})(?P<dot>\.|\))?\s+(?P<head>\S.*)$")
_LETTER = re.compile(r"^(?P<num>[a-zđ])\s*[.)]\s+(?P<head>\S.*)$")
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzđ")
_new_section = positional(Section)


def _heading_text(head: str, style: str) -> str:
    """Heading proper: "1. Mục tiêu: Tăng cường ..." → "Mục tiêu"."""
    head = head.strip()
    if style != "bullet":
        colon = head.find(":")
        if 0 < colon < 120:
            return head[:colon].strip()
    return head.rstrip(":").strip()


def _classify(line: Line) -> tuple[str, str, str] | None:
    """(style key, number, heading) of a heading line, or None for body text."""
    p = line.plain
    if not p:
        return None
    first = p[0]  # each numbering style starts with its own kind of character: try only that one
    if first in "IVXL":
        m = _ROMAN.match(p)
        if m:
            return "roman", m.group("num"), m.group("head")
    elif first.isdigit():
        m = _ARABIC.match(p)
        if m and (m.group("dot") or "." in m.group("num")):
            depth = m.group("num").count(".")
            return f"arabic{depth}", m.group("num"), m.group("head")
    elif first in _LETTERS:
        m = _LETTER.match(p)
        if m:
            return "letter", m.group("num"), m.group("head")
    elif first in "-+•–":
        head = p[1:].lstrip()  # the line is stripped: all after the mark and its spaces is the heading
        if head:
            return "bullet", first, head
    if (line.markdown_heading or line.bold) and len(p) < 200:
        return "markdown", "", p
    return None


def build_sections(source: Source, lines: list[Line], start_index: int, end_index: int) -> list[Section]:
    """Section tree of lines[start_index:end_index]."""
    roots: list[Section] = []
    keys: list[str] = []  # the open sections' style keys, outermost first
    open_sections: list[Section] = []
    body_end = lines[end_index - 1].start + len(lines[end_index - 1].raw) if end_index > 0 else 0
    for ln in lines[start_index:end_index]:
        if not ln.plain:
            continue
        cls = _classify(ln)
        if cls is None:
            continue
        style_key, number, head = cls
        arabic = style_key.startswith("arabic")
        style = "arabic" if arabic else style_key
        if style_key == "bullet":
            while keys and keys[-1] == "bullet":
                keys.pop()
                open_sections.pop()
        elif style_key in keys:
            cut = keys.index(style_key)
            del keys[cut:], open_sections[cut:]
        elif arabic:  # "2.1." under "2.": deeper arabic stays below shallower ones.
            depth = int(style_key[6:])
            for i, k in enumerate(keys):
                if k.startswith("arabic") and int(k[6:]) >= depth:
                    del keys[i:], open_sections[i:]
                    break
        span = line_span(source, ln)
        # number, style, heading, line, depth, span, body_start, body_end, children
        section = _new_section(
            number or None,
            style,
            _heading_text(head, style),
            span.line,
            len(keys) + 1,
            span,
            ln.start + len(ln.raw) + 1,
            body_end,
            [],
        )
        (open_sections[-1].children if open_sections else roots).append(section)
        keys.append(style_key)
        open_sections.append(section)
    _close_sections(roots, body_end)
    return roots


def _close_sections(nodes: list[Section], parent_end: int) -> None:
    """A section ends where its next sibling starts (or where its parent ends)."""
    for i, node in enumerate(nodes):
        node.body_end = nodes[i + 1].span.start if i + 1 < len(nodes) else parent_end
        _close_sections(node.children, node.body_end)


def walk(sections: list[Section]):
    """Every section, depth first.  With a stack, not by recursion: a nested
    generator per section made a plan's walk (about ninety sections, walked
    by several rules) take three times as long."""
    stack = sections[::-1]
    while stack:
        s = stack.pop()
        yield s
        if s.children:
            stack.extend(s.children[::-1])
