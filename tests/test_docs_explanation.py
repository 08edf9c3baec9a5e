"""The tutorial and the explanation pages stay true to the code and the corpus.

Their ``{doctest}`` blocks run under ``sphinx -b doctest``; these tests check
what those blocks cannot:

* the command the tutorial shows in a ``console`` block prints what the page
  says it prints (``...`` in the page stands for any lines);
* the corpus counts on the accuracy page are the corpus's (skipped when the
  corpus is not beside the project).
"""

from __future__ import annotations

import doctest
import json
import re
import shlex
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from wireparse import _cli

if TYPE_CHECKING:
    from collections.abc import Iterator

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
TUTORIAL = DOCS / "tutorial.md"
ACCURACY = DOCS / "explanation" / "accuracy.md"


def console_examples(text: str) -> Iterator[tuple[str, str]]:
    """Each ``$ command`` of the page's ``console`` blocks, and the output shown under it."""
    blocks = re.finditer(r"^```console\n(?P<body>.*?)^```[ \t]*$", text, re.MULTILINE | re.DOTALL)
    for block in blocks:
        command: str | None = None
        output: list[str] = []
        for line in block.group("body").splitlines():
            if line.startswith("$ "):
                if command is not None:
                    yield command, "\n".join(output) + "\n"
                command, output = line[2:], []
            else:
                output.append(line)
        if command is not None:
            yield command, "\n".join(output) + "\n"


def test_the_tutorial_shows_a_command() -> None:
    assert list(console_examples(TUTORIAL.read_text(encoding="utf-8")))


@pytest.mark.parametrize(
    ("command", "shown"), list(console_examples(TUTORIAL.read_text(encoding="utf-8")))
)
def test_tutorial_command_prints_what_the_page_shows(
    command: str,
    shown: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    program, *arguments = shlex.split(command)
    assert program == "wireparse"
    monkeypatch.chdir(ROOT)  # the tutorial runs from the repository's root
    assert _cli.main(arguments) == 0
    printed = capsys.readouterr()
    checker = doctest.OutputChecker()
    assert checker.check_output(shown, printed.out, doctest.ELLIPSIS), (
        f"the tutorial shows:\n{shown}\nthe command printed:\n{printed.out}"
    )
    assert not printed.err


def _table_rows(text: str) -> dict[str, list[str]]:
    """The rows of the page's Markdown tables, by their first cell without backquotes."""
    rows: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line.startswith("| `"):
            cells = [cell.strip() for cell in line.strip("|").split("|")]
            rows[cells[0].strip("`")] = cells[1:]
    return rows


def test_accuracy_page_counts_the_corpus(corpus_dir: Path) -> None:
    rows = _table_rows(ACCURACY.read_text(encoding="utf-8"))
    for collection in ("seed", "agnews", "reuters21578", "wire"):
        folder = corpus_dir / collection
        texts = sum(1 for _ in folder.rglob("*.txt"))
        gold = (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines()
        annotated = sum(1 for line in gold if line.strip() and json.loads(line))
        shown_texts, shown_gold = (int(cell.replace(",", "")) for cell in rows[collection][:2])
        assert (shown_texts, shown_gold) == (texts, annotated), collection
