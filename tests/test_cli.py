"""The ``wireparse`` command line: summaries, JSON Lines, exit statuses."""

from __future__ import annotations

import io
import json
import os
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

ARTICLE_KEYS = [
    "file",
    "style",
    "headline",
    "byline",
    "published",
    "updated",
    "dateline",
    "paragraphs",
    "captions",
    "credits",
    "end_marks",
    "envelope",
    "defects",
    "segments",
    "source",
]


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
    assert data["file"] == str(article_file)
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
    assert data == {"file": str(article_file), **expected}


def test_json_lines_keep_line_separators_inside_strings(tmp_path, capsys):
    path = tmp_path / "sep.txt"
    path.write_text("Odd\u2028headline\n\nThey met.\x85\n", encoding="utf-8")
    assert _cli.main(["--json", str(path), str(path)]) == 0
    out = capsys.readouterr().out
    assert len(out.splitlines()) == 2
    first, second = (json.loads(line) for line in out.splitlines())
    assert first == second
    assert first["source"] == "Odd\u2028headline\n\nThey met.\x85\n"


def test_several_files_give_json_lines_in_order(article_file, dated_file, capsys):
    assert _cli.main(["--json", str(dated_file), str(article_file), str(dated_file)]) == 0
    records = json_lines(capsys.readouterr().out)
    assert [r["file"] for r in records] == [str(dated_file), str(article_file), str(dated_file)]
    assert [r["headline"] for r in records] == ["Markets rally", "Talks resume", "Markets rally"]


def test_article_to_dict_is_generic():
    article = wireparse.parse(ARTICLE)
    data = article_to_dict(article)
    assert list(data) == ARTICLE_KEYS[1:]
    assert json.loads(json.dumps(data)) == data  # JSON-ready all the way down


# --------------------------------------------------------------------------
# Standard input.


class FakeStdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def test_dash_reads_standard_input_as_bytes(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", FakeStdin(DATED.encode("utf-8")))
    assert _cli.main(["--json", "-"]) == 0
    [data] = json_lines(capsys.readouterr().out)
    assert data["file"] == "-"
    assert data["headline"] == "Markets rally"


def test_dash_decodes_legacy_bytes(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", FakeStdin(b"Caf\xe9 opens\n\nThey met.\n"))
    assert _cli.main(["-"]) == 0
    out = capsys.readouterr().out
    assert "Headline:    Caf\u00e9 opens" in out
    assert "warning: legacy-encoding:" in out


def test_dash_mixed_with_files(article_file, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", FakeStdin(DATED.encode("utf-8")))
    assert _cli.main(["--json", str(article_file), "-"]) == 0
    records = json_lines(capsys.readouterr().out)
    assert [r["file"] for r in records] == [str(article_file), "-"]


# --------------------------------------------------------------------------
# Errors and exit statuses.


def test_missing_file_exits_2_with_one_line(tmp_path, capsys):
    missing = tmp_path / "x.txt"
    assert _cli.main([str(missing)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"wireparse: cannot read {str(missing)!r}: No such file or directory\n"


def test_directory_exits_2(tmp_path, capsys):
    assert _cli.main([str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"wireparse: cannot read {str(tmp_path)!r}: ")
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_unreadable_file_does_not_stop_the_others(article_file, tmp_path, capsys):
    missing = tmp_path / "missing.txt"
    assert _cli.main(["--json", str(missing), str(article_file)]) == 2
    out, err = capsys.readouterr()
    assert [r["file"] for r in json_lines(out)] == [str(article_file)]
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
    assert _cli.main(["--strict", "--json", str(path), str(article_file)]) == 1
    out, err = capsys.readouterr()
    assert [r["file"] for r in json_lines(out)] == [str(article_file)]
    assert err.startswith(f"wireparse: {path}:1:1: empty-input: ")


def test_strict_passes_good_articles(article_file, capsys):
    assert _cli.main(["--strict", str(article_file)]) == 0
    assert "Talks resume" in capsys.readouterr().out


def test_io_error_outranks_strict_failure(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert _cli.main(["--strict", str(empty), str(tmp_path / "missing.txt")]) == 2
    assert capsys.readouterr().err.count("\n") == 2


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
    assert data["file"] == str(dated_file)
    assert data["published"] == "2017-08-08T09:44:00+09:00"
    assert "caf\u00e9" in data["source"]


def test_python_dash_m_missing_file(tmp_path):
    missing = tmp_path / "nope.txt"
    result = run_module(str(missing))
    assert result.returncode == 2
    assert result.stdout == b""
    assert result.stderr.decode() == (
        f"wireparse: cannot read {str(missing)!r}: No such file or directory\n"
    )


def test_python_dash_m_reads_stdin():
    result = run_module("--json", "-", stdin=ARTICLE.encode())
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["file"] == "-"


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
