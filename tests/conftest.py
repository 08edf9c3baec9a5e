"""Shared test configuration: Hypothesis profiles and the shared corpus.

Hypothesis profiles
    ``dev`` is registered here for quick local runs
    (``pytest --hypothesis-profile=dev`` or ``HYPOTHESIS_PROFILE=dev``).  No
    profile is loaded unconditionally: with ``CI=true`` in the environment
    Hypothesis loads its own built-in ``ci`` profile, and that must keep working.

The shared corpus
    The corpus lives beside the project, at ``../shared/corpus``.  The
    ``corpus_dir`` fixture gives its path and skips, with a clear reason, when
    it is absent.  A test that takes a ``corpus_collection`` argument is
    parametrized with the corpus's collection folders.

Record texts
    The session fixture ``record_texts`` lists every text an article's records
    hold (headline, byline, dateline fields, paragraphs, captions, credits,
    end marks), each with the name of its field.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, settings

if TYPE_CHECKING:
    from collections.abc import Callable

    from wireparse import Article

settings.register_profile(
    "dev",
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

_profile = os.environ.get("HYPOTHESIS_PROFILE")
if _profile:
    settings.load_profile(_profile)

CORPUS_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
"""Where the shared corpus is expected: ``../shared/corpus`` from the project root."""

CORPUS_ABSENT = "../shared/corpus is absent; corpus tests need the shared corpus beside the project"
"""The reason corpus tests give when they skip."""


@pytest.fixture
def corpus_dir() -> Path:
    """The shared corpus directory; skips the test when it is absent."""
    if not CORPUS_DIR.is_dir():
        pytest.skip(CORPUS_ABSENT)
    return CORPUS_DIR


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Parametrize ``corpus_collection`` with the corpus's collection folders."""
    if "corpus_collection" not in metafunc.fixturenames:
        return
    if CORPUS_DIR.is_dir():
        names = sorted(p.name for p in CORPUS_DIR.iterdir() if p.is_dir())
        params = [pytest.param(name, id=name) for name in names]
    else:
        params = [pytest.param("", id="absent", marks=pytest.mark.skip(reason=CORPUS_ABSENT))]
    metafunc.parametrize("corpus_collection", params)


def record_texts(article: Article) -> list[tuple[str, str]]:
    """Every text an article's records hold, each with the field it came from."""
    found: list[tuple[str, str | None]] = [("headline", article.headline)]
    if article.byline is not None:
        found.append(("byline.text", article.byline.text))
        found.append(("byline.affiliation", article.byline.affiliation))
        found.extend(("byline.authors", name) for name in article.byline.authors)
    if article.dateline is not None:
        found.append(("dateline.location", article.dateline.location))
        found.append(("dateline.date", article.dateline.date))
        found.append(("dateline.agency", article.dateline.agency))
    found.extend(("paragraphs", p.text) for p in article.paragraphs)
    for caption in article.captions:
        found.append(("captions.text", caption.text))
        found.append(("captions.credit", caption.credit))
    found.extend(("credits", c.text) for c in article.credits)
    found.extend(("end_marks", m.text) for m in article.end_marks)
    return [(name, text) for name, text in found if text is not None]


@pytest.fixture(name="record_texts", scope="session")
def record_texts_fixture() -> Callable[[Article], list[tuple[str, str]]]:
    """:func:`record_texts`, for tests."""
    return record_texts
