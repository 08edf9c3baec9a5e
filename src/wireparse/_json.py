"""Articles as plain, JSON-ready dicts (private; the command line uses it).

The dict is built generically from the attrs records, so a new record field
shows up without any change here.  Spans become ``[start, end]`` lists, dates
and datetimes ISO 8601 strings, enums their values and tuples lists.
"""

from __future__ import annotations

import datetime
import enum
from typing import TYPE_CHECKING, Any

import attrs

from wireparse._records import Article, Span

if TYPE_CHECKING:
    from attrs import Attribute

__all__ = ["article_to_dict"]


def _plain(_inst: object, _field: Attribute[Any] | None, value: Any) -> Any:
    """One value in a JSON-ready form; attrs recurses into records and tuples."""
    if isinstance(value, Span):
        return [value.start, value.end]
    if isinstance(value, datetime.date):  # datetimes included
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple):  # attrs.asdict keeps tuples; JSON has lists
        return list(value)
    return value


def article_to_dict(article: Article) -> dict[str, Any]:
    r"""The article as a dict of JSON-ready values, keyed by attribute name.

    Args:
        article: a parsed article.

    Returns:
        A new dict whose keys are the :class:`~wireparse.Article` attribute
        names, in declaration order but with ``source`` last, so that the
        fields people read come first.

    >>> from wireparse import parse
    >>> data = article_to_dict(parse("Talks\n\nSEOUL, Aug. 8 (Yonhap) -- They met."))
    >>> data["dateline"]
    {'location': 'SEOUL', 'date': 'Aug. 8', 'agency': 'Yonhap', 'span': [7, 33], 'when': None}
    >>> data["paragraphs"]
    [{'text': 'They met.', 'span': [33, 42]}]
    """
    data = attrs.asdict(article, value_serializer=_plain)
    data["source"] = data.pop("source")
    return data
