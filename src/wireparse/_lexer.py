"""The lexer: a lossless stream of tokens over any text.

The lexer is total and lossless: it accepts any string, never raises, and the
texts of its tokens joined together give back the input exactly.  It scans by
position with one compiled pattern and never re-slices the remaining text, so
it runs in time linear in the input.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wireparse._records import Span, Token, TokenKind
from wireparse._text import TOKEN_RE

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["tokenize"]

_KINDS = {kind.value: kind for kind in TokenKind}


def tokenize(text: str) -> Iterator[Token]:
    r"""Split *text* into :class:`~wireparse.Token` objects, losing nothing.

    >>> from wireparse import tokenize
    >>> tokens = list(tokenize("SEOUL --\x02 Hi \r\n"))
    >>> [(t.kind.value, t.text) for t in tokens]
    [('text', 'SEOUL --'), ('control', '\x02'), ('space', ' '), ('text', 'Hi'), ('space', ' '), ('newline', '\r\n')]
    >>> "".join(t.text for t in tokens) == "SEOUL --\x02 Hi \r\n"
    True

    Raises:
        TypeError: if *text* is not a :class:`str`.
    """  # noqa: E501
    given: object = text  # checked at run time: callers may pass anything
    if not isinstance(given, str):
        msg = f"tokenize() takes a str (got {type(given).__name__}); decode bytes first"
        raise TypeError(msg)
    return _tokens(text)


def _tokens(text: str) -> Iterator[Token]:
    kinds = _KINDS
    for match in TOKEN_RE.finditer(text):
        start, end = match.span()
        # Every branch of the pattern is a named group, so lastgroup is set.
        yield Token(kinds[match.lastgroup or "text"], text[start:end], Span(start, end))
