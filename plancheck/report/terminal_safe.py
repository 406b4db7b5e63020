"""Text from documents and file names made safe for a terminal or a log.

A document (or its file name) can carry escape sequences that recolour,
retitle or rewrite a reviewer's terminal, a newline that splits one
``path:line:col`` finding into two, or bidirectional overrides that show
text in another order than it is.  Every such character is written as a
visible escape (``\\x1b``, ``\\n``, ``\\u202e``) in the text and GitHub
formats; everything else is left as it is.
"""

from __future__ import annotations

import re

_UNSAFE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r"}


def _escape(m: re.Match) -> str:
    ch = m.group()
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str | None) -> str:
    """``text`` with every control, line-separator and bidi-override character escaped."""
    if not text:
        return text or ""
    return _UNSAFE.sub(_escape, text)
