"""The Dask recipe of docs/scale.md, run on Dask's local process scheduler, and pickling.

``examples/dask_recipe.py`` is the code the documentation includes; these
tests import it and run it over a few hundred article files in a temporary
folder: copies of shared-corpus files when the corpus is beside the project,
hand-written articles always (all of them when it is absent).  Its results
must equal serial parsing, field for field.

Dask runs its workers in other processes, so articles cross process
boundaries pickled: the property tests at the end check that any parsed
article, defects, segments and envelopes included, survives a pickle round
trip at every protocol.  They need neither Dask nor pandas and run without
them; the recipe tests skip when either is missing.
"""

from __future__ import annotations

import concurrent.futures
import datetime
import importlib
import pickle
import random
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wireparse
from wireparse import strategies as wire_strategies

if TYPE_CHECKING:
    from collections.abc import Iterator
    from types import ModuleType

try:
    import cloudpickle  # Dask's own serializer for tasks and results
except ImportError:  # pragma: no cover - cloudpickle comes with dask
    cloudpickle = None

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
"""Where ``dask_recipe.py`` lives."""

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
"""The shared corpus, where tests/conftest.py's ``corpus_dir`` fixture looks for it."""

ARTICLES = 300
"""How many article files the recipe runs over."""

HAND_WRITTEN = 60
"""How many of them are hand-written when the corpus is present (all of them when not)."""

NEEDS_DASK = "the Dask recipe needs dask[dataframe] (pip install 'wireparse[dask]')"

WORKERS = 2
"""How many worker processes Dask's local process scheduler gets."""

# --------------------------------------------------------------------------
# Hand-written articles, in several house styles and packagings.

SYN, SOH, STX, ETX, EOT, FF, US = "\x16", "\x01", "\x02", "\x03", "\x04", "\x0c", "\x1f"
DC1, DC3, DEL = "\x11", "\x13", "\x7f"

HEADLINES = (
    "Ferry crews end strike",
    "Harvest festival draws record crowd",
    "Council approves new tram line",
    "Storm closes mountain roads",
    "Library reopens after repairs",
    "Caf\u00e9 owners protest rent rise",
)
AUTHORS = ("Mara Quill", "Tomas Reyes", "Ines Whitlock", "Oren Patel", "Lena Marsh")
PLACES = ("SEOUL", "BUSAN", "PORTVILLE", "LAKEWOOD", "NORTH BAY")
SENTENCES = (
    "Talks resumed on Monday after a week of silence.",
    "Officials said the plan would cost about 3 million dollars.",
    '"We are ready," the spokeswoman said.',
    "Crews worked through the night to clear the road.",
    "The vote passed 7-2, with one member absent.",
    "Residents gathered outside the hall -- some with banners.",
)
MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.")


def _plain(rng: random.Random) -> str:
    stamp = datetime.datetime(
        rng.randrange(2005, 2025),
        rng.randrange(1, 13),
        rng.randrange(1, 29),
        rng.randrange(24),
        rng.randrange(60),
        tzinfo=datetime.timezone(datetime.timedelta(minutes=rng.choice((-300, 0, 60, 540)))),
    )
    first, second = rng.sample(AUTHORS, 2)
    return (
        f"{rng.choice(HEADLINES)}\n\nBy {first} and {second}\nPublished: {stamp.isoformat()}\n\n"
        f"{rng.choice(PLACES)} -- {rng.choice(SENTENCES)}\n\n{rng.choice(SENTENCES)}\n"
    )


def _yonhap(rng: random.Random) -> str:
    byline = f"By {rng.choice(AUTHORS)}\n\n" if rng.random() < 0.5 else ""
    return (
        f"{rng.choice(HEADLINES)}\n\n{byline}"
        f"{rng.choice(PLACES)}, {rng.choice(MONTHS)} {rng.randrange(1, 29)} (Yonhap) -- "
        f"{rng.choice(SENTENCES)}\n\n{rng.choice(SENTENCES)} (Yonhap)\n(END)\n"
    )


def _koreaherald(rng: random.Random) -> str:
    return (
        f"{rng.choice(HEADLINES)}\n\nBy {rng.choice(AUTHORS)}\n"
        f"  \u2022 Published : Aug {rng.randrange(1, 29)}, 2017 - 09:{rng.randrange(10, 60)}\n"
        f"{rng.choice(PLACES)} -- {rng.choice(SENTENCES)}\n{rng.choice(SENTENCES)}\n"
    )


def _reuters(rng: random.Random) -> str:
    first, second = rng.sample(AUTHORS, 2)
    return (
        f"{rng.choice(HEADLINES)}\n\n{rng.choice(PLACES)} (Reuters) - {rng.choice(SENTENCES)}\n\n"
        f"{rng.choice(SENTENCES)}\n\n(Reporting by {first}; Editing by {second})\n"
    )


def _anpa(rng: random.Random) -> str:
    author = rng.choice(AUTHORS).upper()
    return (
        f"{SYN}{SYN}{SOH}a{rng.randrange(1000, 9999)}{US}wstr\r\n"
        f"r f{DC3}{DC1} BC-Ferry-Strike 1stLd-Writethru   05-14 0230\r\n"
        f"{STX}^BC-Ferry Strike, 1st Ld-Writethru,230<\r\n"
        f"^{rng.choice(HEADLINES)}<\r\n"
        f"^By {author}=\r\n"
        "^Associated Press Writer=\r\n"
        f"\t   {rng.choice(PLACES)} (AP) _ {rng.choice(SENTENCES)}\r\n"
        " \r\n"
        f"\t   {rng.choice(SENTENCES)}\r\n"
        "\r\n"
        f"\t   {ETX}AP-NY-05-14-19 1742EDT<\r\n"
        f"\r\n{FF}\r\n{EOT}"
    )


def _iptc(rng: random.Random) -> str:
    return (
        f"{SOH}kfa0{rng.randrange(100, 999)} 2 pl 120 xyz   dpa 0310\r\n"
        "\r\n"
        "Norway-ferry/\r\n"
        f"{STX}URGENT\r\n"
        f"{rng.choice(HEADLINES)} =\r\n"
        "\r\n"
        f"   Bergen (dpa) - {rng.choice(SENTENCES)}\r\n"
        "\r\n"
        f"dpa ab cd\r\n{ETX}091130 GMT Mai 23\r\n{DEL}{EOT}"
    )


def _zczc(rng: random.Random) -> str:
    return (
        "ZCZC AAP\r\n%B\r\n#Ferry_BC1\r\n"
        f"${rng.choice(HEADLINES)}\r\n:(HOBART)\r\n@TAS\r\n"
        f"{rng.choice(SENTENCES)}\r\n\r\n   {rng.choice(SENTENCES)}\r\n\r\nAAP XY\r\nNNNN\r\n"
    )


def _odd(rng: random.Random) -> bytes:
    """Files that give defects: legacy encodings, UTF-16, controls, nothing at all."""
    choice = rng.randrange(5)
    if choice == 0:
        return _plain(rng).encode("cp1252")
    if choice == 1:
        return _yonhap(rng).encode("utf-16")
    if choice == 2:
        return f"\x07{rng.choice(HEADLINES)}\x00\n\n{rng.choice(SENTENCES)}\x1b\n".encode()
    if choice == 3:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(1, 80)))
    return b"" if rng.random() < 0.5 else b" \n\t\n"


TEMPLATES = (_plain, _yonhap, _koreaherald, _reuters, _anpa, _iptc, _zczc)


def hand_written(count: int, seed: int = 7) -> list[bytes]:
    """*count* article files' bytes, from the templates above, the same for a seed."""
    rng = random.Random(seed)  # noqa: S311 - test data, not secrets
    found: list[bytes] = []
    for number in range(count):
        if number % 8 == 7:
            found.append(_odd(rng))
        else:
            found.append(TEMPLATES[number % len(TEMPLATES)](rng).encode())
    return found


def corpus_files(count: int) -> list[Path]:
    """*count* corpus files spread evenly over the sorted corpus; none when it is absent."""
    if count <= 0 or not CORPUS.is_dir():
        return []
    files = sorted(CORPUS.rglob("*.txt"))
    step = max(1, len(files) // count)
    return files[::step][:count]


@pytest.fixture(scope="module")
def article_paths(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """A few hundred article files in a temporary folder, corpus copies first."""
    folder = tmp_path_factory.mktemp("articles")
    sources = [p.read_bytes() for p in corpus_files(ARTICLES - HAND_WRITTEN)]
    sources += hand_written(ARTICLES - len(sources))
    paths = []
    for number, data in enumerate(sources):
        path = folder / f"{number:03d}.txt"
        path.write_bytes(data)
        paths.append(path)
    return paths


@pytest.fixture(scope="module")
def recipe() -> Iterator[ModuleType]:
    """examples/dask_recipe.py, importable by Dask's worker processes too."""
    pytest.importorskip("pandas", reason=NEEDS_DASK)
    pytest.importorskip("dask", reason=NEEDS_DASK)
    pytest.importorskip("dask.bag", reason=NEEDS_DASK)
    pytest.importorskip("dask.dataframe", reason=NEEDS_DASK)
    # Workers start by spawning and get this process's sys.path: they import
    # the recipe by name, the way they would import a module of your own.
    with pytest.MonkeyPatch.context() as patch:
        patch.syspath_prepend(str(EXAMPLES))
        module = importlib.import_module("dask_recipe")
        yield module
    sys.modules.pop("dask_recipe", None)


@pytest.fixture(scope="module")
def processes(recipe: ModuleType) -> Iterator[dict[str, Any]]:
    """Compute options for Dask's local process scheduler, on a pool started once.

    It needs *recipe*: the workers import the recipe while it is on sys.path.

    Unless it is given a pool, the scheduler starts one for every computation,
    and each worker it spawns imports Dask, pandas and the recipe: most of the
    time these tests take.  Set in Dask's configuration, the pool also serves
    the computations that ``main`` starts.
    """
    import dask  # noqa: PLC0415 - skipped with the recipe when absent
    import dask.multiprocessing  # noqa: PLC0415

    context = dask.multiprocessing.get_context()  # "spawn", unless configured otherwise
    with (
        concurrent.futures.ProcessPoolExecutor(WORKERS, mp_context=context) as pool,
        dask.config.set(pool=pool),
    ):
        yield {"scheduler": "processes", "num_workers": WORKERS}


# --------------------------------------------------------------------------
# The recipe.


def test_the_inputs_are_varied(article_paths: list[Path]) -> None:
    articles = [wireparse.parse_file(p) for p in article_paths]
    assert len(articles) == ARTICLES
    assert len({a.style for a in articles}) >= 5
    assert sum(a.envelope is not None for a in articles) >= 10
    assert sum(a.byline is not None for a in articles) >= 25
    assert sum(a.dateline is not None for a in articles) >= 25
    assert sum(a.published is not None for a in articles) >= 10
    assert sum(bool(a.defects) for a in articles) >= 10


@pytest.fixture(scope="module")
def with_missing(article_paths: list[Path]) -> list[Path]:
    """Seven paths, the fourth of a file that does not exist."""
    return [*article_paths[:3], article_paths[0].parent / "missing.txt", *article_paths[3:6]]


@pytest.fixture(scope="module")
def computed(
    recipe: ModuleType,
    processes: dict[str, Any],
    article_paths: list[Path],
    with_missing: list[Path],
) -> tuple[Any, ...]:
    """The bag of articles, the frame of fields, and the frame with a missing file.

    The two frames are computed together; Dask warns when bags and frames are.
    """
    import dask  # noqa: PLC0415 - skipped with the recipe when absent

    bag = recipe.article_bag(article_paths, npartitions=6)
    frame = recipe.article_frame(article_paths, npartitions=6)
    assert (bag.npartitions, frame.npartitions) == (6, 6)
    assert list(frame.columns) == list(recipe.META.columns)
    missing = recipe.article_frame(with_missing, npartitions=2)
    articles = bag.compute(**processes)
    return (articles, *dask.compute(frame, missing, **processes))


def test_bag_of_articles_equals_serial_parsing(
    computed: tuple[Any, ...], article_paths: list[Path]
) -> None:
    got = computed[0]
    expected = [wireparse.parse_file(p) for p in article_paths]
    assert len(got) == len(expected)
    for path, article, serial in zip(article_paths, got, expected, strict=True):
        assert article == serial, path.name
        _assert_identical(article, serial)


def expected_row(path: Path) -> dict[str, Any]:
    """The fields the recipe picks, worked out here from a serial parse."""
    article = wireparse.parse_file(path)
    return {
        "path": str(path),
        "headline": article.headline,
        "authors": None if article.byline is None else "; ".join(article.byline.authors),
        "published": None if article.published is None else article.published.isoformat(),
        "location": None if article.dateline is None else article.dateline.location,
        "paragraphs": len(article.paragraphs),
        "defects": ",".join(d.code for d in article.defects),
        "error": None,
    }


def test_frame_of_fields_equals_serial_parsing(
    recipe: ModuleType, computed: tuple[Any, ...], article_paths: list[Path]
) -> None:
    import pandas as pd  # noqa: PLC0415 - skipped with the recipe when absent

    got = computed[1].reset_index(drop=True)
    expected = pd.DataFrame([expected_row(p) for p in article_paths]).astype(
        recipe.META.dtypes.to_dict()
    )
    pd.testing.assert_frame_equal(got, expected)
    assert got["error"].isna().all()
    assert got["headline"].notna().sum() >= ARTICLES // 2


def test_a_missing_file_gives_an_error_row(
    recipe: ModuleType, computed: tuple[Any, ...], with_missing: list[Path]
) -> None:
    missing = with_missing[3]
    with pytest.raises(FileNotFoundError):  # without the wrapper the whole job fails
        recipe.article_bag(with_missing, npartitions=2).compute(scheduler="synchronous")
    rows = computed[2].reset_index(drop=True)
    assert list(rows["path"]) == [str(p) for p in with_missing]
    failed = rows.iloc[3]
    assert failed["error"] == f"cannot read {str(missing)!r}: No such file or directory"
    assert failed.drop(["path", "error"]).isna().all()
    others = rows.drop(index=3)
    assert others["error"].isna().all()
    assert others["paragraphs"].notna().all()


def test_a_strict_failure_gives_an_error_row(recipe: ModuleType, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(wireparse.ParseError) as raised:
        wireparse.parse_file(empty, strict=True)
    row = recipe.file_row(empty, strict=True)
    assert row["error"] == str(raised.value)
    assert row["headline"] is None
    assert row["paragraphs"] is None
    assert recipe.file_row(empty)["error"] is None  # lenient parsing gives an article


def test_file_row_picks_the_fields(recipe: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "Talks resume\n\nBy Jane Doe and John Roe\nPublished: 2019-03-14T10:42:00+09:00\n\n"
        "SEOUL, March 14 (Yonhap) -- They met.\n\nThey met again. (Yonhap)\n(END)\n",
        encoding="utf-8",
    )
    assert recipe.file_row(path) == {
        "path": str(path),
        "headline": "Talks resume",
        "authors": "Jane Doe; John Roe",
        "published": "2019-03-14T10:42:00+09:00",
        "location": "SEOUL",
        "paragraphs": 2,
        "defects": "",
        "error": None,
    }


def test_the_frame_writes_to_parquet(
    recipe: ModuleType, article_paths: list[Path], tmp_path: Path
) -> None:
    pytest.importorskip("pyarrow", reason="writing Parquet needs pyarrow (dask[dataframe])")
    import pandas as pd  # noqa: PLC0415 - skipped with the recipe when absent

    paths = article_paths[::25]
    frame = recipe.article_frame(paths, npartitions=3)
    frame.to_parquet(tmp_path / "rows", write_index=False, compute_kwargs={"scheduler": "sync"})
    back = pd.read_parquet(tmp_path / "rows").astype(recipe.META.dtypes.to_dict())
    expected = frame.compute(scheduler="sync").reset_index(drop=True)
    pd.testing.assert_frame_equal(back, expected)


@pytest.mark.usefixtures("processes")  # main computes on the module's pool
def test_main_writes_parquet(
    recipe: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("pyarrow", reason="writing Parquet needs pyarrow (dask[dataframe])")
    import pandas as pd  # noqa: PLC0415 - skipped with the recipe when absent

    folder = tmp_path / "in"
    (folder / "deeper").mkdir(parents=True)
    written = hand_written(12)
    for number, data in enumerate(written):
        (folder / ("deeper" if number % 2 else "") / f"{number:02d}.txt").write_bytes(data)
    (folder / "notes.md").write_text("not an article\n", encoding="utf-8")
    out = tmp_path / "rows"
    assert recipe.main([str(folder), "--parquet", str(out), "--workers", "1"]) == 0
    assert capsys.readouterr().out == f"12 files: rows written to {out}\n"
    back = pd.read_parquet(out)
    assert sorted(back["path"]) == sorted(str(p) for p in folder.rglob("*.txt"))
    assert back["error"].isna().all()


# --------------------------------------------------------------------------
# Pickling: what crosses between Dask's processes.


def _assert_identical(copy: object, original: object, where: str = "article") -> None:
    """*copy* equals *original* down to types and time zones, not only by ``==``."""
    assert type(copy) is type(original), where
    if attrs.has(type(original)):
        for field in attrs.fields(type(original)):
            name = field.name
            _assert_identical(getattr(copy, name), getattr(original, name), f"{where}.{name}")
    elif isinstance(original, tuple):
        assert isinstance(copy, tuple)
        assert len(copy) == len(original), where
        for index, (item, kept) in enumerate(zip(copy, original, strict=True)):
            _assert_identical(item, kept, f"{where}[{index}]")
    elif isinstance(original, datetime.datetime):
        assert isinstance(copy, datetime.datetime)
        assert (copy, copy.utcoffset(), copy.tzname()) == (
            original,
            original.utcoffset(),
            original.tzname(),
        ), where
    else:
        assert copy == original, where


def assert_pickles(article: wireparse.Article) -> None:
    """*article* survives pickle at every protocol, and cloudpickle, unchanged."""
    copies = [
        pickle.loads(pickle.dumps(article, protocol=protocol))
        for protocol in range(pickle.HIGHEST_PROTOCOL + 1)
    ]
    if cloudpickle is not None:
        copies.append(pickle.loads(cloudpickle.dumps(article)))
    for copy in copies:
        assert copy == article
        assert hash(copy) == hash(article)
        _assert_identical(copy, article)


FRAMED = (_anpa, _iptc, _zczc)


@pytest.mark.parametrize("template", [*TEMPLATES, _odd], ids=lambda t: t.__name__.strip("_"))
def test_hand_written_articles_pickle(template: Any) -> None:
    rng = random.Random(3)  # noqa: S311 - test data, not secrets
    for _ in range(8):
        article = wireparse.parse(template(rng))
        if template in FRAMED:
            assert article.envelope is not None
            assert article.envelope.header
        assert article.segments or not article.source
        assert_pickles(article)


def _insert(text: str, edits: list[tuple[int, str]]) -> str:
    for position, piece in edits:
        at = position % (len(text) + 1)
        text = text[:at] + piece + text[at:]
    return text


WIRE_PIECES = st.sampled_from(
    [
        *HEADLINES,
        *(f"By {name}" for name in AUTHORS),
        "SEOUL, Aug. 8 (Yonhap) --",
        "PORTVILLE, Maine (AP) _",
        "(Reuters) -",
        "2017-08-08T09:44:00+09:00",
        "  \u2022 Published : Aug 8, 2017 - 09:44",
        "(END)",
        "-30-",
        "(Yonhap)",
        "NNNN",
        "ZCZC AAP",
        "\x02",
        "\x03",
        "\r\n",
        "\n\n",
        "\x0c",
    ]
)


@st.composite
def _texts(draw: st.DrawFn) -> str | bytes:
    kind = draw(st.sampled_from(["text", "bytes", "pieces", "template", "render"]))
    if kind == "text":
        return draw(st.text())
    if kind == "bytes":
        return draw(st.binary())
    if kind == "pieces":
        return "".join(draw(st.lists(WIRE_PIECES | st.text(max_size=8), max_size=20)))
    if kind == "template":
        template = draw(st.sampled_from([*TEMPLATES, _odd]))
        made = template(random.Random(draw(st.integers(0, 2**32))))  # noqa: S311
    else:
        style = draw(st.sampled_from(wire_strategies.STYLES))
        made = wireparse.render(draw(wire_strategies.articles(style=style)), style)
    edits = draw(st.lists(st.tuples(st.integers(0, 10**6), st.text(max_size=3)), max_size=4))
    if isinstance(made, bytes):
        return made if not edits else made + "".join(p for _, p in edits).encode()
    return _insert(made, edits)


@settings(deadline=None)
@given(_texts())
def test_any_parsed_article_pickles(data: str | bytes) -> None:
    assert_pickles(wireparse.parse(data))


def test_pickles_find_a_changed_time_zone() -> None:
    """The identity check sees what ``==`` on aware datetimes does not."""
    article = wireparse.parse("Talks\n\nPublished: 2019-03-14T10:42:00+09:00\n\nThey met.\n")
    assert article.published is not None
    moved = attrs.evolve(article, published=article.published.astimezone(datetime.UTC))
    assert moved == article
    with pytest.raises(AssertionError, match=r"article\.published"):
        _assert_identical(moved, article)
