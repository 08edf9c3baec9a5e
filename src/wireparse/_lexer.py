"""The lexer: a lossless stream of tokens over any text.

The lexer is total and lossless: it accepts any string, never raises, and the
texts of its tokens joined together give back the input exactly.  It scans by
position with one compiled pattern and never re-slices the remaining text, so
it runs in time linear in the input.
"""

from __future__ import annotations

from collections.abc import Iterator

from wireparse._records import Span, Token, TokenKind
from wireparse._text import TOKEN_RE

__all__ = ["tokenize"]

_KINDS = {kind.value: kind for kind in TokenKind}


def tokenize(text: str) -> Iterator[Token]:
    """Split *text* into :class:`~wireparse.Token` objects, losing nothing.

    >>> from wireparse import tokenize
    >>> tokens = list(tokenize("SEOUL --\\x02 Hi \\r\\n"))
    >>> [(t.kind.value, t.text) for t in tokens]
    [('text', 'SEOUL --'), ('control', '\\x02'), ('space', ' '), ('text', 'Hi'), ('space', ' '), ('newline', '\\r\\n')]
    >>> "".join(t.text for t in tokens) == "SEOUL --\\x02 Hi \\r\\n"
    True

    Raises:
        TypeError: if *text* is not a :class:`str`.
    """  # noqa: E501
    if not isinstance(text, str):
        msg = f"tokenize() takes a str (got {type(text).__name__}); decode bytes first"
        raise TypeError(msg)
    return _tokens(text)


def _tokens(text: str) -> Iterator[Token]:
    kinds = _KINDS
    for match in TOKEN_RE.finditer(text):
        group = match.lastgroup
        assert group is not None  # every branch is a named group
        start, end = match.span()
        yield Token(kinds[group], text[start:end], Span(start, end))
