"""The end of a document: "Nơi nhận" list and the signature block.

Decree 30: recipients are listed one per line after "Nơi nhận:", the last
being "Lưu: VT, ..."; the signature gives the authority (TM. / KT. / Q. /
TL. / TUQ.), the signer's title and name.
"""

from __future__ import annotations

import re

from plancheck.model import Recipient, Signature
from plancheck.parse.lines import Line

_RECIPIENTS = re.compile(r"^Nơi\s+nhận\s*(?::\s*)?(?P<rest>.*)$", re.IGNORECASE)
_AUTHORITY = re.compile(r"^(?P<auth>TM|KT|Q|TL|TUQ)\s*\.\s*(?P<rest>.*)$")
_TITLE_WORDS = re.compile(r"CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG|BỘ TRƯỞNG|BÍ THƯ|CHÁNH|THỦ TRƯỞNG|TỔNG|PHÓ")


def find_recipients_start(lines: list[Line]) -> int | None:
    for ln in reversed(lines):
        if _RECIPIENTS.match(ln.plain):
            return ln.index
    return None


def find_recipients(lines: list[Line], start: int | None) -> list[Recipient]:
    if start is None:
        return []
    out: list[Recipient] = []
    first = _RECIPIENTS.match(lines[start].plain)
    if first and first.group("rest").strip(" -"):
        out.append(Recipient(text=first.group("rest").strip(" -;,."), line=lines[start].index + 1))
    blank_run = 0
    for ln in lines[start + 1 :]:
        p = ln.plain
        if not p:
            blank_run += 1
            if blank_run >= 2 and out:
                break
            continue
        blank_run = 0
        if _AUTHORITY.match(p) or (p.isupper() and _TITLE_WORDS.search(p)):
            break
        if not p.startswith(("-", "+", "•")) and out and not p[0].isupper():
            out[-1] = Recipient(text=f"{out[-1].text} {p}".strip(" ;,."), line=out[-1].line)
            continue
        if not p.startswith(("-", "+", "•")) and out:
            break
        out.append(Recipient(text=p.lstrip("-+• ").rstrip(" ;,").rstrip("."), line=ln.index + 1))
    return out


def find_signature(lines: list[Line], start: int) -> Signature:
    """Signature block at or after line ``start`` (the recipients or the last lines)."""
    tail = lines[start:]
    for i, ln in enumerate(tail):
        m = _AUTHORITY.match(ln.plain)
        title_only = ln.plain.isupper() and _TITLE_WORDS.search(ln.plain) and not m
        if not m and not title_only:
            continue
        sig = Signature(line=ln.index + 1)
        rest_lines = [x for x in tail[i + 1 :] if x.plain]
        if m:
            sig.authority = f"{m.group('auth')}."
            on_behalf = m.group("rest").strip()
            sig.on_behalf_of = on_behalf or None
            if rest_lines and rest_lines[0].plain.isupper():
                sig.title = rest_lines[0].plain
                rest_lines = rest_lines[1:]
        else:
            sig.title = ln.plain
        for x in rest_lines[:3]:
            words = x.plain.split()
            if 2 <= len(words) <= 6 and all(w[:1].isupper() for w in words) and not x.plain.isupper():
                sig.name = x.plain
                break
        return sig
    return Signature()
