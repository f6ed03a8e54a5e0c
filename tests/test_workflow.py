"""The Snakemake workflow: lint- and format-clean, config errors before any job, and
the smallest study end to end with every method above 90% on digits."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
import yaml

from conftest import REPO, copy_workflow

BIN = Path(sys.executable).parent


def snakemake(*args: str, cwd: Path, check: bool = True) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run(
        [str(BIN / "snakemake"), *args], cwd=cwd, capture_output=True, text=True, env=env
    )
    if check and result.returncode != 0:
        raise AssertionError(f"snakemake {' '.join(args)} failed:\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}")
    return result


@pytest.fixture
def workdir(tmp_path) -> Path:
    """A copy of the workflow files, so tests never touch the repository's results/."""
    return copy_workflow(tmp_path)


# The rules declare no per-job conda environment: `--software-deployment-method conda`
# is not supported (no test could build the environment offline; README, Development).
NO_CONDA_LINT = "Specify a conda environment or container for each rule."


def test_lint_reports_nothing():
    """Snakemake's linter finds nothing but the per-rule environment it always asks for."""
    result = snakemake("--lint", cwd=REPO, check=False)
    output = result.stdout + result.stderr
    assert result.returncode == 0 or "Lints for rule" in output, output
    lints = set(re.findall(r"^\s+\* (.+?):$", output, flags=re.M))
    assert lints <= {NO_CONDA_LINT}, output
    assert "Lints for snakefile" not in output, output


def test_snakefmt_leaves_files_unchanged():
    files = [str(REPO / "Snakefile"), *map(str, sorted((REPO / "rules").glob("*.smk")))]
    result = subprocess.run([str(BIN / "snakefmt"), "--check", *files], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_bad_config_stops_before_any_job(workdir):
    result = snakemake("-n", "--cores", "1", "--config", "methods=[baseline,magic]", cwd=workdir, check=False)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "methods" in output and "magic" in output
    assert not (workdir / "results").exists()


def test_dry_run_plans_every_job(workdir):
    result = snakemake("-n", "--cores", "2", "--configfile", "config/smoke.yaml", cwd=workdir)
    output = result.stdout
    for rule in ("prepare", "corrupt", "train", "perturb_testset", "evaluate", "report"):
        assert f"rule {rule}:" in output
    assert "Nothing to be done" not in output


def planned_jobs(dry_run_output: str) -> list[dict]:
    """The jobs a dry run lists: rule, wildcards and priority (Snakemake prints a priority only
    when it is not 0)."""
    jobs = []
    for block in re.split(r"\n(?=(?:local)?rule \w+:\n)", dry_run_output):
        rule = re.match(r"(?:local)?rule (\w+):\n", block)
        if rule:
            wildcards = re.search(r"^\s+wildcards: (.*)$", block, flags=re.M)
            priority = re.search(r"^\s+priority: (\d+)$", block, flags=re.M)
            jobs.append({
                "rule": rule[1],
                "wildcards": dict(pair.split("=", 1) for pair in wildcards[1].split(", ")) if wildcards else {},
                "priority": int(priority[1]) if priority else 0,
            })
    return jobs


def test_the_critical_path_has_the_highest_priority(workdir):
    """The AC-GAN chain, the reference run and the shared test sets outrank the AC-GAN's users,
    which outrank the other classifiers, which outrank the evaluations (rules/common.smk)."""
    jobs = planned_jobs(snakemake("-n", "--cores", "2", "all", cwd=workdir).stdout)
    priority = {}
    for job in jobs:
        key = job["rule"] if job["rule"] != "train" else f"train {job['wildcards']['method']} {job['wildcards']['seed']}"
        priority.setdefault(key, set()).add(job["priority"])
    priority = {key: values.pop() for key, values in priority.items() if len(values) == 1}
    assert len([job for job in jobs if job["rule"] == "train"]) == 32
    for key in ("train_gan", "sample_gan", "unrestricted", "perturb_testset", "corrupt", "train baseline 0"):
        assert priority[key] == 3, key
    for key in ("umap", "train gan_aug 0", "train uae_aug 1"):
        assert priority[key] == 2, key
    assert priority["train baseline 1"] == priority["train rr 0"] == 1
    assert priority["evaluate"] == priority["gallery"] == priority["report"] == 0


def started_jobs(workdir: Path) -> list[dict]:
    """The jobs of the last Snakemake run, in the order it started them (its log in .snakemake/log)."""
    log = max((workdir / ".snakemake" / "log").glob("*.snakemake.log"), key=lambda path: path.stat().st_mtime)
    return planned_jobs(log.read_text())


@pytest.mark.slow
def test_smoke_study_end_to_end(workdir):
    """Every method reaches >= 90% clean accuracy on digits; a second run does nothing."""
    snakemake("--cores", "2", "all", "--configfile", "config/smoke.yaml", cwd=workdir)
    runs = pd.read_csv(workdir / "results/report/tables/runs.csv")
    smoke = yaml.safe_load((REPO / "config/smoke.yaml").read_text())
    assert sorted(runs["method"]) == sorted(smoke["methods"])
    low = runs[runs["clean_top1"] < 0.90]
    assert low.empty, f"below 90% on digits:\n{low[['method', 'clean_top1']]}"
    for name in ("tables/summary.md", "tables/summary.tex", "figures/accuracy.png", "figures/accuracy.pdf"):
        assert (workdir / "results/report" / name).stat().st_size > 0
    for column in ("knn_top1", "robust_fgsm_top1", "robust_pgd_top1", "perturbed_top1", "corruption_mean_error"):
        assert runs[column].between(0, 1).all(), column
    assert (runs["robust_pgd_top1"] <= runs["robust_fgsm_top1"] + 0.05).all()
    timing = pd.read_csv(workdir / "results/report/tables/time_per_rule.csv").set_index("rule")
    assert timing.loc["train", "jobs"] == timing.loc["evaluate", "jobs"] == len(smoke["methods"])
    assert (timing["total_s"] > 0).all() and (workdir / "results/report/figures/time_per_rule_bars.png").exists()
    # CPU time from the jobs' usage files: a one-thread training job computes most of its wall time
    # (less where other processes share the cores), and every job imported torch (> 50 MB resident)
    assert 0.1 * timing.loc["train", "total_s"] < timing.loc["train", "cpu_s"] < 1.5 * timing.loc["train", "total_s"]
    assert timing["max_rss_mb"].between(50, 16_000).all(), timing["max_rss_mb"]
    history = pd.read_csv(workdir / "results/runs/digits/small_cnn/rr/seed0/history.csv")
    assert list(history["epoch"]) == list(range(1, smoke["training"]["epochs"] + 1))
    meta = json.loads((workdir / "results/runs/digits/small_cnn/rr/seed0/train_meta.json").read_text())
    assert meta["settings"]["method_params"] == {"max_angle": 30}
    again = snakemake("-n", "--cores", "2", "all", "--configfile", "config/smoke.yaml", cwd=workdir)
    assert "Nothing to be done" in again.stdout + again.stderr
    # priorities: the reference run (baseline, first seed) is the first classifier trained
    trains = [job["wildcards"] for job in started_jobs(workdir) if job["rule"] == "train"]
    assert (trains[0]["method"], trains[0]["seed"]) == ("baseline", "0"), trains[:3]


def test_command_line_overrides_lists(workdir):
    """`--config methods=[...] seeds=[...]` works as the README shows (seeds arrive as strings)."""
    result = snakemake(
        "-n", "-p", "--cores", "2", "--config", "methods=[baseline,rr]", "seeds=[0,1,2]", cwd=workdir
    )
    trains = [line for line in result.stdout.splitlines() if line.startswith("Shell command: advaug train ")]
    planned = {(line.split("--method ")[1].split()[0], line.split("--seed ")[1].split()[0]) for line in trains}
    assert {(m, s) for m in ("baseline", "rr") for s in "012"} <= planned
    assert not any(m in {"rpg", "augmix"} for m, _ in planned)


def test_benchmark_sampler_follows_the_interval_the_snakefile_sets(monkeypatch):
    """Snakemake's sampler arms each early sample BENCHMARK_INTERVAL_SHORT seconds after the last;
    advaug.runtime.sample_benchmarks_every sets it, and the Snakefile calls that."""
    import time

    import snakemake.benchmark as benchmark

    from advaug.runtime import sample_benchmarks_every

    monkeypatch.setattr(benchmark, "BENCHMARK_INTERVAL_SHORT", benchmark.BENCHMARK_INTERVAL_SHORT)
    samples = {}
    for seconds in (0.1, 0.5):
        sample_benchmarks_every(seconds)
        taken = []

        class Counting(benchmark.ScheduledPeriodicTimer):
            def work(self):
                taken.append(time.monotonic())

        timer = Counting(interval=30)
        timer.start()
        time.sleep(1.2)
        timer.cancel()
        samples[seconds] = len(taken)
    assert samples[0.1] >= 6 and samples[0.5] <= 4, samples
    assert "\nsample_benchmarks_every()\n" in (REPO / "Snakefile").read_text()


def test_usage_is_the_commands_cpu_time_with_its_children_and_only_on_success(tmp_path):
    """`advaug --usage` writes the process's getrusage at exit, counting the children it waited
    for (torchrun's workers, the report's drawing processes); a failed command writes none."""
    from conftest import run_cli

    spin = "import time\nt = time.process_time()\nwhile time.process_time() - t < 0.6: pass"
    script = (
        "import subprocess, sys\n"
        f"subprocess.run([sys.executable, '-c', {spin!r}], check=True)\n"
        "from advaug.runtime import write_usage\n"
        "write_usage(sys.argv[1])\n"
    )
    usage = tmp_path / "child.usage.json"
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    subprocess.run([sys.executable, "-c", script, str(usage)], check=True, env=env)
    measured = json.loads(usage.read_text())
    assert measured["cpu_s"] >= 0.55 and abs(measured["cpu_s"] - measured["user_s"] - measured["sys_s"]) < 1e-9
    assert 5 < measured["max_rss_mb"] < 4000

    listed = tmp_path / "list.usage.json"
    run_cli("list", "models", "--usage", str(listed))
    assert 0 < json.loads(listed.read_text())["cpu_s"] < 30
    failed = tmp_path / "failed.usage.json"
    result = run_cli("evaluate", "--usage", str(failed), "--run", str(tmp_path / "none"), "--data", str(tmp_path),
                     "--out", str(tmp_path / "m.json"), check=False)
    assert result.returncode == 2 and not failed.exists()
