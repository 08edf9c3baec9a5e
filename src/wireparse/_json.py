r"""Articles as plain, JSON-ready dicts and JSON text, and back.

One cattrs converter, built once, does the work.  It has hooks for the few
leaf types only (spans, datetimes, dates, enums, strings, integers and
tuples); every record is taken apart and put back together generically from
its attrs fields, so a new record field needs no change here.  The format is
documented in ``docs/json.md`` and described by the JSON Schema shipped as
``wireparse/schemas/article-1.schema.json``.
"""

from __future__ import annotations

import datetime
import enum
import json
import re
from collections.abc import Callable, Mapping
from importlib import resources
from typing import TYPE_CHECKING, Any, Final, get_args, get_origin

import attrs
import cattrs
from cattrs.errors import IterableValidationError, IterableValidationNote
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from wireparse._records import Article, Span

if TYPE_CHECKING:
    from cattrs.dispatch import StructureHook

__all__ = [
    "JSON_VERSION",
    "article_to_dict",
    "from_dict",
    "from_json",
    "json_schema",
    "to_dict",
    "to_json",
]

JSON_VERSION: Final = 1
"""The version of the dict format that :func:`to_dict` writes and :func:`from_dict` reads."""

_VERSION_KEY: Final = "wireparse"
"""The key, first in every dict, that holds :data:`JSON_VERSION`."""

_SCHEMA_FILE: Final = f"schemas/article-{JSON_VERSION}.schema.json"
"""The JSON Schema of the format, inside the package."""


class _InvalidValueError(ValueError):
    """A value of the wrong JSON type or form, with a message for people."""


_JSON_TYPES: Final = {
    "NoneType": "null",
    "bool": "boolean",
    "int": "number",
    "float": "number",
    "str": "string",
    "list": "array",
    "tuple": "array",
    "dict": "object",
}


def _got(value: object) -> str:
    """``value`` described for an error message: its JSON type, then the value itself."""
    name = type(value).__name__
    shown = repr(value)
    if len(shown) > 40:  # noqa: PLR2004 - a readable length
        shown = shown[:37] + "..."
    return f"got {_JSON_TYPES.get(name, name)} {shown}"


# --------------------------------------------------------------------------
# Leaf hooks: unstructuring.


def _span_to_list(span: Span) -> list[int]:
    return [span.start, span.end]


def _iso(value: datetime.date) -> str:  # datetimes included
    return value.isoformat()


def _enum_value(member: enum.Enum) -> Any:
    return member.value


# --------------------------------------------------------------------------
# Leaf hooks: structuring.  Strict about JSON types: cattrs' own hooks would
# call str() or int() on anything, and read a string as a tuple of characters.


def _structure_str(value: object, _type: object) -> str:
    if isinstance(value, str):
        return value
    msg = f"expected a string, {_got(value)}"
    raise _InvalidValueError(msg)


def _structure_int(value: object, _type: object) -> int:
    if type(value) is int:
        return value
    msg = f"expected an integer, {_got(value)}"
    raise _InvalidValueError(msg)


def _structure_span(value: object, _type: object) -> Span:
    if (
        isinstance(value, list | tuple)
        and len(value) == 2  # noqa: PLR2004 - start and end
        and type(value[0]) is int
        and type(value[1]) is int
    ):
        start, end = value
        if 0 <= start <= end:
            return Span(start, end)
        msg = f"expected a span [start, end] with 0 <= start <= end, got {value!r}"
        raise _InvalidValueError(msg)
    msg = f"expected a span [start, end] of two integers, {_got(value)}"
    raise _InvalidValueError(msg)


_FRACTIONAL_OFFSET = re.compile(r"([+-])([0-9]{2}):([0-9]{2}):([0-9]{2})\.([0-9]{6})\Z")
"""A UTC offset with microseconds, which CPython 3.11 misreads when its seconds are zero."""


def _structure_datetime(value: object, _type: object) -> datetime.datetime:
    if isinstance(value, str):
        try:
            moment = datetime.datetime.fromisoformat(value)
        except ValueError:
            pass
        else:
            found = _FRACTIONAL_OFFSET.search(value)
            if found is not None and moment.tzinfo is not None:
                hours, minutes, seconds, micros = (int(part) for part in found.groups()[1:])
                offset = datetime.timedelta(
                    hours=hours, minutes=minutes, seconds=seconds, microseconds=micros
                )
                zone = datetime.timezone(-offset if found[1] == "-" else offset)
                moment = moment.replace(tzinfo=zone)
            return moment
    msg = f"expected an ISO 8601 date and time, {_got(value)}"
    raise _InvalidValueError(msg)


def _structure_date(value: object, _type: object) -> datetime.date:
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            pass
    msg = f"expected an ISO 8601 date (YYYY-MM-DD), {_got(value)}"
    raise _InvalidValueError(msg)


def _structure_enum(value: object, kind: type[enum.Enum]) -> enum.Enum:
    if not isinstance(value, bool):
        try:
            return kind(value)
        except (ValueError, TypeError):
            pass
    allowed = ", ".join(repr(member.value) for member in kind)
    msg = f"expected one of {allowed}, {_got(value)}"
    raise _InvalidValueError(msg)


def _is_homogeneous_tuple(kind: object) -> bool:
    args = get_args(kind)
    return get_origin(kind) is tuple and len(args) == 2 and args[1] is Ellipsis  # noqa: PLR2004


def _tuple_hook(kind: Any, converter: cattrs.Converter) -> StructureHook:
    """A hook for ``tuple[X, ...]`` that takes JSON arrays only."""
    item_type = get_args(kind)[0]
    structure_item = converter.get_structure_hook(item_type)

    def structure(value: object, _type: object) -> tuple[Any, ...]:
        if not isinstance(value, list | tuple):
            msg = f"expected an array, {_got(value)}"
            raise _InvalidValueError(msg)
        items: list[Any] = []
        errors: list[Exception] = []
        for index, item in enumerate(value):
            try:
                items.append(structure_item(item, item_type))
            except Exception as error:  # noqa: BLE001 - gathered, then raised together
                note = IterableValidationNote(
                    f"Structuring {kind} @ index {index}", index, item_type
                )
                error.__notes__ = [*getattr(error, "__notes__", ()), note]
                errors.append(error)
        if errors:
            msg = f"While structuring {kind!r}"
            raise IterableValidationError(msg, errors, kind)
        return tuple(items)

    return structure


def _record_hook(kind: type[Any], converter: cattrs.Converter) -> StructureHook:
    """A hook for an attrs record that takes JSON objects only."""
    structure_fields = make_dict_structure_fn(kind, converter)

    def structure(value: object, _type: object) -> Any:
        if not isinstance(value, Mapping):
            msg = f"expected an object, {_got(value)}"
            raise _InvalidValueError(msg)
        return structure_fields(value, kind)

    return structure


def _article_unstructure_hook(converter: cattrs.Converter) -> Callable[[Article], dict[str, Any]]:
    """The article's own hook: the version first, the fields, ``source`` last."""
    unstructure_fields = make_dict_unstructure_fn(Article, converter)

    def unstructure(article: Article) -> dict[str, Any]:
        data = unstructure_fields(article)
        source = data.pop("source")
        return {_VERSION_KEY: JSON_VERSION, **data, "source": source}

    return unstructure


def _make_converter() -> cattrs.Converter:
    converter = cattrs.Converter(unstruct_collection_overrides={tuple: list})
    converter.register_unstructure_hook(Span, _span_to_list)
    converter.register_unstructure_hook(datetime.date, _iso)
    converter.register_unstructure_hook(datetime.datetime, _iso)
    converter.register_structure_hook(Span, _structure_span)
    converter.register_structure_hook(datetime.date, _structure_date)
    converter.register_structure_hook(datetime.datetime, _structure_datetime)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    # Registered by class, the hooks above would also catch str and int
    # enums (their classes come before Enum in the method resolution order).
    for kind in (enum.Enum, enum.StrEnum, enum.IntEnum):
        converter.register_unstructure_hook(kind, _enum_value)
        converter.register_structure_hook(kind, _structure_enum)
    converter.register_structure_hook_factory(_is_homogeneous_tuple, _tuple_hook)
    converter.register_structure_hook_factory(attrs.has, _record_hook)
    converter.register_unstructure_hook(Article, _article_unstructure_hook(converter))
    return converter


_CONVERTER: Final = _make_converter()
_unstructure_article: Final = _CONVERTER.get_unstructure_hook(Article)
_structure_article: Final = _CONVERTER.get_structure_hook(Article)


def _describe(error: BaseException) -> str:
    if isinstance(error, _InvalidValueError):
        return str(error)
    if isinstance(error, KeyError):
        return "required field missing"
    return f"invalid value ({error})"


# --------------------------------------------------------------------------
# The public functions.


def to_dict(article: Article) -> dict[str, Any]:
    r"""The article as a dict of JSON-ready values.

    The first key, ``"wireparse"``, holds the format's version,
    :data:`JSON_VERSION`; then come the :class:`~wireparse.Article` attribute
    names in declaration order, with ``source`` last.  Records nested in the
    article become dicts keyed the same way; spans become ``[start, end]``
    lists, datetimes and dates ISO 8601 strings, enums their values, tuples
    lists.  See ``docs/json.md`` for every field.

    Args:
        article: a parsed (or hand-built) article.

    Returns:
        A new dict of ``str``, ``int``, ``None``, lists and dicts only, which
        :func:`from_dict` turns back into an equal article.

    Raises:
        TypeError: if *article* is not an :class:`~wireparse.Article`.

    >>> from wireparse import parse, to_dict
    >>> data = to_dict(parse("Talks\n\nSEOUL, Aug. 8 (Yonhap) -- They met."))
    >>> data["wireparse"], data["headline"]
    (1, 'Talks')
    >>> data["dateline"]
    {'location': 'SEOUL', 'date': 'Aug. 8', 'agency': 'Yonhap', 'span': [7, 33], 'when': None}
    >>> data["paragraphs"]
    [{'text': 'They met.', 'span': [33, 42]}]
    >>> list(data)[-1]
    'source'
    """
    given: object = article  # checked at run time: callers may pass anything
    if not isinstance(given, Article):
        msg = f"to_dict() takes a wireparse.Article (got {type(given).__name__})"
        raise TypeError(msg)
    data: dict[str, Any] = _unstructure_article(given)
    return data


article_to_dict = to_dict
""":func:`to_dict` under the name the command line first imported it by."""


def from_dict(data: Mapping[str, Any]) -> Article:
    r"""The article a dict from :func:`to_dict` describes.

    ``from_dict(to_dict(article)) == article`` for every article, spans,
    defects and segments included.  A dict without the ``"wireparse"``
    version key is read as version 1; keys the format does not know are
    ignored; keys whose field has a default (such as ``"defects"``) may be
    left out.

    Args:
        data: a dict in the format :func:`to_dict` writes, such as one
            :func:`json.loads` returned.

    Returns:
        A new :class:`~wireparse.Article`.

    Raises:
        TypeError: if *data* is not a mapping.
        ValueError: if its version is not one this wireparse reads, a
            required field is missing, or a value has the wrong type or form;
            the message names every such field by its path (``$.byline.span``).

    >>> from wireparse import from_dict, parse, to_dict
    >>> article = parse("Talks\n\nSEOUL, Aug. 8 (Yonhap) -- They met.")
    >>> from_dict(to_dict(article)) == article
    True
    >>> from_dict({"source": "x", "headline": 3})
    Traceback (most recent call last):
    ...
    ValueError: not a wireparse article dict: expected a string, got number 3 @ $.headline
    """
    given: object = data  # checked at run time: callers may pass anything
    if not isinstance(given, Mapping):
        msg = f"from_dict() takes a dict (got {type(given).__name__})"
        raise TypeError(msg)
    version = data.get(_VERSION_KEY, JSON_VERSION)
    if type(version) is not int or version != JSON_VERSION:
        msg = (
            f"unsupported wireparse JSON version {version!r} in {_VERSION_KEY!r}"
            f" (this wireparse reads version {JSON_VERSION})"
        )
        raise ValueError(msg)
    try:
        article: Article = _structure_article(data, Article)
    except cattrs.BaseValidationError as error:
        problems = cattrs.transform_error(error, format_exception=lambda e, _t: _describe(e))
        msg = "not a wireparse article dict: " + "; ".join(problems)
        raise ValueError(msg) from None
    except (TypeError, ValueError) as error:  # a record's own validator refused a value
        msg = f"not a wireparse article dict: {error}"
        raise ValueError(msg) from None
    return article


def to_json(article: Article, *, indent: int | None = None) -> str:
    r"""The article as JSON text: :func:`to_dict`'s dict, written out.

    Non-ASCII characters are written as they are (not as ``\u`` escapes)
    and the keys keep :func:`to_dict`'s order.

    Args:
        article: a parsed (or hand-built) article.
        indent: spaces to indent nested values by; ``None`` writes one line.

    Returns:
        The JSON text, to be written out as UTF-8.

    Raises:
        TypeError: if *article* is not an :class:`~wireparse.Article`.

    >>> from wireparse import parse, to_json
    >>> text = to_json(parse("Café talks\n\nThey met."))
    >>> text[:46]
    '{"wireparse": 1, "style": "plain", "headline":'
    >>> "Café talks" in text
    True
    """
    return json.dumps(to_dict(article), ensure_ascii=False, indent=indent)


def from_json(text: str | bytes) -> Article:
    r"""The article that JSON text from :func:`to_json` describes.

    Args:
        text: the JSON text, or bytes in UTF-8 (or UTF-16 or UTF-32).

    Returns:
        A new :class:`~wireparse.Article`.

    Raises:
        TypeError: if *text* is neither ``str`` nor ``bytes``.
        ValueError: if *text* is not JSON, its value is not an object, or
            (as in :func:`from_dict`) the object is not an article in a
            version this wireparse reads.

    >>> from wireparse import from_json, parse, to_json
    >>> article = parse("Talks\n\nThey met.")
    >>> from_json(to_json(article)) == article
    True
    """
    given: object = text  # checked at run time: callers may pass anything
    if not isinstance(given, str | bytes | bytearray):
        msg = f"from_json() takes str or bytes (got {type(given).__name__})"
        raise TypeError(msg)
    try:
        data = json.loads(text)
    except ValueError as error:  # JSONDecodeError, or UnicodeDecodeError for bytes
        msg = f"not JSON: {error}"
        raise ValueError(msg) from None
    if not isinstance(data, dict):
        msg = f"not a wireparse article: expected a JSON object, {_got(data)}"
        raise ValueError(msg)  # noqa: TRY004 - the text's content, not the caller's type
    return from_dict(data)


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the dicts :func:`to_dict` writes.

    Returns:
        A new dict, parsed from the schema file shipped in the package.

    >>> from wireparse._json import json_schema
    >>> json_schema()["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    """
    text = resources.files("wireparse").joinpath(_SCHEMA_FILE).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema
