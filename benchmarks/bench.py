"""How fast wireparse is, as ratios to a floor measured in the same run.

Usage::

    python benchmarks/bench.py                 # the whole corpus, 5 rounds
    python benchmarks/bench.py --quick         # a smoke run for CI (a sample, 1 round)
    python benchmarks/bench.py --profile       # also print cProfile's top entries

What it measures, on the same texts in one run (medians of ``--rounds``):

* **floor**: decode each article's bytes, split it into lines and match one
  compiled alternation against every line: the least any line-based parser
  must do;
* **parse**: :func:`wireparse.parse` on the same bytes; it prints articles/s,
  MB/s and the ratio parse/floor (target at most 3.0);
* **records**: unpickling the articles that parse returned, which builds the
  same records from ready values: a bound below any parser that returns them,
  printed as its own ratio to the floor;
* **size**: one 10 MB article against ten 1 MB articles (target at most 1.2);
* **jobs**: :func:`wireparse.parse_files` over up to 10,000 article files with
  ``jobs=2`` against ``jobs=1`` (target a speed-up of at least 1.7);
* **adversarial**: each input of ``adversarial.py`` (a 10 MB line, floods of
  ``By``, ``(`` and ``--`` lines, control characters, deep nesting, an endless
  byline, …) as time per MB, divided by the parse row's (target at most 3.0);
* **memory**: the peak resident memory of the whole run.

The texts are every ``.txt`` article of ``../shared/corpus`` when it is beside
the project, otherwise the example article's paragraphs reshuffled into
generated articles. Nothing here asserts a wall-clock limit; the ratios are
what counts.  ``adversarial.py`` beside this file measures the adversarial
inputs on their own (forced into each style too), and ``stream_memory.py``
``parse_stream``'s memory.
"""

from __future__ import annotations

import argparse
import cProfile
import pickle
import pstats
import random
import re
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

import wireparse

PROJECT = Path(__file__).resolve().parents[1]
CORPUS = PROJECT.parent / "shared" / "corpus"
EXAMPLE = PROJECT / "examples" / "koreaherald-2017-08-08.txt"
MB = 1_000_000

# One alternation of the line starts a wire parser looks for: the floor's regex.
FLOOR_RE = re.compile(
    r"(?:By |BY |[A-Z][A-Z .,'-]{2,40}(?:\(|--| - | _ )|\s*\u2022|\(END\)|-30-|<[A-Z]+|---)"
)


def load_texts(limit: int | None, seed: int) -> list[bytes]:
    """The corpus articles as bytes, or generated ones without the corpus."""
    if CORPUS.is_dir():
        paths = sorted(CORPUS.rglob("*.txt"))
        paths = [p for p in paths if p.name != "README.md"]
        if limit is not None and len(paths) > limit:
            paths = random.Random(seed).sample(paths, limit)
        return [p.read_bytes() for p in paths]
    return generated_texts(limit or 2000, seed)


def generated_texts(count: int, seed: int) -> list[bytes]:
    """Articles made from the example's paragraphs in shuffled order."""
    example = EXAMPLE.read_text(encoding="utf-8")
    head, _, body = example.partition("MANILA -- ")
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        rng.shuffle(paragraphs)
        texts.append((head + "MANILA -- " + "\n\n".join(paragraphs)).encode())
    return texts


def floor_pass(texts: list[bytes]) -> None:
    """Decode, split into lines, match one compiled alternation on every line."""
    match = FLOOR_RE.match
    for data in texts:
        for line in data.decode("utf-8", "replace").splitlines():
            match(line)


def parse_pass(texts: list[bytes]) -> None:
    """Parse every text."""
    parse = wireparse.parse
    for data in texts:
        parse(data)


def records_pass(pickles: list[bytes]) -> None:
    """Build every parsed article's records again, from its pickle."""
    loads = pickle.loads
    for data in pickles:
        loads(data)


def records_time(texts: list[bytes], rounds: int) -> float:
    """The median time of :func:`records_pass` over the parsed *texts*' pickles."""
    pickles = [pickle.dumps(wireparse.parse(data), pickle.HIGHEST_PROTOCOL) for data in texts]
    return timed(records_pass, pickles, rounds=rounds)  # the pickles go before the jobs test


def timed(function: object, *args: object, rounds: int) -> float:
    """The median wall time of *rounds* calls."""
    assert callable(function)
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        function(*args)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def big_article(size: int) -> bytes:
    """One article of about *size* bytes: a headline and many paragraphs."""
    paragraph = (
        "Officials said on Monday that the talks, which began last week in the capital, "
        "would go on for another three days as both sides studied the latest proposal.\n\n"
    )
    count = max(1, size // len(paragraph))
    return ("Talks go on\n\nSEOUL -- " + paragraph * count).encode()


def size_ratio(rounds: int) -> tuple[float, float, float]:
    """Time for one 10 MB article against ten 1 MB articles.

    As in :func:`jobs_ratio`, each round times both in turn and the ratio is
    the median of the rounds' own ratios.
    """
    ten = big_article(10 * MB)
    one = big_article(MB)
    wholes, parts = [], []
    for _ in range(rounds):
        wholes.append(timed(wireparse.parse, ten, rounds=1))
        parts.append(timed(lambda: [wireparse.parse(one) for _ in range(10)], rounds=1))
    ratio = statistics.median(whole / part for whole, part in zip(wholes, parts, strict=True))
    return statistics.median(wholes), statistics.median(parts), ratio


def jobs_ratio(texts: list[bytes], count: int, rounds: int) -> tuple[float, float, float, int]:
    """``parse_files`` with ``jobs=2`` against ``jobs=1`` over *count* files.

    Each round times both, one after the other, so that a slow spell of the
    machine hits both alike; the speed-up is the median of the rounds' own
    ratios, and the times are the medians of each.
    """
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for number in range(count):
            path = Path(folder) / f"{number:05d}.txt"
            path.write_bytes(texts[number % len(texts)])
            paths.append(path)
        ones, twos = [], []
        for _ in range(rounds):
            start = time.perf_counter()
            serial = sum(1 for _ in wireparse.parse_files(paths, jobs=1))
            ones.append(time.perf_counter() - start)
            start = time.perf_counter()
            pooled = sum(1 for _ in wireparse.parse_files(paths, jobs=2))
            twos.append(time.perf_counter() - start)
            assert serial == pooled == count
    speedup = statistics.median(one / two for one, two in zip(ones, twos, strict=True))
    return statistics.median(ones), statistics.median(twos), speedup, count


def adversarial_ratios(per_mb: float, quick: bool, rounds: int) -> None:
    """Print each adversarial input's time per MB against *per_mb*, ordinary articles' own."""
    sys.path.insert(0, str(Path(__file__).parent))
    import adversarial  # noqa: PLC0415 - the script beside this one

    scale = 0.1 if quick else 1.0
    worst = 0.0
    for kind, build in adversarial.KINDS.items():
        text = build(scale)
        size = len(text.encode("utf-8", errors="surrogatepass")) / MB
        seconds = timed(wireparse.parse, text, rounds=rounds)
        ratio = seconds / size / per_mb
        worst = max(worst, ratio)
        print(f"  {kind:16} {seconds / size:8.3f} s/MB {ratio:8.2f}")
    print(f"adversarial     {worst:8.2f}   (worst ratio to ordinary articles; target <= 3.0)")


def profile(texts: list[bytes], top: int) -> None:
    """Print cProfile's top entries by own time for one parse pass."""
    profiler = cProfile.Profile()
    profiler.enable()
    parse_pass(texts)
    profiler.disable()
    pstats.Stats(profiler, stream=sys.stdout).sort_stats("tottime").print_stats(top)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--limit", type=int, help="use at most this many articles")
    parser.add_argument("--files", type=int, default=10_000, help="files for the jobs test")
    parser.add_argument("--quick", action="store_true", help="a short smoke run")
    parser.add_argument("--profile", action="store_true", help="print cProfile's top entries")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if args.quick:
        args.rounds, args.limit, args.files = 1, args.limit or 300, min(args.files, 200)

    texts = load_texts(args.limit, args.seed)
    size = sum(len(t) for t in texts)
    source = "corpus" if CORPUS.is_dir() else "generated"
    print(f"texts           {len(texts)} {source} articles, {size / MB:.1f} MB")

    floor = timed(floor_pass, texts, rounds=args.rounds)
    parsed = timed(parse_pass, texts, rounds=args.rounds)
    print(f"floor           {floor:8.3f} s  {size / MB / floor:8.1f} MB/s")
    print(
        f"parse           {parsed:8.3f} s  {size / MB / parsed:8.1f} MB/s  "
        f"{len(texts) / parsed:8.0f} articles/s"
    )
    print(f"parse/floor     {parsed / floor:8.2f}   (target <= 3.0)")
    built = records_time(texts, args.rounds)
    print(f"records/floor   {built / floor:8.2f}   (unpickling the parsed articles: {built:.3f} s)")

    whole, parts, ratio = size_ratio(max(args.rounds, 3))  # three even in a smoke run: it is noisy
    print(f"10 MB / 10x1 MB {ratio:8.2f}   ({whole:.2f} s against {parts:.2f} s; target <= 1.2)")

    one, two, speedup, count = jobs_ratio(texts, args.files, args.rounds)
    print(
        f"jobs=2 speed-up {speedup:8.2f}   ({count} files: {one:.2f} s with 1 job, "
        f"{two:.2f} s with 2; target >= 1.7)"
    )
    print("adversarial inputs, time per MB and its ratio to the parse row's:")
    adversarial_ratios(parsed / (size / MB), args.quick, 1 if args.quick else 3)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory     {peak:8.1f} MB (resident, this process)")
    if args.profile:
        profile(texts, 20)
    return 0


if __name__ == "__main__":
    sys.exit(main())
