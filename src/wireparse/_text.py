"""Character classes and small text helpers shared by the lexer and parser."""

from __future__ import annotations

import re

# Horizontal white space: ASCII space and tab, no-break space, and the
# Unicode space separators.  Line ends are not in this class.
SPACE_CHARS = (
    " \t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)

# Control and invisible format characters: C0 (less tab, LF, CR), DEL, C1,
# the byte-order mark, zero-width characters and the line/paragraph
# separators.  They stay in the source but never reach a record's text.
CONTROL_CHARS = (
    "".join(chr(c) for c in range(0x20) if chr(c) not in "\t\n\r")
    + "".join(chr(c) for c in range(0x7F, 0xA0))
    + "\u200b\u200c\u200d\u2028\u2029\u2060\ufeff\ufffe"
)

NEWLINE_CHARS = "\r\n"

_SPACE_CLASS = re.escape(SPACE_CHARS)
_CONTROL_CLASS = re.escape(CONTROL_CHARS)

# One token of the lexer.  The TEXT branch takes inner spaces but never
# leading or trailing ones; its two character classes are disjoint, so the
# repetition cannot backtrack more than once per run of spaces.
TOKEN_RE = re.compile(
    rf"(?P<newline>\r\n|\r|\n)"
    rf"|(?P<control>[{_CONTROL_CLASS}]+)"
    rf"|(?P<space>[{_SPACE_CLASS}]+)"
    rf"|(?P<text>[^{_CONTROL_CLASS}{_SPACE_CLASS}\r\n]+"
    rf"(?:[{_SPACE_CLASS}]+[^{_CONTROL_CLASS}{_SPACE_CLASS}\r\n]+)*)"
)

# Record text: control characters removed, every space character a plain space.
# Record text: control characters removed; every space and line end a plain
# space, so that hard-wrapped lines join with one space.
_CLEAN_TABLE = str.maketrans(
    dict.fromkeys(map(ord, SPACE_CHARS + NEWLINE_CHARS), " ")
    | dict.fromkeys(map(ord, CONTROL_CHARS))
)
_RUNS_OF_SPACE = re.compile(r" {2,}")


def fold(text: str) -> str:
    """Drop control characters, make spaces and line ends plain spaces, fold runs."""
    # Printable ASCII holds nothing to translate (no controls, tabs or odd spaces).
    if not (text.isascii() and text.isprintable()):
        text = text.translate(_CLEAN_TABLE)
    if "  " in text:
        text = _RUNS_OF_SPACE.sub(" ", text)
    return text


def clean(text: str) -> str:
    """:func:`fold`, then strip the ends."""
    return fold(text).strip(" ")


def first_control(text: str) -> int:
    """The offset of the first control or format character in *text*, or -1."""
    found = _HAS_CONTROL.search(text)
    return -1 if found is None else found.start()


def has_control(text: str) -> bool:
    """Whether *text* holds any control or format character."""
    return _HAS_CONTROL.search(text) is not None


_HAS_CONTROL = re.compile(f"[{_CONTROL_CLASS}]")


def line_column(source: str, offset: int) -> tuple[int, int]:
    """The 1-based (line, column) of *offset* in *source*.

    CR, LF and CRLF each end one line; an offset between the CR and LF of a
    CRLF counts as the start of the next line.
    """
    if not 0 <= offset <= len(source):
        msg = f"offset {offset} lies outside a text of {len(source)} characters"
        raise ValueError(msg)
    line = 1 + source.count("\n", 0, offset) + source.count("\r", 0, offset)
    line -= source.count("\r\n", 0, offset)
    last = max(source.rfind("\n", 0, offset), source.rfind("\r", 0, offset))
    return line, offset - last
