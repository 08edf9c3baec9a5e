r"""The writer that mirrors the reader: :func:`render` an article as text in a house style.

h11 keeps its readers and writers as mirror images over the same events; here
:func:`wireparse.parse` reads wire copy into an :class:`~wireparse.Article`
and :func:`render` writes an article back out, in the canonical layout of one
house style, so that the style's reader reads it back as the same article.

Theory of operation
    A *layout* is one row of a table keyed by style name: the function that
    writes the article, and the name of the registered style that reads the
    result (the same name, except ``"ap"``: AP's plain copy is read by the
    ``plain`` style).  Each writer puts every field where its reader looks
    for it, in one fixed form, so that rendering is deterministic and a render
    read back and rendered again gives the same text
    (``render(parse(render(a))) == render(a)``).

    Writers write *fields*, not the source's wording: a byline is written
    from its :attr:`~wireparse.Byline.authors` and
    :attr:`~wireparse.Byline.affiliation` (its ``text`` is what the reader
    will record), a dateline from its location, date and agency (its ``when``
    is worked out again by the reader), timestamps in the form and zone the
    layout carries.  Photo captions go back where their spans put them among
    the paragraphs, or after the first paragraph when their spans say nothing
    (an empty span); never before the first paragraph or after the last, where
    the readers would not take them for captions.

    A field the layout cannot carry (a byline in 1987 Reuters copy, a second
    timestamp on the Yonhap site) raises :class:`ValueError` naming the field;
    the article's :attr:`~wireparse.Article.envelope` (a transmission frame's
    routing) is never written.  Record *texts* are written as they are: a
    paragraph whose words read as a dateline or a credit in that style will be
    read as one.  :mod:`wireparse.strategies` generates only articles whose
    texts round-trip.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, NamedTuple, NoReturn

from wireparse._records import Article, Byline, Caption, Dateline, Paragraph
from wireparse._styles import Style
from wireparse._vocabulary import Vocabulary

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

__all__ = ["LAYOUTS", "Layout", "render"]

KST = datetime.timezone(datetime.timedelta(hours=9))
"""Korea Standard Time, in which the Korea Herald and Yonhap pages stamp their stories."""

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_REUTERS_ZONES = ("EDT", "EST", "GMT")
"""The abbreviations a Reuters stamp prefers for an offset it must name."""
_ZONES = Vocabulary.ZONES
_WRAP = 65
"""The width of the 1987 wire's fixed-width lines."""


def _refuse(field: str, style: str, why: str) -> NoReturn:
    """Raise the :class:`ValueError` for a field that the layout cannot carry."""
    msg = f"{field}: the {style!r} layout {why}"
    raise ValueError(msg)


def _check_minutes(field: str, style: str, value: datetime.datetime) -> None:
    if value.second or value.microsecond:
        _refuse(field, style, f"gives times to the minute ({value.isoformat()})")


# --------------------------------------------------------------------------
# Pieces shared by the layouts.


def _names(authors: Sequence[str]) -> str:
    """``A``, ``A and B``, ``A, B and C``: the form the byline reader splits."""
    if len(authors) == 1:
        return authors[0]
    return f"{', '.join(authors[:-1])} and {authors[-1]}"


def _authors(byline: Byline, style: str) -> str:
    if not byline.authors:
        _refuse("byline.authors", style, "writes a byline only with its authors")
    return _names(byline.authors)


def _dateline(dateline: Dateline, dash: str, style: str, *, gap: str = " ") -> str:
    """``CITY, Region, Date (Agency) -- ``: the dateline and the space after its dash.

    *gap* goes between the place (or date) and the agency's parentheses.
    """
    location, date, agency = dateline.location, dateline.date, dateline.agency
    if location is None:
        if date is not None or agency is None:
            _refuse(
                "dateline.location", style, "writes a dateline without a place only as (Agency)"
            )
        return f"({agency}) {dash} "
    text = location if date is None else f"{location}, {date}"
    if agency is not None:
        text = f"{text}{gap}({agency})"
    return f"{text} {dash} "


def _body(article: Article, style: str) -> list[Paragraph | Caption]:
    """The paragraphs in order, with the captions put back among them.

    A caption goes before the first paragraph that its span says follows it,
    or after the first paragraph when its span is empty; always after the
    first paragraph and before the last.
    """
    paragraphs = list(article.paragraphs)
    if not article.captions:
        return list(paragraphs)
    if len(paragraphs) < 2:  # noqa: PLR2004 - a caption needs a paragraph before and after it
        _refuse("captions", style, "reads a caption only between two paragraphs of the story")
    placed: list[tuple[int, int, Caption]] = []
    for number, caption in enumerate(article.captions):
        position = 1
        if len(caption.span):
            position = sum(1 for p in paragraphs if p.span.start < caption.span.start)
        placed.append((min(max(position, 1), len(paragraphs) - 1), number, caption))
    # in their spans' order where several go to one place, else in the order given
    placed.sort(key=lambda item: (item[0], item[2].span.start, item[1]))
    blocks: list[Paragraph | Caption] = []
    waiting = iter(placed)
    pending = next(waiting, None)
    for index, paragraph in enumerate(paragraphs):
        while pending is not None and pending[0] == index:
            blocks.append(pending[2])
            pending = next(waiting, None)
        blocks.append(paragraph)
    return blocks


def _caption_text(caption: Caption, style: str) -> str:
    if caption.credit is None:
        _refuse("captions", style, "reads a caption only with its (credit)")
    return f"{caption.text} ({caption.credit})"


def _body_blocks(article: Article, style: str, dateline: str) -> list[str]:
    """Paragraph and caption texts in order, the dateline opening the first paragraph."""
    blocks = [
        _caption_text(block, style) if isinstance(block, Caption) else block.text
        for block in _body(article, style)
    ]
    if dateline:
        if blocks:
            blocks[0] = dateline + blocks[0]
        else:
            blocks.append(dateline.rstrip())
    return blocks


def _offset(value: datetime.timedelta) -> str:
    minutes, seconds = divmod(int(value.total_seconds()), 60)
    sign = "-" if minutes < 0 else "+"
    hours, minutes = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{minutes:02d}" if not seconds else ""


def _iso(field: str, value: datetime.datetime) -> str:
    """ISO 8601 to the minute, with seconds and fractions only when there are any."""
    text = f"{value:%Y-%m-%dT%H:%M}"
    if value.second or value.microsecond:
        text += f":{value:%S}"
    if value.microsecond:
        text += f".{value:%f}"
    offset = value.utcoffset()
    if offset is None:
        return text
    zone = _offset(offset)
    if not zone:
        _refuse(field, "plain", "states zones to the minute")
    return text + zone


def _in_kst(field: str, style: str, value: datetime.datetime) -> datetime.datetime:
    """*value* on the clock of Korea Standard Time (naive times are taken as KST already)."""
    if value.tzinfo is not None:
        value = value.astimezone(KST)
    _check_minutes(field, style, value)
    return value


def _reuters_zone(field: str, value: datetime.datetime) -> str:
    """The zone abbreviation of a Reuters stamp: the time's own, else one for its offset."""
    offset = value.utcoffset()
    if offset is None:
        return ""
    minutes = offset.total_seconds() / 60
    name = value.tzname()
    if name is not None and _ZONES.get(name) == minutes:
        return name
    for candidate in (*_REUTERS_ZONES, *_ZONES):
        if _ZONES[candidate] == minutes:
            return candidate
    _refuse(field, "reuters", f"names zones by abbreviation (none for {name or offset})")


# --------------------------------------------------------------------------
# The layouts.


def _render_plain(article: Article) -> str:
    """Plain text: headline, ``By`` line and affiliation, ISO 8601 timestamps, ``CITY --``."""
    style = "plain"
    _need_headline(article, style)
    header: list[str] = []
    if article.byline is not None:
        header.append(f"By {_authors(article.byline, style)}")
        if article.byline.affiliation:
            header.append(article.byline.affiliation)
    for label, value in (("Published", article.published), ("Updated", article.updated)):
        if value is not None:
            header.append(f"{label}: {_iso(label.lower(), value)}")
    dateline = "" if article.dateline is None else _dateline(article.dateline, "--", style)
    blocks = [article.headline or "", "\n".join(header)] if header else [article.headline or ""]
    blocks += _body_blocks(article, style, dateline)
    blocks += [f"({credit.text})" for credit in article.credits]
    blocks += [mark.text for mark in article.end_marks]
    return "\n\n".join(blocks) + "\n"


def _render_koreaherald(article: Article) -> str:
    """The Korea Herald page: bulleted KST timestamps, the credit closing the last paragraph."""
    style = "koreaherald"
    _need_headline(article, style)
    header: list[str] = []
    if article.byline is not None:
        names = _authors(article.byline, style)
        affiliation = article.byline.affiliation
        header.append(f"By {names}, {affiliation}" if affiliation else f"By {names}")
    for label, value in (("Published", article.published), ("Updated", article.updated)):
        if value is not None:
            when = _in_kst(label.lower(), style, value)
            stamp = f"{_MONTHS[when.month - 1][:3]} {when.day}, {when.year} - {when:%H:%M}"
            header.append(f"  \u2022 {label} : {stamp}")
    dateline = "" if article.dateline is None else _dateline(article.dateline, "--", style)
    blocks = _body_blocks(article, style, dateline)
    closing = [f"({credit.text})" for credit in article.credits]
    if closing and blocks:
        blocks[-1] = f"{blocks[-1]} {closing.pop(0)}"
    blocks += closing
    blocks += [mark.text for mark in article.end_marks]
    text = article.headline or ""
    if header:
        # The page runs the header lines into the body: no blank line between them.
        body = "\n\n".join(blocks)
        return f"{text}\n\n" + "\n".join(header) + (f"\n{body}\n" if body else "\n")
    return "\n\n".join([text, *blocks]) + "\n"


def _render_yonhap(article: Article) -> str:
    """Yonhap's site: the posting time in KST, ``(Yonhap) --``, e-mail sign-off, ``(END)``."""
    style = "yonhap"
    _need_headline(article, style)
    if article.updated is not None:
        _refuse("updated", style, "shows one time, the time of posting")
    blocks = [article.headline or ""]
    if article.published is not None:
        when = _in_kst("published", style, article.published)
        blocks.append(f"{when:%H:%M} {_MONTHS[when.month - 1]} {when:%d}, {when.year}")
    if article.byline is not None:
        if article.byline.affiliation:
            _refuse("byline.affiliation", style, "shows no affiliation in a byline")
        blocks.append(f"By {_authors(article.byline, style)}")
    dateline = "" if article.dateline is None else _dateline(article.dateline, "--", style)
    blocks += _body_blocks(article, style, dateline)
    closing = [credit.text for credit in article.credits]
    closing += [mark.text for mark in article.end_marks]
    if closing:
        blocks.append("\n".join(closing))
    return "\n\n".join(blocks) + "\n"


def _render_ap(article: Article) -> str:
    """AP's plain copy: ``By JANE DOE`` over ``Associated Press Writer``, ``CITY (AP) —``."""
    style = "ap"
    _need_headline(article, style)
    for field in ("published", "updated"):
        if getattr(article, field) is not None:
            _refuse(field, style, "carries no timestamps")
    blocks = [article.headline or ""]
    if article.byline is not None:
        byline = f"By {_authors(article.byline, style)}"
        affiliation = article.byline.affiliation
        blocks.append(f"{byline}\n{affiliation}" if affiliation else byline)
    dateline = "" if article.dateline is None else _dateline(article.dateline, "\u2014", style)
    blocks += _body_blocks(article, style, dateline)
    blocks += [credit.text for credit in article.credits]
    blocks += [mark.text for mark in article.end_marks]
    return "\n\n".join(blocks) + "\n"


def _render_reuters(article: Article) -> str:
    """The Reuters.com export: ``--`` header lines, `` CITY  (Reuters) -``, desk credits."""
    style = "reuters"
    if article.updated is not None:
        _refuse("updated", style, "has one time line, the time of publication")
    for field in ("captions", "end_marks"):
        if getattr(article, field):
            _refuse(field, style, f"carries no {field.replace('_', ' ')}")
    header = [f"-- {article.headline}" if article.headline else "--"]
    byline = article.byline
    if byline is None:
        header.append("--")
    else:
        label = f" - {byline.affiliation}" if byline.affiliation else ""
        header.append(f"-- By {_authors(byline, style)}{label}")
    published = article.published
    if published is None:
        header.append("--")
    else:
        _check_minutes("published", style, published)
        hour = published.hour % 12 or 12
        half = "am" if published.hour < 12 else "pm"  # noqa: PLR2004 - noon
        stamp = (
            f"{_WEEKDAYS[published.weekday()]} {_MONTHS[published.month - 1][:3]} "
            f"{published.day}, {published.year} {hour}:{published:%M}{half}"
        )
        zone = _reuters_zone("published", published)
        header.append(f"-- {stamp} {zone}" if zone else f"-- {stamp}")
    dateline = ""
    if article.dateline is not None:
        dateline = _dateline(article.dateline, "-", style, gap="  ")
    blocks = _body_blocks(article, style, dateline)
    blocks += [f"({credit.text})" for credit in article.credits]
    body = "\n\n".join(f" {block}" for block in blocks)
    return "\n".join(header) + (f"\n\n{body}\n" if body else "\n")


def _wrap(text: str, indent: str) -> list[str]:
    """Hard-wrap *text* at :data:`_WRAP` columns, the first line indented, the rest flush left."""
    lines: list[str] = []
    line = indent
    for word in text.split(" "):
        if line.strip() and len(line) + 1 + len(word) > _WRAP:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line.strip() else line + word
    lines.append(line)
    return lines


def _render_reuters_1987(article: Article) -> str:
    """The 1987 wire: title, indented paragraphs hard-wrapped at 65 columns, ``Reuter``."""
    style = "reuters-1987"
    for field in ("byline", "published", "updated"):
        if getattr(article, field) is not None:
            _refuse(field, style, f"carries no {field}")
    if article.captions:
        _refuse("captions", style, "carries no captions")
    dateline = article.dateline
    if dateline is not None and (dateline.agency is not None or dateline.location is None):
        _refuse("dateline.agency", style, "writes datelines as 'PLACE, Date -'")
    if len(article.credits) > 1 or any(c.text != "Reuter" for c in article.credits):
        _refuse("credits", style, "has one credit, the 'Reuter' sign-off")
    if len(article.end_marks) > 1:
        _refuse("end_marks", style, "has one end mark, after the sign-off")
    opening = "" if dateline is None else _dateline(dateline, "-", style)
    if article.headline is None and not opening:
        _refuse("headline", style, "reads the first line as the title")
    lines = [] if article.headline is None else [article.headline, ""]
    for block in _body_blocks(article, style, opening):
        lines += _wrap(block, "    ")
    lines += [" Reuter" for _credit in article.credits]
    lines += [f" {mark.text}" for mark in article.end_marks]
    return "\n".join(lines) + "\n"


def _need_headline(article: Article, style: str) -> None:
    if article.headline is None:
        _refuse("headline", style, "reads the first line as the headline")


class Layout(NamedTuple):
    """One house style's writer, and the registered style that reads what it writes."""

    write: Callable[[Article], str]
    reader: str


LAYOUTS: dict[str, Layout] = {
    "plain": Layout(_render_plain, "plain"),
    "koreaherald": Layout(_render_koreaherald, "koreaherald"),
    "yonhap": Layout(_render_yonhap, "yonhap"),
    "ap": Layout(_render_ap, "plain"),
    "reuters": Layout(_render_reuters, "reuters"),
    "reuters-1987": Layout(_render_reuters_1987, "reuters-1987"),
}
"""The layouts by style name; the reader of ``ap`` copy is the ``plain`` style."""


def render(article: Article, style: str | Style = "plain") -> str:
    r"""Write *article* as text in a house style, the way that style's reader reads it.

    Args:
        article: the article to write.  Spans, source, defects and segments
            are not read; the byline is written from its authors and
            affiliation, the dateline from its place, date and agency.
        style: the layout, by name or as a registered :class:`~wireparse.Style`:
            ``"plain"`` (ISO 8601 timestamps), ``"koreaherald"``,
            ``"yonhap"``, ``"ap"`` (read back by the ``plain`` style),
            ``"reuters"`` (the Reuters.com export) or ``"reuters-1987"``
            (fixed-width 1987 wire copy).

    Returns:
        The text, ending in a line end.  Rendering is deterministic, and a
        render read back with :func:`~wireparse.parse` renders to the same
        text again.

    Raises:
        TypeError: *article* is not an :class:`~wireparse.Article`.
        ValueError: there is no layout for *style* (the message lists the
            layouts there are), or the article has a field the layout cannot
            carry (the message names the field).

    Timestamps are written as each layout carries them: to the minute, on the
    Korea Herald and Yonhap pages in Korea Standard Time (aware times are
    converted, naive ones taken to be KST already), on Reuters stamps with a
    zone abbreviation (the time's own, else ``EDT``, ``EST``, ``GMT`` or
    another of the vocabulary's for its offset); in plain text as ISO 8601,
    with seconds where there are any.  A naive time on a Reuters stamp or in
    plain text is written without a zone, and read back naive with an
    info-level ``naive-timestamp`` defect.

    >>> import datetime
    >>> from wireparse import Article, Byline, Dateline, Paragraph, Span, parse, render
    >>> nowhere = Span(0, 0)
    >>> article = Article(
    ...     source="",
    ...     headline="Ferry service resumes",
    ...     byline=Byline("By Jane Doe", ["Jane Doe"], nowhere),
    ...     published=datetime.datetime(2019, 3, 14, 10, 42, tzinfo=datetime.UTC),
    ...     dateline=Dateline("BUSAN", None, None, nowhere),
    ...     paragraphs=[Paragraph("Boats sailed again.", nowhere)],
    ... )
    >>> print(render(article, "koreaherald"), end="")
    Ferry service resumes
    <BLANKLINE>
    By Jane Doe
      • Published : Mar 14, 2019 - 19:42
    BUSAN -- Boats sailed again.
    >>> again = parse(render(article, "koreaherald"))
    >>> again.style, again.headline, again.published.isoformat()
    ('koreaherald', 'Ferry service resumes', '2019-03-14T19:42:00+09:00')
    >>> render(article, "reuters-1987")
    Traceback (most recent call last):
    ...
    ValueError: byline: the 'reuters-1987' layout carries no byline
    """
    given: object = article  # checked at run time: callers may pass anything
    if not isinstance(given, Article):
        msg = f"render() takes a wireparse.Article (got {type(given).__name__})"
        raise TypeError(msg)
    name = style.name if isinstance(style, Style) else style
    layout = LAYOUTS.get(name) if isinstance(name, str) else None
    if layout is None:
        known = ", ".join(sorted(LAYOUTS))
        msg = f"cannot render in the style {name!r}; the styles render writes are: {known}"
        raise ValueError(msg)
    return layout.write(article)
