"""The HTML report in a real headless Chromium: no console messages, tables, a real picture.

CI installs Debian's chromium and sets PAPER_CLAIMS_BROWSER_REQUIRED=1, so there a missing
browser fails the test; on a machine without chromium it is skipped with the reason.
"""

import json
import os
import shutil
import subprocess

import numpy as np
import pytest
from matplotlib import image

from extract.cli import main
from extract.read.sample import sample_corpus

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--enable-logging=stderr",
    "--v=0",
]
# A title that would log to the console if the report failed to escape it.
HOSTILE_TITLE = (
    '<script>console.log("unescaped title")</script><img src=x onerror="console.log(1)">'
)


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        if os.environ.get("PAPER_CLAIMS_BROWSER_REQUIRED") == "1":
            pytest.fail("chromium is required here (apt-get install chromium)")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return CHROMIUM


def open_page(browser, url, tmp_path, *extra):
    profile = tmp_path / f"profile-{len(list(tmp_path.iterdir()))}"
    done = subprocess.run(
        [browser, *FLAGS, f"--user-data-dir={profile}", *extra, url],
        capture_output=True,
        text=True,
        timeout=120,
    )
    console = [line for line in done.stderr.splitlines() if ":CONSOLE" in line]
    return done, console


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("browser")
    extra = folder / "hostile.jsonl"
    record = {"id": "hostile", "title": HOSTILE_TITLE, "abstract": "It is 3x faster than vLLM."}
    extra.write_text(json.dumps(record) + "\n", encoding="utf-8")
    run = folder / "run"
    assert main(["extract", *sample_corpus(), str(extra), "-o", str(run), "-q", "-j", "1"]) == 0
    assert main(["report", str(run), "-o", str(folder / "report")]) == 0
    return folder / "report" / "index.html"


def test_console_messages_are_caught(browser, tmp_path):
    page = tmp_path / "bad.html"
    page.write_text("<html><body><script>throw new Error('kaboom')</script></body></html>")
    _, console = open_page(browser, page.as_uri(), tmp_path, "--dump-dom")
    assert any("kaboom" in line for line in console)


def test_report_loads_with_no_console_message_and_its_tables(browser, report, tmp_path):
    done, console = open_page(browser, report.as_uri(), tmp_path, "--dump-dom")
    assert done.returncode == 0, done.stderr[-2000:]
    assert console == []
    dom = done.stdout
    assert 'data-sortable-ready="yes"' in dom  # the sorting script ran to its end
    names = ("per_paper", "speedups_by_baseline", "speedups_by_metric", "hardware", "scale")
    for table in (*names, "quantities"):
        assert f'id="{table}"' in dom
    assert "&lt;script&gt;console.log" in dom and "unescaped title" not in console


def test_report_screenshot_is_not_blank(browser, report, tmp_path):
    shot = tmp_path / "shot.png"
    done, console = open_page(
        browser, report.as_uri(), tmp_path, f"--screenshot={shot}", "--window-size=1280,1600"
    )
    assert done.returncode == 0 and shot.is_file(), done.stderr[-2000:]
    pixels = image.imread(shot)[..., :3]
    not_white = np.mean(pixels.min(axis=2) < 0.9)
    assert not_white > 0.02, f"only {not_white:.1%} of the screenshot is not white"
    assert pixels.std() > 0.05
    assert console == []
