"""The ``wireparse`` command line: inputs, formats, streaming, progress, summary, exit statuses."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

import wireparse
from wireparse import _cli
from wireparse._json import article_to_dict

if TYPE_CHECKING:
    from pathlib import Path

ARTICLE = (
    "Talks resume\n"
    "\n"
    "By Jane Doe and John Roe\n"
    "\n"
    "SEOUL, Aug. 8 (Yonhap) -- They met on Monday.\n"
    "\n"
    "More talks are planned. (Yonhap)\n"
    "(END)\n"
)

DATED = (
    "Markets rally\n"
    "\n"
    "\u2022 Published : Aug 8, 2017 - 09:44\n"
    "\n"
    "SEOUL, Aug. 8 (Yonhap) -- Stocks rose in Seoul, caf\u00e9 owners cheered.\n"
)

CAPTIONED = (
    "Talks resume\n"
    "\n"
    "By Jane Doe, Associated Press\n"
    "\n"
    "SEOUL, Aug. 8 (Yonhap) -- They met on Monday.\n"
    "\n"
    "President Moon Jae-in speaks in Seoul on Aug. 8, 2017. (Yonhap Photo)\n"
    "\n"
    "More talks are planned.\n"
)

ARTICLE_KEYS = ["path", *wireparse.to_dict(wireparse.parse(ARTICLE))]
"""A record's keys: the path, then the article's dict (whose order tests/test_json.py checks)."""


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "talks.txt"
    path.write_bytes(ARTICLE.encode())
    return path


@pytest.fixture
def dated_file(tmp_path: Path) -> Path:
    path = tmp_path / "markets.txt"
    path.write_bytes(DATED.encode())
    return path


def span_of(text: str, source: str = ARTICLE) -> list[int]:
    """Where *text* first occurs in *source*, as a JSON span."""
    start = source.index(text)
    return [start, start + len(text)]


def json_lines(text: str) -> list[dict[str, object]]:
    assert text.endswith("\n")
    return [json.loads(line) for line in text.split("\n")[:-1]]


# --------------------------------------------------------------------------
# The readable summary.


def test_summary_shows_the_article(article_file, capsys):
    assert _cli.main([str(article_file)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert "==>" not in out  # one file: no header
    lines = out.splitlines()
    assert "Headline:    Talks resume" in lines
    assert "Authors:     Jane Doe; John Roe" in lines
    assert "Dateline:    SEOUL, date Aug. 8, agency Yonhap" in lines
    assert "Paragraphs:  2" in lines
    assert "  1. They met on Monday." in lines
    assert "  2. More talks are planned." in lines
    assert "  - Yonhap" in lines
    assert "  - (END)" in lines
    assert "Defects:     0" in lines


def test_summary_shows_timestamps_and_resolved_dateline(dated_file, capsys):
    assert _cli.main([str(dated_file)]) == 0
    out = capsys.readouterr().out
    assert "Published:   2017-08-08T09:44:00+09:00" in out
    assert "Updated:     (none)" in out
    assert "Byline:      (none)" in out
    assert "date Aug. 8 (2017-08-08)" in out
    assert "caf\u00e9 owners" in out


def test_summary_wraps_long_paragraphs(tmp_path, capsys):
    words = " ".join(f"word{n}" for n in range(60))
    path = tmp_path / "long.txt"
    path.write_text(f"Long story\n\n{words}.\n", encoding="utf-8")
    assert _cli.main([str(path)]) == 0
    out = capsys.readouterr().out
    body = [line for line in out.splitlines() if "word" in line]
    assert len(body) > 1
    assert all(len(line) <= 78 for line in body)
    assert body[0].startswith("  1. word0 ")
    assert all(line.startswith("     word") for line in body[1:])
    joined = " ".join([body[0].removeprefix("  1. "), *(line.strip() for line in body[1:])])
    assert joined == f"{words}."


def test_summary_lists_defects_with_line_and_column(tmp_path, capsys):
    path = tmp_path / "blank.txt"
    path.write_bytes(b"\n\n")
    assert _cli.main([str(path)]) == 0  # lenient: recorded, not fatal
    out = capsys.readouterr().out
    assert "Headline:    (none)" in out
    assert "Defects:     1" in out
    [defect] = [line for line in out.splitlines() if "empty-input" in line]
    assert defect.startswith("  1:1: error: empty-input: ")


def test_summary_shows_affiliation_and_captions(tmp_path, capsys):
    path = tmp_path / "captioned.txt"
    path.write_text(CAPTIONED, encoding="utf-8")
    assert _cli.main([str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "Authors:     Jane Doe" in lines
    assert "Affiliation: Associated Press" in lines
    assert "Captions:    1" in lines
    at = lines.index("  1. President Moon Jae-in speaks in Seoul on Aug. 8, 2017.")
    assert lines[at + 1] == "     credit: Yonhap Photo"


def test_json_captions(tmp_path, capsys):
    path = tmp_path / "captioned.txt"
    path.write_text(CAPTIONED, encoding="utf-8")
    assert _cli.main(["--json", str(path)]) == 0
    [data] = json_lines(capsys.readouterr().out)
    assert data["captions"] == [
        {
            "text": "President Moon Jae-in speaks in Seoul on Aug. 8, 2017.",
            "credit": "Yonhap Photo",
            "span": span_of(
                "President Moon Jae-in speaks in Seoul on Aug. 8, 2017. (Yonhap Photo)", CAPTIONED
            ),
        }
    ]
    byline = data["byline"]
    assert isinstance(byline, dict)
    assert byline["affiliation"] == "Associated Press"


def test_summary_has_a_header_per_file(article_file, dated_file, capsys):
    assert _cli.main([str(article_file), str(dated_file)]) == 0
    out = capsys.readouterr().out
    first = out.index(f"==> {article_file} <==\n")
    second = out.index(f"\n\n==> {dated_file} <==\n")
    assert first == 0
    assert out.index("Talks resume") < second < out.index("Markets rally")


# --------------------------------------------------------------------------
# JSON Lines.


def test_json_has_the_article_keys_and_values(article_file, capsys):
    assert _cli.main(["--json", str(article_file)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out.count("\n") == 1
    [data] = json_lines(out)
    assert list(data) == ARTICLE_KEYS
    assert data["path"] == str(article_file)
    assert data["source"] == ARTICLE
    assert data["headline"] == "Talks resume"
    assert data["byline"] == {
        "text": "By Jane Doe and John Roe",
        "authors": ["Jane Doe", "John Roe"],
        "span": span_of("By Jane Doe and John Roe"),
        "affiliation": None,
    }
    assert data["published"] is None
    assert data["updated"] is None
    assert data["dateline"] == {
        "location": "SEOUL",
        "date": "Aug. 8",
        "agency": "Yonhap",
        "span": span_of("SEOUL, Aug. 8 (Yonhap) -- "),
        "when": None,
    }
    assert data["paragraphs"] == [
        {"text": "They met on Monday.", "span": span_of("They met on Monday.")},
        {"text": "More talks are planned.", "span": span_of("More talks are planned.")},
    ]
    assert data["captions"] == []
    credit_start = ARTICLE.index("(Yonhap)\n")
    assert data["credits"] == [{"text": "Yonhap", "span": [credit_start, credit_start + 8]}]
    assert data["end_marks"] == [{"text": "(END)", "span": span_of("(END)")}]
    assert data["defects"] == []
    segments = data["segments"]
    assert isinstance(segments, list)
    assert segments[0] == {"kind": "headline", "span": span_of("Talks resume")}
    assert {"kind": "end-mark", "span": span_of("(END)")} in segments
    assert segments[-1]["span"][1] == len(ARTICLE)


def test_json_has_iso_datetimes_and_unescaped_text(dated_file, capsys):
    assert _cli.main(["--json", str(dated_file)]) == 0
    out = capsys.readouterr().out
    assert "caf\u00e9" in out  # ensure_ascii=False
    [data] = json_lines(out)
    assert data["published"] == "2017-08-08T09:44:00+09:00"
    assert data["updated"] is None
    dateline = data["dateline"]
    assert isinstance(dateline, dict)
    assert dateline["when"] == "2017-08-08"


def test_json_defects(tmp_path, capsys):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert _cli.main(["--json", str(path)]) == 0
    [data] = json_lines(capsys.readouterr().out)
    assert data["headline"] is None
    [defect] = data["defects"]
    assert defect == {
        "code": "empty-input",
        "message": defect["message"],
        "span": [0, 0],
        "severity": "error",
    }
    assert isinstance(defect["message"], str)
    assert data["segments"] == []


def test_json_matches_article_to_dict(article_file, capsys):
    assert _cli.main(["--json", str(article_file)]) == 0
    [data] = json_lines(capsys.readouterr().out)
    expected = article_to_dict(wireparse.parse(ARTICLE))
    assert data == {"path": str(article_file), **expected}


def test_json_lines_keep_line_separators_inside_strings(tmp_path, capsys):
    path = tmp_path / "sep.txt"
    path.write_text("Odd\u2028headline\n\nThey met.\x85\n", encoding="utf-8")
    assert _cli.main(["--format", "jsonl", str(path), str(path)]) == 0
    out = capsys.readouterr().out
    assert "\u2028" not in out
    assert "\x85" not in out
    assert len(out.splitlines()) == 2
    first, second = (json.loads(line) for line in out.splitlines())
    assert first == second
    assert first["source"] == "Odd\u2028headline\n\nThey met.\x85\n"


def test_several_files_give_json_lines_in_order(article_file, dated_file, capsys):
    args = ["--format", "jsonl", str(dated_file), str(article_file), str(dated_file)]
    assert _cli.main(args) == 0
    records = json_lines(capsys.readouterr().out)
    assert [r["path"] for r in records] == [str(dated_file), str(article_file), str(dated_file)]
    assert [r["headline"] for r in records] == ["Markets rally", "Talks resume", "Markets rally"]


def test_article_to_dict_is_generic():
    article = wireparse.parse(ARTICLE)
    data = article_to_dict(article)
    assert article_to_dict is wireparse.to_dict  # the old private name stays an alias
    assert json.loads(json.dumps(data)) == data  # JSON-ready all the way down


# --------------------------------------------------------------------------
# Standard input.


class FakeStdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)

    def close(self) -> None:  # worker processes close their standard input
        self.buffer.close()


def test_dash_reads_standard_input_as_bytes(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", FakeStdin(DATED.encode("utf-8")))
    assert _cli.main(["--json", "-"]) == 0
    [data] = json_lines(capsys.readouterr().out)
    assert data["path"] == "-"
    assert data["headline"] == "Markets rally"


def test_dash_decodes_legacy_bytes(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", FakeStdin(b"Caf\xe9 opens\n\nThey met.\n"))
    assert _cli.main(["-"]) == 0
    out = capsys.readouterr().out
    assert "Headline:    Caf\u00e9 opens" in out
    assert "warning: legacy-encoding:" in out


def test_dash_mixed_with_files(article_file, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", FakeStdin(DATED.encode("utf-8")))
    assert _cli.main(["--format", "jsonl", str(article_file), "-"]) == 0
    records = json_lines(capsys.readouterr().out)
    assert [r["path"] for r in records] == [str(article_file), "-"]


# --------------------------------------------------------------------------
# Errors and exit statuses.


def test_missing_file_exits_1_with_one_line(tmp_path, capsys):
    missing = tmp_path / "x.txt"
    assert _cli.main([str(missing)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"wireparse: cannot read {str(missing)!r}: No such file or directory\n"


def test_unreadable_file_does_not_stop_the_others(article_file, tmp_path, capsys):
    missing = tmp_path / "missing.txt"
    assert _cli.main(["--format", "jsonl", "--quiet", str(missing), str(article_file)]) == 1
    out, err = capsys.readouterr()
    assert [r["path"] for r in json_lines(out)] == [str(article_file)]
    assert err == f"wireparse: cannot read {str(missing)!r}: No such file or directory\n"


def test_strict_empty_file_exits_1(tmp_path, capsys):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert _cli.main(["--strict", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"wireparse: {path}:1:1: empty-input: ")
    assert err.endswith("\n")
    assert err.count("\n") == 1


def test_strict_failure_does_not_stop_the_others(article_file, tmp_path, capsys):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert _cli.main(["--strict", "--format", "jsonl", str(path), str(article_file)]) == 1
    out, err = capsys.readouterr()
    assert [r["path"] for r in json_lines(out)] == [str(article_file)]
    assert err.startswith(f"wireparse: {path}:1:1: empty-input: ")


def test_strict_passes_good_articles(article_file, capsys):
    assert _cli.main(["--strict", str(article_file)]) == 0
    assert "Talks resume" in capsys.readouterr().out


def test_read_and_strict_failures_both_count(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert _cli.main(["--strict", str(empty), str(tmp_path / "missing.txt")]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith(f"wireparse: {empty}:1:1: empty-input: ")
    assert lines[1].startswith("wireparse: cannot read ")
    assert lines[2].startswith("wireparse: 2 files, 0 articles, 0 defects, 2 failed in ")


def test_without_strict_error_defects_do_not_fail(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert _cli.main(["--format", "jsonl", str(empty), str(empty)]) == 0
    out, err = capsys.readouterr()
    assert len(json_lines(out)) == 2
    assert err.startswith("wireparse: 2 files, 2 articles, 2 defects, 0 failed in ")


def test_no_arguments_is_a_usage_error(capsys):
    assert _cli.main([]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "usage: wireparse" in err
    assert "wireparse: error:" in err


def test_unknown_option_is_a_usage_error(article_file, capsys):
    assert _cli.main(["--frobnicate", str(article_file)]) == 2
    assert "unrecognized arguments: --frobnicate" in capsys.readouterr().err


def test_version(capsys):
    assert _cli.main(["--version"]) == 0
    assert capsys.readouterr().out == f"wireparse {wireparse.__version__}\n"
    assert wireparse.__version__ == "0.1.0"


def test_help(capsys):
    assert _cli.main(["--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: wireparse")
    assert "--json" in out
    assert "--strict" in out


# --------------------------------------------------------------------------
# Output plumbing.


class BrokenBuffer:
    def write(self, _data: bytes) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self) -> None:
        pass


class BrokenStdout:
    buffer = BrokenBuffer()

    def flush(self) -> None:
        pass


def test_broken_pipe_is_quiet(article_file, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdout", BrokenStdout())
    assert _cli.main([str(article_file)]) == 1
    assert capsys.readouterr().err == ""


def test_text_only_stdout(article_file, monkeypatch):
    stream = io.StringIO()
    monkeypatch.setattr(sys, "stdout", stream)
    assert _cli.main(["--json", str(article_file)]) == 0
    assert json.loads(stream.getvalue())["headline"] == "Talks resume"


# --------------------------------------------------------------------------
# Running as a program.


def base_env() -> dict[str, str]:
    """The environment without locale or Python I/O settings."""
    dropped = {"PYTHONIOENCODING", "PYTHONUTF8", "PYTHONLEGACYWINDOWSSTDIO"}
    return {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("LC_", "LANG")) and k not in dropped
    }


def run_module(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m wireparse`` under an ASCII locale."""
    ascii_locale = {"PYTHONIOENCODING": "ascii", "LC_ALL": "C", "PYTHONUTF8": "0"}
    return subprocess.run(
        [sys.executable, "-m", "wireparse", *args],
        input=stdin,
        capture_output=True,
        check=False,
        env={**base_env(), **ascii_locale},
        timeout=60,
    )


def test_python_dash_m_json(dated_file):
    result = run_module("--json", str(dated_file))
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    data = json.loads(result.stdout.decode("utf-8"))  # UTF-8 despite an ASCII locale
    assert data["path"] == str(dated_file)
    assert data["published"] == "2017-08-08T09:44:00+09:00"
    assert "caf\u00e9" in data["source"]


def test_python_dash_m_missing_file(tmp_path):
    missing = tmp_path / "nope.txt"
    result = run_module(str(missing))
    assert result.returncode == 1
    assert result.stdout == b""
    assert result.stderr.decode() == (
        f"wireparse: cannot read {str(missing)!r}: No such file or directory\n"
    )


def test_python_dash_m_reads_stdin():
    result = run_module("--json", "-", stdin=ARTICLE.encode())
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["path"] == "-"


def test_python_dash_m_broken_pipe(tmp_path):
    body = "\n\n".join(f"Paragraph number {n} says something." for n in range(4000))
    path = tmp_path / "big.txt"
    path.write_text(f"Big story\n\n{body}\n", encoding="utf-8")
    with subprocess.Popen(
        # Eight summaries of about 200 kB each overflow any pipe buffer (1 MiB at most).
        [sys.executable, "-m", "wireparse", *[str(path)] * 8],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=base_env(),
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        assert process.stdout.read(10) == b"==> " + str(path).encode()[:6]
        process.stdout.close()
        err = process.stderr.read()
        returncode = process.wait(timeout=60)
    assert err == b""
    assert returncode == 1


# --------------------------------------------------------------------------
# Options.


def test_help_lists_the_corpus_options(capsys):
    assert _cli.main(["--help"]) == 0
    out = capsys.readouterr().out
    for option in ("--format", "--glob", "--jobs", "--quiet", "--ninjs-version"):
        assert option in out
    for name in ("text", "json", "jsonl", "ninjs", "nitf"):
        assert name in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--json", "--format", "jsonl"], "not allowed with argument"),
        (["--format", "xml"], "invalid choice: 'xml'"),
        (["--jobs", "-1"], "must be 0 (one per CPU) or more"),
        (["--jobs", "two"], "not a whole number: 'two'"),
        (["--ninjs-version", "3.1"], "--ninjs-version: needs --format ninjs"),
        (["--format", "ninjs", "--ninjs-version", "1.0"], "invalid choice: '1.0'"),
    ],
)
def test_bad_options_are_usage_errors(article_file, capsys, args, message):
    assert _cli.main([*args, str(article_file)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert message in err
    assert err.startswith("usage: wireparse")


def test_jobs_zero_means_one_per_cpu():
    assert _cli._jobs("0") == (os.cpu_count() or 1)
    assert _cli._jobs("3") == 3


def test_json_is_an_alias_of_format_json(article_file, dated_file, capsys):
    for args in (["--json"], ["--format", "json"], ["-f", "json"]):
        assert _cli.main([*args, "--quiet", str(article_file), str(dated_file)]) == 0
    first, second, third = capsys.readouterr().out.split("]\n")[:3]
    assert first == second.lstrip() == third.lstrip()
    assert first.startswith("[\n")


# --------------------------------------------------------------------------
# Output formats.


def test_json_for_one_input_is_one_object(article_file, capsys):
    assert _cli.main(["--format", "json", str(article_file)]) == 0
    out = capsys.readouterr().out
    data = json.loads(out)
    assert isinstance(data, dict)
    assert data["path"] == str(article_file)
    assert out.count("\n") == 1


def test_json_for_several_inputs_is_an_array_of_the_jsonl_records(article_file, dated_file, capsys):
    paths = [str(dated_file), str(article_file)]
    assert _cli.main(["--format", "json", *paths]) == 0
    array_text = capsys.readouterr().out
    assert _cli.main(["--format", "jsonl", *paths]) == 0
    lines = capsys.readouterr().out
    records = json.loads(array_text)
    assert records == json_lines(lines)
    assert [r["path"] for r in records] == paths
    # One record a line between the brackets, so that it streams.
    assert array_text.splitlines() == ["[", lines.splitlines()[0] + ",", lines.splitlines()[1], "]"]


def test_json_for_a_directory_is_an_array_even_of_one(tmp_path, capsys):
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert _cli.main(["--format", "json", str(folder)]) == 0
    [record] = json.loads(capsys.readouterr().out)
    assert record["path"] == str(folder / "a.txt")


def test_json_for_an_empty_directory_is_an_empty_array(tmp_path, capsys):
    assert _cli.main(["--format", "json", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert out == "[]\n"
    assert err.startswith("wireparse: 0 files, 0 articles, 0 defects, 0 failed in ")


def test_json_array_closes_after_a_failed_last_file(article_file, tmp_path, capsys):
    missing = str(tmp_path / "missing.txt")
    assert _cli.main(["--format", "json", str(article_file), missing]) == 1
    [record] = json.loads(capsys.readouterr().out)
    assert record["headline"] == "Talks resume"


def test_json_array_escapes_line_separators(tmp_path, capsys):
    path = tmp_path / "sep.txt"
    path.write_text("Odd\u2028headline\n\nThey met.\u2029\n", encoding="utf-8")
    assert _cli.main(["--format", "json", str(path), str(path)]) == 0
    out = capsys.readouterr().out
    assert "\u2028" not in out
    assert "\u2029" not in out
    first, second = json.loads(out)
    assert first["source"] == second["source"] == "Odd\u2028headline\n\nThey met.\u2029\n"


def test_jsonl_puts_the_path_first(article_file, dated_file, capsys):
    assert _cli.main(["--format", "jsonl", str(article_file), str(dated_file)]) == 0
    out, err = capsys.readouterr()
    records = json_lines(out)
    assert [list(r)[:2] for r in records] == [["path", "wireparse"]] * 2
    assert records[1] == {"path": str(dated_file), **article_to_dict(wireparse.parse(DATED))}
    assert err.startswith("wireparse: 2 files, 2 articles, ")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_style_reads_every_input_in_that_style(article_file, dated_file, capsys, jobs):
    args = ["--format", "jsonl", "--jobs", jobs, str(article_file), str(dated_file)]
    assert _cli.main(args) == 0
    assert [r["style"] for r in json_lines(capsys.readouterr().out)] != ["reuters"] * 2
    assert _cli.main(["--style", "reuters", *args]) == 0
    assert [r["style"] for r in json_lines(capsys.readouterr().out)] == ["reuters"] * 2


def test_style_reads_standard_input_in_that_style(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Talks\n\nThey met.\n")))
    assert _cli.main(["--style", "yonhap", "--format", "jsonl", "-"]) == 0
    assert json_lines(capsys.readouterr().out)[0]["style"] == "yonhap"


def test_an_unknown_style_is_a_usage_error(article_file, capsys):
    assert _cli.main(["--style", "nope", str(article_file)]) == 2
    assert "invalid choice: 'nope'" in capsys.readouterr().err


@pytest.mark.parametrize("version", ["3.1", "2.2"])
def test_ninjs_one_object_per_line(article_file, dated_file, capsys, version):
    from wireparse._ninjs import to_ninjs  # noqa: PLC0415 - written alongside the command

    args = ["--format", "ninjs", "--ninjs-version", version, str(article_file), str(dated_file)]
    assert _cli.main(args) == 0
    records = json_lines(capsys.readouterr().out)
    assert records == [
        to_ninjs(wireparse.parse(ARTICLE), version=version),
        to_ninjs(wireparse.parse(DATED), version=version),
    ]


def test_ninjs_defaults_to_3_1(article_file, capsys):
    from wireparse._ninjs import to_ninjs  # noqa: PLC0415 - written alongside the command

    assert _cli.main(["--format", "ninjs", str(article_file)]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    assert json.loads(out) == to_ninjs(wireparse.parse(ARTICLE), version="3.1")
    assert json.loads(out) != to_ninjs(wireparse.parse(ARTICLE), version="2.2")


def test_nitf_documents_are_separated_by_a_blank_line(article_file, dated_file, capsys):
    from xml.etree import ElementTree as ET  # noqa: PLC0415

    from wireparse._nitf import to_nitf  # noqa: PLC0415 - written alongside the command

    def document(text: str) -> str:
        xml = to_nitf(wireparse.parse(text))
        return xml if xml.endswith("\n") else xml + "\n"

    assert _cli.main(["--format", "nitf", str(article_file)]) == 0
    single = capsys.readouterr().out
    assert single == document(ARTICLE)
    assert _cli.main(["--format", "nitf", str(article_file), str(dated_file)]) == 0
    out = capsys.readouterr().out
    assert out == document(ARTICLE) + "\n" + document(DATED)
    for part in (document(ARTICLE), document(DATED)):
        ET.fromstring(part.encode("utf-8"))  # noqa: S314 - our own output


# --------------------------------------------------------------------------
# Directories.


def make_tree(root: Path) -> list[str]:
    """A small corpus with nested folders; returns its *.txt files in walking order."""
    texts = {
        "b.txt": DATED,
        "a.txt": ARTICLE,
        "notes.md": "Notes\n\nNot an article.\n",
        "sub/c.txt": CAPTIONED,
        "sub/skip.dat": "Data\n\nNot an article either.\n",
        "sub/deeper/d.txt": ARTICLE,
        "z/e.txt": DATED,
        "A-upper.txt": ARTICLE,
    }
    for name, text in texts.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    order = ["A-upper.txt", "a.txt", "b.txt", "sub/c.txt", "sub/deeper/d.txt", "z/e.txt"]
    return [str(root / name) for name in order]


def paths_of(out: str) -> list[str]:
    return [str(record["path"]) for record in json_lines(out)]


def test_directories_are_walked_in_sorted_order(tmp_path, capsys):
    expected = make_tree(tmp_path / "corpus")
    assert _cli.main(["--format", "jsonl", str(tmp_path / "corpus")]) == 0
    out, err = capsys.readouterr()
    assert paths_of(out) == expected
    assert err.startswith("wireparse: 6 files, 6 articles, ")


def test_directory_path_is_kept_as_given(tmp_path, capsys, monkeypatch):
    make_tree(tmp_path / "corpus")
    monkeypatch.chdir(tmp_path)
    assert _cli.main(["--format", "jsonl", "--quiet", "./corpus/sub/"]) == 0
    assert paths_of(capsys.readouterr().out) == ["./corpus/sub/c.txt", "./corpus/sub/deeper/d.txt"]


def test_glob_chooses_the_files_in_directories(tmp_path, capsys):
    root = tmp_path / "corpus"
    make_tree(root)
    assert _cli.main(["--format", "jsonl", "--glob", "*.md", str(root)]) == 0
    assert paths_of(capsys.readouterr().out) == [str(root / "notes.md")]
    args = ["--format", "jsonl", "--glob", "*.dat", "--glob", "[ab].txt", str(root)]
    assert _cli.main(args) == 0
    found = paths_of(capsys.readouterr().out)
    assert found == [str(root / "a.txt"), str(root / "b.txt"), str(root / "sub/skip.dat")]


def test_glob_does_not_filter_files_named_on_the_command_line(tmp_path, capsys):
    root = tmp_path / "corpus"
    make_tree(root)
    note = str(root / "notes.md")
    assert _cli.main(["--format", "jsonl", "--glob", "*.dat", note, str(root / "z")]) == 0
    assert paths_of(capsys.readouterr().out) == [note]


def test_files_directories_and_stdin_mix_in_order(tmp_path, monkeypatch, capsys):
    root = tmp_path / "corpus"
    expected = make_tree(root)
    monkeypatch.setattr(sys, "stdin", FakeStdin(CAPTIONED.encode()))
    args = ["--format", "jsonl", str(root / "z"), "-", str(root / "a.txt"), str(root / "sub")]
    assert _cli.main(args) == 0
    assert paths_of(capsys.readouterr().out) == [
        expected[5],
        "-",
        str(root / "a.txt"),
        expected[3],
        expected[4],
    ]


def test_symlinked_directories_are_not_followed(tmp_path, capsys):
    root = tmp_path / "corpus"
    expected = make_tree(root)
    (root / "sub" / "loop").symlink_to(root, target_is_directory=True)
    (root / "link.txt").symlink_to(root / "a.txt")
    assert _cli.main(["--format", "jsonl", "--quiet", str(root)]) == 0
    assert paths_of(capsys.readouterr().out) == [
        *expected[:3],
        str(root / "link.txt"),
        *expected[3:],
    ]


def test_unlistable_directory_is_reported_and_skipped(tmp_path, monkeypatch, capsys):
    root = tmp_path / "corpus"
    expected = make_tree(root)
    real_scandir = os.scandir
    locked = str(root / "sub")

    def scandir(path):
        if os.fspath(path) == locked:
            raise PermissionError(13, "Permission denied", path)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    assert _cli.main(["--format", "jsonl", str(root)]) == 1
    out, err = capsys.readouterr()
    assert paths_of(out) == [*expected[:3], expected[5]]
    assert err.splitlines() == [
        f"wireparse: cannot read {locked!r}: Permission denied",
        err.splitlines()[1],
    ]
    assert err.splitlines()[1].startswith("wireparse: 5 files, 4 articles, ")
    assert err.splitlines()[1].endswith(" 1 failed in " + err.splitlines()[1].split(" in ")[1])


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs file permissions")
def test_unreadable_file_is_reported_and_skipped(tmp_path, capsys):
    root = tmp_path / "corpus"
    expected = make_tree(root)
    (root / "b.txt").chmod(0)
    try:
        assert _cli.main(["--format", "jsonl", "--quiet", str(root)]) == 1
    finally:
        (root / "b.txt").chmod(0o644)
    out, err = capsys.readouterr()
    assert paths_of(out) == [p for p in expected if not p.endswith("b.txt")]
    assert err == f"wireparse: cannot read {str(root / 'b.txt')!r}: Permission denied\n"


def test_a_path_through_a_file_is_reported_and_skipped(article_file, capsys):
    bad = str(article_file / "x.txt")
    assert _cli.main(["--format", "jsonl", str(article_file), bad, str(article_file)]) == 1
    out, err = capsys.readouterr()
    assert paths_of(out) == [str(article_file)] * 2
    assert err.splitlines()[0] == f"wireparse: cannot read {bad!r}: Not a directory"
    assert err.splitlines()[1].startswith("wireparse: 3 files, 2 articles, 0 defects, 1 failed in ")


# --------------------------------------------------------------------------
# Standard input, read once.


def test_dash_twice_reads_standard_input_once(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", FakeStdin(ARTICLE.encode()))
    assert _cli.main(["--format", "jsonl", "--quiet", "-", "-"]) == 0
    first, second = json_lines(capsys.readouterr().out)
    assert first == second
    assert first["headline"] == "Talks resume"


def test_missing_standard_input_is_a_read_error(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", None)
    assert _cli.main(["-"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == "wireparse: cannot read '-': standard input is not available\n"


# --------------------------------------------------------------------------
# Worker processes.


def big_tree(root: Path, count: int) -> list[str]:
    """*count* small articles in two folders (more than one batch of paths)."""
    paths = []
    for number in range(count):
        path = root / f"part{number % 2}" / f"story{number:04d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        text = f"Story {number}\n\nSEOUL, Aug. 8 (Yonhap) -- Item {number} {'x' * (number % 7)}.\n"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return sorted(map(str, paths))


@pytest.mark.parametrize("output_format", ["text", "json", "jsonl", "ninjs"])
def test_jobs_2_gives_the_same_output_as_jobs_1(tmp_path, monkeypatch, capsys, output_format):
    root = tmp_path / "corpus"
    big_tree(root, 70)
    (root / "part1" / "empty.txt").write_bytes(b"")
    args = ["--format", output_format, "--strict", str(root / "part0"), "-"]
    args += [str(tmp_path / "missing.txt"), str(root / "part1")]
    outputs = []
    for jobs in ("1", "2"):
        monkeypatch.setattr(sys, "stdin", FakeStdin(DATED.encode()))
        assert _cli.main([*args, "--jobs", jobs]) == 1
        out, err = capsys.readouterr()
        outputs.append(out)
        lines = err.splitlines()
        missing = str(tmp_path / "missing.txt")
        assert lines[0] == f"wireparse: cannot read {missing!r}: No such file or directory"
        assert lines[1].startswith(f"wireparse: {root / 'part1' / 'empty.txt'}:1:1: empty-input:")
        assert lines[2].startswith("wireparse: 73 files, 71 articles, 0 defects, 2 failed in ")
    assert outputs[0] == outputs[1]
    assert "Story 69" in outputs[0]


# --------------------------------------------------------------------------
# Streaming: each result is written before later inputs are read.


class EventBuffer:
    """A binary stdout that logs each write in a shared event list."""

    def __init__(self, events: list[tuple[str, str]]) -> None:
        self.events = events
        self.data = io.BytesIO()

    def write(self, data: bytes) -> int:
        self.events.append(("write", data.decode()))
        return self.data.write(data)

    def flush(self) -> None:
        self.events.append(("flush", ""))


class EventStdout:
    def __init__(self, events: list[tuple[str, str]]) -> None:
        self.buffer = EventBuffer(events)

    def flush(self) -> None:
        pass


def recording_parse_files(monkeypatch, events: list[tuple[str, str]]) -> None:
    """Make the command's parse_files log each path it takes from its input."""
    real = _cli.parse_files

    def logged(paths):
        for path in paths:
            events.append(("read", os.fspath(path)))
            yield path

    monkeypatch.setattr(_cli, "parse_files", lambda paths, **kw: real(logged(paths), **kw))


def test_each_result_is_written_and_flushed_before_the_next_file_is_read(
    tmp_path, monkeypatch, capsys
):
    paths = big_tree(tmp_path, 3)
    events: list[tuple[str, str]] = []
    recording_parse_files(monkeypatch, events)
    monkeypatch.setattr(sys, "stdout", EventStdout(events))
    assert _cli.main(["--format", "jsonl", *paths]) == 0
    kinds = [(kind, json.loads(text)["path"] if kind == "write" else text) for kind, text in events]
    assert kinds == [
        item for path in paths for item in (("read", path), ("write", path), ("flush", ""))
    ]
    assert capsys.readouterr().err.startswith("wireparse: 3 files")


def test_json_array_streams_too(tmp_path, monkeypatch):
    paths = big_tree(tmp_path, 2)
    events: list[tuple[str, str]] = []
    recording_parse_files(monkeypatch, events)
    monkeypatch.setattr(sys, "stdout", EventStdout(events))
    assert _cli.main(["--format", "json", "--quiet", *paths]) == 0
    writes = [(kind, text[:2]) for kind, text in events if kind != "flush"]
    assert writes == [
        ("read", paths[0][:2]),
        ("write", "[\n"),
        ("read", paths[1][:2]),
        ("write", ",\n"),
        ("write", "\n]"),
    ]


def test_directories_are_walked_lazily(tmp_path, monkeypatch):
    for name in ("a", "b", "c"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "story.txt").write_text(ARTICLE, encoding="utf-8")
    events: list[tuple[str, str]] = []
    real_scandir = os.scandir

    def scandir(path):
        events.append(("list", os.fspath(path)))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(sys, "stdout", EventStdout(events))
    assert _cli.main(["--format", "jsonl", "--quiet", str(tmp_path)]) == 0
    order = [
        text if kind == "list" else json.loads(text)["path"]
        for kind, text in events
        if kind != "flush"
    ]
    assert order == [
        str(tmp_path),
        str(tmp_path / "a"),
        str(tmp_path / "a" / "story.txt"),
        str(tmp_path / "b"),
        str(tmp_path / "b" / "story.txt"),
        str(tmp_path / "c"),
        str(tmp_path / "c" / "story.txt"),
    ]


def test_with_jobs_the_first_results_come_before_the_last_file_is_read(tmp_path, monkeypatch):
    paths = big_tree(tmp_path, 400)  # far more than the batches the workers hold
    events: list[tuple[str, str]] = []
    recording_parse_files(monkeypatch, events)
    monkeypatch.setattr(sys, "stdout", EventStdout(events))
    assert _cli.main(["--format", "jsonl", "--jobs", "2", "--quiet", *paths]) == 0
    first_write = next(n for n, (kind, _text) in enumerate(events) if kind == "write")
    last_read = max(n for n, (kind, _text) in enumerate(events) if kind == "read")
    assert first_write < last_read
    written = [json.loads(text)["path"] for kind, text in events if kind == "write"]
    assert written == paths


# --------------------------------------------------------------------------
# The progress bar and the closing summary.


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class FakeClock:
    def __init__(self, step: float) -> None:
        self.now = 1000.0
        self.step = step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


SUMMARY = re.compile(
    r"wireparse: (\d+) files?, (\d+) articles?, (\d+) defects?, (\d+) failed in \d+\.\d s"
)


def run_with_terminal(monkeypatch, args, *, step=0.05):
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(_cli, "_clock", FakeClock(step))
    status = _cli.main(args)
    return status, terminal.getvalue()


def test_progress_bar_on_a_terminal_for_several_files(tmp_path, monkeypatch, capsys):
    paths = big_tree(tmp_path, 20)
    status, err = run_with_terminal(monkeypatch, ["--format", "jsonl", *paths], step=1.0)
    assert status == 0
    assert len(json_lines(capsys.readouterr().out)) == 20
    frames = err.split("\r")
    assert frames[0] == ""
    assert frames[1].startswith(" 1/20 [")
    assert frames[20].startswith("20/20 [########")
    assert " 100%  " in frames[20]
    assert all(frame.endswith("\x1b[K") for frame in frames[1:21])
    # The bar is wiped before the summary, which stands alone on its line.
    assert frames[21] == "\x1b[Kwireparse: 20 files, 20 articles, 0 defects, 0 failed in 21.0 s\n"


def test_progress_is_redrawn_at_most_ten_times_a_second(tmp_path, monkeypatch, capsys):
    paths = big_tree(tmp_path, 30)
    # 0.01 s a clock reading: a few readings per file, so about one draw per 3 files.
    status, err = run_with_terminal(monkeypatch, ["--format", "jsonl", *paths], step=0.01)
    assert status == 0
    capsys.readouterr()
    draws = err.count("\r") - 1  # one more to wipe the bar
    elapsed = float(SUMMARY.search(err).group(0).split(" in ")[1].removesuffix(" s"))
    assert 2 <= draws <= elapsed * 10 + 1


def test_progress_without_a_total_while_walking(tmp_path, monkeypatch, capsys):
    big_tree(tmp_path / "corpus", 5)
    status, err = run_with_terminal(
        monkeypatch, ["--format", "jsonl", str(tmp_path / "corpus")], step=1.0
    )
    assert status == 0
    capsys.readouterr()
    frames = err.split("\r")
    assert frames[1].startswith("1 file  ")
    assert "/" not in frames[1].removesuffix("\x1b[K").replace("files/s", "")
    assert SUMMARY.search(frames[-1]).groups() == ("5", "5", "0", "0")


def test_progress_is_wiped_before_an_error_message(tmp_path, monkeypatch, capsys):
    paths = big_tree(tmp_path, 2)
    missing = str(tmp_path / "missing.txt")
    status, err = run_with_terminal(monkeypatch, ["--format", "jsonl", paths[0], missing])
    assert status == 1
    capsys.readouterr()
    assert f"\r\x1b[Kwireparse: cannot read {missing!r}" in err


def test_progress_is_wiped_before_output_to_the_same_terminal(tmp_path, monkeypatch):
    paths = big_tree(tmp_path, 3)
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(_cli, "_clock", FakeClock(1.0))
    assert _cli.main(["--format", "jsonl", *paths]) == 0
    lines = terminal.getvalue().split("\n")
    assert lines[0].startswith("{")  # nothing yet to wipe
    assert lines[1].startswith("\r1/3 [")
    assert "\x1b[K\r\x1b[K{" in lines[1]
    assert json.loads(lines[1].rsplit("\r\x1b[K", 1)[1])["path"] == paths[1]


def test_no_progress_bar_with_quiet(tmp_path, monkeypatch, capsys):
    paths = big_tree(tmp_path, 5)
    status, err = run_with_terminal(monkeypatch, ["--quiet", *paths])
    assert status == 0
    assert "Story 4" in capsys.readouterr().out
    assert err == ""


def test_no_progress_bar_or_summary_for_one_file(article_file, monkeypatch, capsys):
    status, err = run_with_terminal(monkeypatch, [str(article_file)])
    assert status == 0
    assert "Talks resume" in capsys.readouterr().out
    assert err == ""


def test_no_progress_bar_when_stderr_is_not_a_terminal(tmp_path, capsys):
    paths = big_tree(tmp_path, 5)
    assert _cli.main(["--format", "jsonl", *paths]) == 0
    err = capsys.readouterr().err
    assert "\r" not in err
    assert SUMMARY.fullmatch(err.rstrip("\n")).groups() == ("5", "5", "0", "0")


def test_summary_counts_files_articles_defects_and_failures(tmp_path, capsys):
    (tmp_path / "blank.txt").write_bytes(b"\n\n")  # one error-level defect
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    args = [str(tmp_path), str(tmp_path / "missing.txt"), "--format", "jsonl"]
    assert _cli.main(args) == 1
    err = capsys.readouterr().err.splitlines()
    assert SUMMARY.fullmatch(err[-1]).groups() == ("3", "2", "1", "1")
    assert _cli.main([*args, "--strict"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert SUMMARY.fullmatch(err[-1]).groups() == ("3", "1", "0", "2")


def test_summary_uses_the_singular(tmp_path, capsys):
    (tmp_path / "blank.txt").write_bytes(b"\n\n")
    assert _cli.main([str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert err.startswith("wireparse: 1 file, 1 article, 1 defect, 0 failed in ")


def test_summary_time(tmp_path, monkeypatch, capsys):
    paths = big_tree(tmp_path, 2)
    monkeypatch.setattr(_cli, "_clock", FakeClock(0.5))
    assert _cli.main(["--format", "jsonl", *paths]) == 0
    assert capsys.readouterr().err.endswith(" 0 failed in 0.5 s\n")


def test_progress_line_fits_narrow_terminals():
    assert len(_cli._progress_line(5, 13650, 1.0, 40)) <= 39
    assert "[" not in _cli._progress_line(5, 13650, 1.0, 40)
    assert _cli._progress_line(5, 13650, 1.0, 80).startswith("    5/13650 [")
    assert _cli._progress_line(0, 10, 0.0, 80).endswith("  0 files/s  ? left")
    assert _cli._progress_line(10, 10, 7260.0, 80).endswith("  0:00 left")
    assert _cli._progress_line(3, None, 7260.0, 80) == "3 files  0 files/s  2:01:00"


# --------------------------------------------------------------------------
# Broken pipes with worker processes.


def test_python_dash_m_broken_pipe_with_jobs(tmp_path):
    root = tmp_path / "corpus"
    big_tree(root, 300)
    with subprocess.Popen(
        [sys.executable, "-m", "wireparse", "--format", "jsonl", "--jobs", "2", str(root)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=base_env(),
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        assert process.stdout.read(9) == b'{"path": '
        process.stdout.close()
        err = process.stderr.read()
        returncode = process.wait(timeout=60)
    assert err == b""
    assert returncode == 1


# --------------------------------------------------------------------------
# The shared corpus.


def test_corpus_as_json_lines(corpus_dir, monkeypatch):
    events: list[tuple[str, str]] = []
    stdout = EventStdout(events)
    monkeypatch.setattr(sys, "stdout", stdout)
    status = _cli.main([str(corpus_dir), "--format", "jsonl", "--jobs", "2", "--quiet"])
    assert status == 0
    expected = sorted(str(path) for path in corpus_dir.rglob("*.txt"))
    lines = stdout.buffer.data.getvalue().decode("utf-8").split("\n")
    assert lines.pop() == ""
    assert len(lines) == len(expected)
    found = [line[: line.index('", "wireparse": ')].removeprefix('{"path": "') for line in lines]
    assert sorted(found) == expected
