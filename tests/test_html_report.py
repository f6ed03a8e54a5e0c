"""`snakemake --report` on a tiny real study, opened in headless Chromium: every category,
every table and every figure of the manifest is there with its caption, and every image loads.

The Snakemake report is a React app that shows one result at a time, so the test
opens each category and clicks each result's view button, as a reader would.
Chromium comes from Debian (`apt-get install chromium`, done here when missing and
running as root) and is driven by Playwright's Python package, never its own
browser download. Without either the test is skipped, saying why.
"""

from __future__ import annotations

import base64
import html
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from conftest import REPO, copy_workflow

BIN = Path(sys.executable).parent
# The machine has no internet: without the networking flags Chromium keeps trying to reach Google.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TINY_STUDY = """\
datasets: [digits]
models: [small_cnn]
methods: [baseline, rr]
seeds: [0]
device: cpu
training:
  epochs: 2
  batch_size: 128
model_params:
  small_cnn: {widths: [16, 32, 64]}
corruptions: {names: [gaussian_noise, brightness], severities: [1, 5], max_images: 120}
evaluation: {umap: false, robust: {pgd_steps: 2}}
gan:
  enabled: true
  train: {g_channels: 8, d_channels: 8, epochs: 1, batch_size: 64, n_critic: 1}
  samples_per_class: 5
  unrestricted_per_class: 1
  unrestricted: {steps: 5}
"""
WAIT_MS = 15_000

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def chromium() -> str:
    """Debian's Chromium, installed here if missing (as root); skip with the reason otherwise."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        pytest.skip(
            "Chromium is not installed and apt-get cannot install it here (needs root): apt-get install chromium"
        )
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (
        ["apt-get", "update"],
        ["apt-get", "install", "-y", "chromium"],
    ):
        result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=900)
        if result.returncode != 0:
            pytest.skip(f"could not install Chromium ({' '.join(command)}): {result.stderr.strip()[-300:]}")
    found = shutil.which("chromium")
    if not found:
        pytest.skip("apt-get installed chromium but no chromium executable is on PATH")
    return found


@pytest.fixture(scope="module")
def sync_playwright():
    module = pytest.importorskip("playwright.sync_api", reason="playwright (Python package) is not installed")
    return module.sync_playwright


def snakemake(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run([str(BIN / "snakemake"), *args], cwd=cwd, capture_output=True, text=True, env=env)
    if result.returncode != 0:
        raise AssertionError(
            f"snakemake {' '.join(args)} failed:\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
        )
    return result


@pytest.fixture(scope="module")
def html_report(tmp_path_factory) -> tuple[Path, Path]:
    """A two-method, two-epoch study on digits, its report and its HTML report."""
    workdir = tmp_path_factory.mktemp("html-report")
    copy_workflow(workdir)
    (workdir / "config" / "tiny.yaml").write_text(TINY_STUDY)
    snakemake("--cores", "2", "all", "--configfile", "config/tiny.yaml", cwd=workdir)
    snakemake("--report", "report.html", "--configfile", "config/tiny.yaml", cwd=workdir)
    return workdir / "report.html", workdir / "results" / "report" / "manifest.json"


def test_every_table_and_figure_shows_in_the_browser(html_report, chromium, sync_playwright, tmp_path):
    report_html, manifest_path = html_report
    entries = json.loads(manifest_path.read_text())["entries"]
    expected = {f"results/report/{e['report_file']}": e for e in entries if e["report_file"]}
    assert {"runs", "summary", "claims", "accuracy", "training_curves"} <= {e["name"] for e in entries}

    page_errors: list[str] = []
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=chromium, args=CHROMIUM_ARGS, headless=True
        )
        try:
            page = context.new_page()
            page.on("pageerror", lambda error: page_errors.append(str(error)))
            page.goto(report_html.as_uri())
            page.wait_for_function(
                "() => typeof app !== 'undefined' && document.querySelector('nav') !== null"
            )

            categories = page.evaluate("() => categories")
            results = page.evaluate(
                "() => Object.fromEntries(Object.entries(results).map(([p, r]) => [p, {caption: r.caption, mime: r.mime_type}]))"
            )
            assert set(results) == set(expected), "the HTML report and manifest.json list different files"
            assert set(categories) == {e["category"] for e in expected.values()}
            for path, entry in expected.items():
                shown_in = [
                    c
                    for c, subcategories in categories.items()
                    for paths in subcategories.values()
                    if path in paths
                ]
                assert shown_in == [entry["category"]], path
                assert _plain(results[path]["caption"]) == _plain(entry["caption"]), path

            # as a reader: a category in the menu, each result's view button, back to the menu
            menu = page.locator("nav").first
            seen = set()
            for category in categories:
                count = sum(len(paths) for paths in categories[category].values())
                menu.get_by_text(category, exact=True).first.click()
                page.wait_for_function(
                    """([category, count]) => app.state.category === category
                        && document.querySelectorAll('nav table tbody tr').length === count""",
                    arg=[category, count],
                    timeout=WAIT_MS,
                )
                rows = menu.locator("table tbody tr")
                titles = {e["title"] for e in expected.values() if e["category"] == category}
                assert {rows.nth(i).locator("td").first.inner_text().strip() for i in range(count)} == titles
                for index in range(count):
                    rows.nth(index).locator("a[iconname=eye]").click()
                    path = page.evaluate("() => app.state.resultPath")
                    seen.add(path)
                    if results[path]["mime"] == "image/png":
                        _assert_image_shown(page, path)
                    else:
                        _assert_table_shown(page, path)
                menu.get_by_role("link", name="Results", exact=True).click()
            assert seen == set(expected)

            broken = page.evaluate(
                "() => [...document.images].filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.src.slice(0, 80))"
            )
            assert broken == []
        finally:
            context.close()
    assert page_errors == []


def _plain(text: str) -> str:
    """Caption text without markup, entities or line breaks, to compare HTML with the manifest."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())


def _assert_image_shown(page, path: str) -> None:
    """The result's PNG is in the page as an <img> that loaded (naturalWidth > 0), at the size of the
    embedded file, which decodes completely (Chromium shows a truncated PNG as loaded)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        page.wait_for_function(
            """path => {
                const uri = results[path].data_uri;
                const image = [...document.images].find(i => i.src === uri);
                return image !== undefined && image.complete && image.naturalWidth > 0;
            }""",
            arg=path,
            timeout=WAIT_MS,
        )
    except PlaywrightTimeout:
        raise AssertionError(f"{path}: its <img> did not load (naturalWidth stayed 0)") from None
    uri, width, height = page.evaluate(
        """path => {
            const uri = results[path].data_uri;
            const image = [...document.images].find(i => i.src === uri);
            return [uri, image.naturalWidth, image.naturalHeight];
        }""",
        path,
    )
    with Image.open(io.BytesIO(base64.b64decode(uri.split("base64,", 1)[1]))) as embedded:
        embedded.load()
        assert embedded.size == (width, height), path
    broken = page.evaluate(
        "() => [...document.images].filter(i => i.complete && i.naturalWidth === 0).length"
    )
    assert broken == 0, f"{path}: an image on the page failed to load"


def _assert_table_shown(page, path: str) -> None:
    """The result's HTML table is in a frame of the page with at least one body row."""
    uri = page.evaluate("path => results[path].data_uri", path)
    page.wait_for_function(
        "uri => [...document.querySelectorAll('iframe')].some(f => f.src === uri)", arg=uri, timeout=WAIT_MS
    )
    frame = next(f for f in page.frames if f.url == uri)
    frame.wait_for_selector("table tbody tr", timeout=WAIT_MS)
    assert frame.locator("table caption").inner_text().strip(), path
