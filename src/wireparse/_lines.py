"""Lines of a source, their decoded text, and the way back to source offsets.

The parser reads *lines*: stretches of the source between line ends, each with
the offsets of its first and last printable characters and its *text*, which a
style's decoder made from the raw characters (control characters dropped,
spaces folded, and for markup styles tags removed and entities decoded).  Rules
match on that text; :func:`locate` turns an offset in a line's text back into
an offset in the source, so every element still gets an exact span.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from wireparse._text import CONTROL_CHARS, SPACE_CHARS, fold

__all__ = ["Decoder", "Line", "locate", "scan_lines"]

Decoder = Callable[[str], str]
"""Turns raw source characters into text: never strips, may shorten."""

BLANK_CHARS = SPACE_CHARS + CONTROL_CHARS
_LINE_END_RE = re.compile(r"[\r\n]")
_INDENTED_RE = re.compile(r"[ \t\u00a0\u3000]{2,}|\t")
_RUNS_OF_SPACE = re.compile(r" {2,}")
_NOT_PLAIN_RE = re.compile("[" + re.escape("".join(c for c in BLANK_CHARS if c != " ")) + "]")
"""A character that makes a line's decoding more than folding runs of spaces."""


class Line:
    """One line of the source (private; built by :func:`scan_lines`)."""

    __slots__ = ("end", "first", "indented", "simple", "start", "stop", "text")

    def __init__(self, source: str, start: int, end: int, decode: Decoder) -> None:
        raw = source[start:end]
        body = raw.lstrip(BLANK_CHARS)
        lead = len(raw) - len(body)
        printable = body.rstrip(BLANK_CHARS)
        self.start = start
        """Offset of the line's first character."""
        self.end = end
        """Offset of its line end (or of the end of its region)."""
        self.first = first = start + lead
        """Offset of its first printable character (``end`` when blank)."""
        self.stop = first + len(printable)
        """Offset just past its last printable character."""
        self.indented = lead > 0 and _INDENTED_RE.match(raw) is not None
        """Whether it opens with an indent of two spaces or a tab."""
        text = decode(printable).strip(" ")
        self.text = text
        """Its decoded text, stripped."""
        self.simple = text == printable
        """Whether the text is the printable stretch of the source unchanged."""


def scan_lines(source: str, start: int, end: int, decode: Decoder) -> list[Line]:
    """The lines of ``source[start:end]``; CR, LF and CRLF each end one line."""
    chunk = source[start:end]
    crlf = "\r" in chunk
    if crlf and chunk.count("\r") != chunk.count("\r\n"):
        return _scan_by_search(source, start, end, decode)  # a lone CR ends a line too
    # The usual case: split at LF in one call, not a search a line.
    parts = chunk.split("\n")
    if not parts[-1]:
        parts.pop()  # nothing after the last line end
    plain = decode is fold
    not_plain = _NOT_PLAIN_RE.search
    new = Line.__new__
    lines: list[Line] = []
    append = lines.append
    pos = start
    for part in parts:
        gap = 1
        if crlf and part.endswith("\r"):
            part = part[:-1]  # noqa: PLW2901 - the line without its CR
            gap = 2
        stop = pos + len(part)
        if plain and not_plain(part) is None:
            # What Line would build with fold, inline: lines come by the
            # hundred thousand.  The only blank here is the space, so folding
            # only joins its runs.
            line = new(Line)
            body = part.lstrip(" ")
            text = body.rstrip(" ")
            line.start = pos
            line.end = stop
            line.first = first = stop - len(body)
            line.stop = first + len(text)
            line.indented = len(part) - len(body) > 1
            if "  " in text:
                line.text = _RUNS_OF_SPACE.sub(" ", text)
                line.simple = False
            else:
                line.text = text
                line.simple = True
            append(line)
        else:
            append(Line(source, pos, stop, decode))
        pos = stop + gap
    return lines


def _scan_by_search(source: str, start: int, end: int, decode: Decoder) -> list[Line]:
    lines: list[Line] = []
    pos = start
    find_end = _LINE_END_RE.search
    while pos < end:
        found = find_end(source, pos, end)
        stop = end if found is None else found.start()
        lines.append(Line(source, pos, stop, decode))
        pos = stop + (2 if source.startswith("\r\n", stop) else 1)
    return lines


def locate(source: str, line: Line, offset: int, decode: Decoder) -> int:
    """The source offset of *offset* in *line*'s text.

    For a line whose text is its source unchanged this is a sum; otherwise a
    binary search for the shortest source prefix whose decoded text reaches
    *offset* characters (decoders only shorten and fold, so the length grows
    with the prefix).
    """
    if offset <= 0:
        return line.first
    if offset >= len(line.text):
        return line.stop
    if line.simple:
        return line.first + offset
    low, high = line.first, line.stop
    first = line.first
    while low < high:
        middle = (low + high) // 2
        if len(decode(source[first:middle]).lstrip(" ")) >= offset:
            high = middle
        else:
            low = middle + 1
    return low
