"""Adversarial inputs: they parse without raising, and no scan is quadratic.

Every input is built here in code: a very long line, floods of lines of
``By``, ``(``, ``--`` or control characters, deep runs of nested parentheses
and quotes, a byline that never ends, a dateline-like prefix on every line,
runs of end marks and credits, and floods that look like each packaging (SGML
tags, front matter, transmission frames).  ``benchmarks/adversarial.py``
times the same kinds at full size against ordinary articles.

The growth test parses each input at two sizes, *n* and *16n*, and checks the
ratio of the best times: linear work gives about 16, quadratic work 256; the
bound, 48, is generous so that a busy machine does not fail the test, and the
large size ratio still shows a quadratic term long before it dominates.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import pytest

import wireparse
from _support import assert_segments_partition
from wireparse import Article, Severity

if TYPE_CHECKING:
    from collections.abc import Callable

SENTENCE = "The ferry crossed the frozen lake on Sunday, and crowds watched from the shore. "
CONTROLS = "".join(chr(c) for c in range(0x20) if chr(c) not in "\r\n") + "\x7f\x85\u200b\ufeff"


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda n: unit * n


def _controls(n: int) -> str:
    return "".join(CONTROLS[k % 7 :: 3] + "\n" for k in range(n))


KINDS: dict[str, Callable[[int], str]] = {
    "long-line": _repeat(SENTENCE),
    "by": _repeat("By\n"),
    "paren": _repeat("(\n"),
    "dashes": _repeat("--\n"),
    "controls": _controls,
    "nested-parens": lambda n: "(" * (40 * n) + ")" * (40 * n),
    "nested-quotes": lambda n: "\"'\u201c\u2018``" * (10 * n) + "''\u2019\u201d'\"" * (10 * n),
    "endless-byline": lambda n: "By " + "Jane Doe, John Roe and Kim Min-ji, " * n,
    "dateline-prefix": _repeat("SEOUL, Aug. 8 (Yonhap) -- The ministers met.\n"),
    "end-marks": lambda n: "Talks resume\n\nThey met. " + "(END) " * n,
    "credits": lambda n: "Talks resume\n\nThey met. " + "(Yonhap) " * n,
    "credit-lines": lambda n: "Talks resume\n\nThey met.\n" + "(AP)\n" * n,
    "spaces": lambda n: "Talks" + " \u00a0\t" * (20 * n) + "resume",
    "sgml-tags": _repeat("<TEXT><HEAD>By<BYLINE>(AP) --</DATELINE>&amp;\n"),
    "open-tags": lambda n: "<DOC><TEXT>" + "<P" * (20 * n),
    "entities": lambda n: "<DOC>\n<TEXT>\n" + "&amp;&#0;&#x1;&#99999999;&" * (5 * n),
    "front-matter": lambda n: "---\n" + "title: ---\n---\n" * n,
    "frames": _repeat("\x16\x16\x01a0001\x1fnat\r\n\x02^Head<\r\n\x03\x04"),
    "zczc": lambda n: "ZCZC\r\n" + "%A\r\n" * n + "x\r\n" + "AAP\r\n" * n + "NNNN\r\n",
    "blank-tail": lambda n: "\x01eca1 4 i 9 dpa 1\r\n\x02Head =\r\nText.\r\n" + "\n" * (20 * n),
}
"""Each adversarial kind, built from a size *n* (about *n* lines, or a run as long)."""

FULL_SIZE = {
    "long-line": 12_500,  # 1 MB
    "by": 100_000,
    "paren": 100_000,
    "dashes": 100_000,
    "controls": 100_000,
    "nested-parens": 12_500,  # 1 MB
    "nested-quotes": 12_500,
    "endless-byline": 30_000,  # 1 MB
    "dateline-prefix": 100_000,
}
"""The sizes the full-size test parses (detected style only, to keep the suite fast)."""

LINE_STYLES = [
    None,
    "plain",
    "afp",
    "agnews",
    "asianet",
    "anpa1312",
    "iptc7901",
    "zczc",
    "naver",
    "reuters",
    "reuters-1987",
    "cnn",
    "dailymail",
    "yonhap",
]
"""Detection, and the styles that read plain lines with scanners or rules of their own."""
MARKUP_STYLES = [None, "plain", "tipster", "timeml", "reuters21578-sgml", "naver"]
"""Detection, and the styles that read tags and entities."""
FRAME_STYLES = [None, "plain", "anpa1312", "iptc7901", "zczc"]

RELEVANT: dict[str, list[str | None]] = {
    kind: LINE_STYLES for kind in KINDS if kind not in ("sgml-tags", "open-tags", "entities")
}
RELEVANT |= dict.fromkeys(("sgml-tags", "open-tags", "entities"), MARKUP_STYLES)
RELEVANT["nested-quotes"] = sorted({*LINE_STYLES, *MARKUP_STYLES}, key=str)
RELEVANT["front-matter"] = [None, "plain", "naver", "yonhap", "reuters"]
for kind in ("frames", "zczc", "blank-tail"):
    RELEVANT[kind] = FRAME_STYLES
GROWTH_CASES = [
    pytest.param(kind, style, id=f"{kind}-{style or 'detected'}")
    for kind, relevant in RELEVANT.items()
    for style in relevant
]
"""Each kind with the styles it is relevant to."""

GROWTH = 16
"""How much larger the large input is than the small one."""
BOUND = 48.0
"""The largest allowed time(16n) / time(n): linear work gives 16 (less, with the fixed
cost of a call), quadratic 256; a quadratic term shows once it is a fifth of the work."""
SMALLEST = 0.0015
"""The small input grows until parsing it takes this long (seconds)."""


def assert_sound(article: Article) -> None:
    """Segments partition the source; every span lies inside it."""
    source = article.source
    assert_segments_partition(article)
    for defect in article.defects:
        assert 0 <= defect.span.start <= defect.span.end <= len(source)


def best_time(text: str, style: str | None, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        wireparse.parse(text, style=style)
        best = min(best, time.perf_counter() - started)
    return best


def growth(build: Callable[[int], str], style: str | None) -> tuple[int, float, float]:
    """The size *n* used, and the best times at *n* and at ``GROWTH * n``."""
    n = 16
    small = best_time(build(n), style, 1)
    while small < SMALLEST and n < 1 << 16:
        n *= 4 if small < SMALLEST / 8 else 2
        small = best_time(build(n), style, 1)
    small = min(small, best_time(build(n), style, 2))
    large = best_time(build(GROWTH * n), style, 1)
    for _look in range(3):  # more looks before failing: a busy machine makes timing noisy
        if large / small < BOUND:
            break
        small = min(small, best_time(build(n), style, 3))
        large = min(large, best_time(build(GROWTH * n), style, 2))
    return n, small, large


@pytest.mark.parametrize(("kind", "style"), GROWTH_CASES)
def test_parsing_time_grows_linearly(kind: str, style: str | None) -> None:
    build = KINDS[kind]
    n, small, large = growth(build, style)
    assert large / small < BOUND, (
        f"{kind} in {style or 'detected'}: n={n}: {small * 1000:.1f} ms, "
        f"{GROWTH}n: {large * 1000:.1f} ms, ratio {large / small:.1f}"
    )
    assert_sound(wireparse.parse(build(n), style=style))


@pytest.mark.parametrize("kind", list(FULL_SIZE))
def test_full_size_inputs_parse(kind: str) -> None:
    text = KINDS[kind](FULL_SIZE[kind])
    article = wireparse.parse(text)
    assert_sound(article)
    assert article.source == text
    assert not article.defects_at_least(Severity.ERROR) or kind == "controls"


@pytest.mark.parametrize("style", list(wireparse.styles))
@pytest.mark.parametrize("kind", list(KINDS))
def test_every_style_reads_every_kind(kind: str, style: str) -> None:
    article = wireparse.parse(KINDS[kind](50), style=style)
    assert_sound(article)
    assert article.style == style


def test_a_run_of_end_marks_is_read_whole() -> None:
    article = wireparse.parse("Talks resume\n\nThey met. (END) (END)\n(END)\n")
    assert [p.text for p in article.paragraphs] == ["They met."]
    assert [m.text for m in article.end_marks] == ["(END)", "(END)", "(END)"]
    source = article.source
    assert [source[m.span.start : m.span.end] for m in article.end_marks] == ["(END)"] * 3


def test_a_run_of_credits_after_the_text_is_read_whole() -> None:
    article = wireparse.parse("Talks resume\n\nThey met. (Yonhap) (AP)\n")
    assert [p.text for p in article.paragraphs] == ["They met."]
    assert [c.text for c in article.credits] == ["Yonhap", "AP"]
