"""Where a study spends its time: Snakemake's ``benchmark:`` files summed per rule.

Every rule writes ``results/benchmarks/<rule>/<job>.tsv`` (Snakemake's columns: ``s`` wall
seconds, ...) and, beside it, ``<job>.usage.json``: the job's CPU seconds and peak memory from
its own getrusage (``advaug --usage``; Snakemake's sampled ``cpu_time`` and ``max_rss`` miss a
job's last interval and are not read). DVC has no such directive, so a DVC report has no timing
section; the report says so and skips it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

import pandas as pd

from advaug import layout
from advaug.errors import UserError
from advaug.io import read_json

BENCHMARK_DIR = Path(layout.BENCHMARKS_DIR).name  # results/benchmarks/<rule>/...
WALL = "s"  # Snakemake's wall seconds
USAGE = ("cpu_s", "max_rss_mb")  # usage.json keys, also the table's columns


def rule_of(path: Path) -> tuple[str, str]:
    """(rule, job) from results/benchmarks/<rule>/<job...>.tsv; a file elsewhere is named by its folder."""
    parts = Path(path).with_suffix("").parts
    if BENCHMARK_DIR in parts[:-1]:
        start = len(parts) - 1 - parts[::-1].index(BENCHMARK_DIR)
        rest = parts[start + 1 :]
        return (rest[0], "/".join(rest[1:]) or rest[0])
    return (Path(path).parent.name or "job", Path(path).stem)


def read_benchmarks(paths: Sequence[Path]) -> pd.DataFrame:
    """One row per job: rule, job, wall seconds (a file with repeats: their mean), and the CPU
    seconds and peak memory of its usage file."""
    rows = []
    for path in map(Path, paths):
        if not path.exists():
            raise UserError(f"benchmark file {path} does not exist; run the job that writes it (snakemake)")
        frame = pd.read_csv(path, sep="\t")
        if WALL not in frame:
            raise UserError(f"{path} is not a Snakemake benchmark file (no column {WALL})")
        rule, job = rule_of(path)
        wall = float(pd.to_numeric(frame[WALL], errors="coerce").mean())
        rows.append({"rule": rule, "job": job, "wall_s": wall, **read_usage(Path(layout.usage_beside(path)))})
    return pd.DataFrame(rows, columns=["rule", "job", "wall_s", *USAGE])


def read_usage(path: Path) -> dict[str, float]:
    """A job's usage file (advaug.runtime.write_usage) as the table's columns."""
    if not path.exists():
        raise UserError(f"{path} does not exist; re-run its job with Snakemake, whose rule passes `advaug --usage`")
    try:
        usage = read_json(path)
        return {key: float(usage[key]) for key in USAGE}
    except (ValueError, KeyError, TypeError):
        raise UserError(f"{path} is not a usage file of `advaug --usage` (needs {', '.join(USAGE)}); re-run its job") from None


def time_per_rule(jobs: pd.DataFrame) -> pd.DataFrame:
    """Per rule: jobs, total/mean/max wall seconds, share of all job time, CPU seconds, peak memory;
    the rule that takes longest first."""
    table = (
        jobs.groupby("rule")
        .agg(
            jobs=("job", "size"),
            total_s=("wall_s", "sum"),
            mean_s=("wall_s", "mean"),
            max_s=("wall_s", "max"),
            cpu_s=("cpu_s", "sum"),
            max_rss_mb=("max_rss_mb", "max"),
        )
        .reset_index()
        .sort_values("total_s", ascending=False, kind="stable")
    )
    total = table["total_s"].sum()
    table.insert(3, "share_pct", 100 * table["total_s"] / total if total > 0 else 0.0)
    return table.reset_index(drop=True)


def timing_view(table: pd.DataFrame) -> pd.DataFrame:
    """The table as shown: minutes and seconds rounded for reading."""
    return pd.DataFrame(
        {
            "rule": table["rule"],
            "jobs": table["jobs"],
            "total (min)": (table["total_s"] / 60).round(2),
            "share (%)": table["share_pct"].round(1),
            "mean per job (s)": table["mean_s"].round(1),
            "longest job (s)": table["max_s"].round(1),
            "CPU (min)": (table["cpu_s"] / 60).round(2),
            "peak memory (MB)": table["max_rss_mb"].round(0),
        }
    )
