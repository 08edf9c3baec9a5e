"""Exceptions, split by whose fault they are.

* :class:`ParseError` — the *input* is at fault, and the caller asked for
  strict parsing.  It is a :class:`ValueError` and carries the
  :class:`~wireparse.Defect` that caused it, with a 1-based line and column.
* Caller mistakes — a wrong type, an unknown keyword, an unknown style — raise
  plain :class:`TypeError` or :class:`ValueError` and never :class:`ParseError`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wireparse._text import line_column

if TYPE_CHECKING:
    from wireparse._records import Defect

__all__ = ["ParseError", "WireparseError", "check_count"]


class WireparseError(Exception):
    r"""The base of every exception wireparse raises about its input.

    Catch it to handle any problem with the text itself; mistakes in the call
    (a wrong type, an unknown style) raise :class:`TypeError` or
    :class:`ValueError` instead.

    >>> from wireparse import WireparseError, parse
    >>> try:
    ...     parse("  \n", strict=True)
    ... except WireparseError as err:
    ...     print(type(err).__name__, err, sep=": ")
    ParseError: 1:1: empty-input: the input holds only white space
    """


class ParseError(WireparseError, ValueError):
    """Strict parsing met an error-level defect.

    >>> from wireparse import ParseError, parse
    >>> try:
    ...     parse("", strict=True)
    ... except ParseError as err:
    ...     print(err, err.line, err.column, err.defect.code, sep=" | ")
    1:1: empty-input: the input holds no text | 1 | 1 | empty-input
    """

    defect: Defect
    """The defect that made parsing fail."""
    line: int
    """The 1-based line of the defect's start."""
    column: int
    """The 1-based column of the defect's start."""

    def __init__(self, defect: Defect, line: int, column: int) -> None:
        """Build from a defect and its position (see :meth:`from_defect`)."""
        super().__init__(defect, line, column)
        self.defect = defect
        self.line = line
        self.column = column

    @classmethod
    def from_defect(cls, defect: Defect, source: str) -> ParseError:
        """The error for *defect*, its position computed in *source*."""
        line, column = line_column(source, min(defect.span.start, len(source)))
        return cls(defect, line, column)

    def __str__(self) -> str:
        """``line:column: code: message``."""
        return f"{self.line}:{self.column}: {self.defect.code}: {self.defect.message}"


def check_count(name: str, value: object) -> None:
    """Raise the caller's mistake if *value*, the argument *name*, is not an int of at least 1.

    ``bool`` is refused although it is an ``int``: ``jobs=True`` is a mistake.
    """
    if not isinstance(value, int) or isinstance(value, bool):
        msg = f"{name!r} must be an int (got {type(value).__name__})"
        raise TypeError(msg)
    if value < 1:
        msg = f"{name!r} must be at least 1 (got {value!r})"
        raise ValueError(msg)
