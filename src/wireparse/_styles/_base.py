"""House styles: what a style is, and the registry that picks one.

A :class:`Style` tells the parser how one agency or packaging writes its copy:

* :meth:`Style.detect` scores how well a text fits the style;
* :meth:`Style.regions` reads a packaging (SGML elements, front matter, a
  transmission frame) into :class:`Region` objects: stretches of the source
  with the role each plays (headline, byline, dateline, timestamp, text, body,
  credit, end mark, markup);
* :meth:`Style.envelope` reads a transmission frame's routing fields;
* :meth:`Style.decode` turns raw characters into text (markup styles remove
  tags and decode entities there);
* :attr:`Style.vocabulary_class` and :attr:`Style.implied_offset` give the
  words it uses and the time zone its timestamps imply;
* :attr:`Style.header_rules` and :attr:`Style.body_rules` are the rule tables
  the parser runs, which a style may extend by name.

Styles are immutable once built; the registry maps names to styles and picks
the best-fitting one for a text.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Collection, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, ClassVar, TypeVar

import attrs

from wireparse._records import Span  # noqa: TC001 - attrs and hypothesis read field types
from wireparse._text import fold
from wireparse._vocabulary import Vocabulary

if TYPE_CHECKING:
    from wireparse._parser import BodyRule, HeaderRule
    from wireparse._records import Envelope

__all__ = ["Region", "RegionRole", "Style", "StyleRegistry", "edit_rules"]


class RegionRole(enum.StrEnum):
    """What a :class:`Region` of a packaged article holds.

    >>> from wireparse import Region, RegionRole, Span
    >>> [role.value for role in RegionRole]  # doctest: +NORMALIZE_WHITESPACE
    ['text', 'body', 'headline', 'byline', 'dateline', 'published', 'updated',
     'credit', 'end-mark', 'markup']
    >>> Region("end-mark", Span(40, 45)).role
    <RegionRole.END_MARK: 'end-mark'>
    """

    TEXT = "text"
    """Lines read by the header rules, then as body."""
    BODY = "body"
    """Lines read as body only."""
    HEADLINE = "headline"
    """The headline."""
    BYLINE = "byline"
    """One byline line; several regions make one byline (names, then titles)."""
    DATELINE = "dateline"
    """A dateline on its own, dash optional."""
    PUBLISHED = "published"
    """A publication time, read as a timestamp."""
    UPDATED = "updated"
    """An update time, read as a timestamp."""
    CREDIT = "credit"
    """An agency credit or contributor line."""
    END_MARK = "end-mark"
    """An end-of-story or transmission mark."""
    MARKUP = "markup"
    """Packaging with no article text (tags, frames, front matter keys)."""


def _role(value: RegionRole | str) -> RegionRole:
    """*value* as a :class:`RegionRole` (an enum call only when it is not one yet)."""
    return value if type(value) is RegionRole else RegionRole(value)


@attrs.frozen
class Region:
    r"""A stretch of the source and the role it plays in the article.

    A style's :meth:`Style.regions` returns them for packaged text; the parser
    then reads each region as its role says.

    >>> from wireparse import Region, RegionRole, Span, Style, parse
    >>> class Memo(Style):
    ...     name = "memo"
    ...     description = "memos with a 'TITLE' line above the body"
    ...     def regions(self, source):
    ...         end = source.index("\n")
    ...         return [
    ...             Region(RegionRole.MARKUP, Span(0, 7)),
    ...             Region(RegionRole.HEADLINE, Span(7, end)),
    ...             Region(RegionRole.BODY, Span(end, len(source))),
    ...         ]
    >>> article = parse("TITLE: Rain ends drought\n\nSEOUL -- Rain fell.\n", style=Memo())
    >>> article.headline, article.dateline.location, article.text
    ('Rain ends drought', 'SEOUL', 'Rain fell.')
    >>> [s.kind.value for s in article.segments][:2]
    ['markup', 'headline']
    """

    role: RegionRole = attrs.field(converter=_role)
    """What the stretch holds; a role's value, such as ``"headline"``, is converted."""
    span: Span
    """Where the stretch lies in the source."""
    text: str | None = None
    """The text to use instead of decoding the span (a value with its key
    left out, say); ``None`` to decode the span."""


R = TypeVar("R")
"""A rule function's type: header rules or body rules."""


def edit_rules(
    base: Sequence[tuple[str, R]],
    *,
    first: Sequence[tuple[str, R]] = (),
    replace: Mapping[str, tuple[str, R]] | None = None,
    drop: Collection[str] = (),
    before: Mapping[str, Sequence[tuple[str, R]]] | None = None,
    after: Mapping[str, Sequence[tuple[str, R]]] | None = None,
    last: Sequence[tuple[str, R]] = (),
) -> tuple[tuple[str, R], ...]:
    """A new rule table made from *base* by name, the way a style extends the parser's.

    The result holds *first*, then *base*'s rules in order, each named in
    *replace* swapped for its replacement, those named in *drop* left out, and
    those listed in ``before[name]`` and ``after[name]`` put right before and
    after rule *name*; then *last*.
    """
    replaced = replace or {}
    ahead = before or {}
    behind = after or {}
    rules = list(first)
    for name, rule in base:
        rules.extend(ahead.get(name, ()))
        if name not in drop:
            rules.append(replaced.get(name, (name, rule)))
        rules.extend(behind.get(name, ()))
    rules.extend(last)
    return tuple(rules)


class Style:
    r"""A house style. Subclass it, set the class attributes, and register it.

    >>> from wireparse import Style, Vocabulary, parse, styles
    >>> class KivuVocabulary(Vocabulary):
    ...     AGENCIES = (*Vocabulary.AGENCIES, "Agence Kivu")
    >>> class Kivu(Style):
    ...     name = "kivu"
    ...     description = "Agence Kivu copy: 'GOMA (Agence Kivu) --' datelines"
    ...     vocabulary_class = KivuVocabulary
    ...     implied_offset = 120
    ...     def detect(self, source):
    ...         return 0.9 if "(Agence Kivu)" in source[:2000] else 0.0
    >>> _ = styles.register(Kivu())
    >>> article = parse("Rains\n\nGOMA (Agence Kivu) -- It rained.")
    >>> article.style, article.dateline.agency
    ('kivu', 'Agence Kivu')
    >>> styles.unregister("kivu")
    """

    name: ClassVar[str] = "plain"
    """The style's registry name."""
    description: ClassVar[str] = "plain text: headline, byline, timestamps, body"
    """One line for people."""
    vocabulary_class: ClassVar[type[Vocabulary]] = Vocabulary
    """The vocabulary the style's copy uses."""
    implied_offset: ClassVar[int | None] = None
    """Minutes east of UTC that timestamps stating no zone are read in."""
    priority: ClassVar[int] = 0
    """Breaks ties between equal detection scores (higher wins)."""
    fixed_width: ClassVar[bool] = False
    """Whether the copy is fixed-width, as on the 1987 Reuters wire, where every
    line that opens with white space starts a paragraph (table rows included)
    and only blank lines and indents part paragraphs."""

    def __init__(self) -> None:
        """Build the style and compile its vocabulary."""
        self.vocabulary = self.vocabulary_class()
        offset = self.implied_offset
        self.implied_zone: datetime.tzinfo | None = (
            None if offset is None else datetime.timezone(datetime.timedelta(minutes=offset))
        )

    @property
    def header_rules(self) -> Sequence[tuple[str, HeaderRule]]:
        """The header rules, by name, in the order they are tried on each line."""
        from wireparse._parser import HEADER_RULES  # noqa: PLC0415 - the parser imports styles

        return HEADER_RULES

    @property
    def body_rules(self) -> Sequence[tuple[str, BodyRule]]:
        """The body rules, by name, in the order they run."""
        from wireparse._parser import BODY_RULES  # noqa: PLC0415 - the parser imports styles

        return BODY_RULES

    def detect(self, source: str) -> float:  # noqa: ARG002 - subclasses look
        """How well *source* fits this style, from 0 (not at all) to 1 (certainly).

        Look at the start of the text only, so that detection stays cheap.
        """
        return 0.01

    def regions(self, source: str) -> Sequence[Region] | None:  # noqa: ARG002
        """The packaging's regions, in source order, or ``None`` for plain text."""
        return None

    def envelope(self, source: str) -> Envelope | None:  # noqa: ARG002 - framed styles read it
        """The transmission frame's routing fields, or ``None`` for unframed text.

        The parser puts it on :attr:`Article.envelope`; framed styles
        (ANPA-1312, IPTC 7901, ZCZC) read their header and trailer here.
        """
        return None

    def decode(self, raw: str) -> str:
        """Text from raw source characters: controls dropped, spaces folded.

        Never strip here, and never lengthen the text.
        """
        return fold(raw)

    def __repr__(self) -> str:
        """``<Style 'name': description>``."""
        return f"<{type(self).__name__} {self.name!r}: {self.description}>"


class StyleRegistry(Mapping[str, Style]):
    """The registered styles by name; :func:`wireparse.parse` picks from them.

    >>> from wireparse import styles
    >>> "plain" in styles
    True
    """

    def __init__(self, builtins: Sequence[Style] = ()) -> None:
        """Start with *builtins*."""
        self._styles: dict[str, Style] = {}
        for style in builtins:
            self.register(style)

    def register(self, style: Style, *, replace: bool = False) -> Style:
        """Add *style*; a name already taken needs ``replace=True``."""
        given: object = style  # checked at run time: callers may pass anything
        if not isinstance(given, Style):
            msg = f"register() takes a wireparse.Style instance (got {type(given).__name__})"
            raise TypeError(msg)
        if style.name in self._styles and not replace:
            msg = f"a style named {style.name!r} is registered already; pass replace=True"
            raise ValueError(msg)
        self._styles[style.name] = style
        return style

    def unregister(self, name: str) -> None:
        """Remove the style called *name*."""
        if name == "plain":
            msg = "the plain style cannot be removed"
            raise ValueError(msg)
        del self._styles[name]

    def get_style(self, style: str | Style | None, source: str) -> Style:
        """The style to use: the one named or given, or the best fit for *source*."""
        if isinstance(style, Style):
            return style
        if style is None:
            return self.detect(source)
        given: object = style  # checked at run time: callers may pass anything
        if not isinstance(given, str):
            msg = f"'style' must be a style name or a wireparse.Style (got {type(given).__name__})"
            raise TypeError(msg)
        try:
            return self._styles[given]
        except KeyError:
            known = ", ".join(sorted(self._styles))
            msg = f"unknown style {style!r}; the registered styles are: {known}"
            raise ValueError(msg) from None

    def detect(self, source: str) -> Style:
        """The style that fits *source* best (``plain`` when none does)."""
        best = self._styles["plain"]
        best_key = (0.0, -1)
        for style in self._styles.values():
            key = (style.detect(source), style.priority)
            if key > best_key:
                best, best_key = style, key
        return best

    def descriptions(self) -> dict[str, str]:
        """Each style's name and one-line description."""
        return {name: style.description for name, style in self._styles.items()}

    def __getitem__(self, name: str) -> Style:
        """The style called *name*."""
        return self._styles[name]

    def __iter__(self) -> Iterator[str]:
        """The names, in registration order."""
        return iter(self._styles)

    def __len__(self) -> int:
        """How many styles are registered."""
        return len(self._styles)

    def __repr__(self) -> str:
        """One line per style: its name and description."""
        lines = [f"  {name}: {style.description}" for name, style in self._styles.items()]
        return "StyleRegistry(\n" + "\n".join(lines) + "\n)"
