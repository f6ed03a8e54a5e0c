"""Where a study spends its time: Snakemake's ``benchmark:`` files summed per rule.

Every rule writes ``results/benchmarks/<rule>/<job>.tsv`` (Snakemake's columns:
``s`` wall seconds, ``cpu_time``, ``max_rss`` in MB, ...). DVC has no such
directive, so a DVC report has no timing section; the report says so and
skips it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

import pandas as pd

from advaug import layout
from advaug.errors import UserError

BENCHMARK_DIR = Path(layout.BENCHMARKS_DIR).name  # results/benchmarks/<rule>/...
COLUMNS = {"s": "wall_s", "cpu_time": "cpu_s", "max_rss": "max_rss_mb"}


def rule_of(path: Path) -> tuple[str, str]:
    """(rule, job) from results/benchmarks/<rule>/<job...>.tsv; a file elsewhere is named by its folder."""
    parts = Path(path).with_suffix("").parts
    if BENCHMARK_DIR in parts[:-1]:
        start = len(parts) - 1 - parts[::-1].index(BENCHMARK_DIR)
        rest = parts[start + 1 :]
        return (rest[0], "/".join(rest[1:]) or rest[0])
    return (Path(path).parent.name or "job", Path(path).stem)


def read_benchmarks(paths: Sequence[Path]) -> pd.DataFrame:
    """One row per job: rule, job, wall and CPU seconds, peak memory (a file with repeats: their mean)."""
    rows = []
    for path in map(Path, paths):
        if not path.exists():
            raise UserError(f"benchmark file {path} does not exist; run the job that writes it (snakemake)")
        frame = pd.read_csv(path, sep="\t")
        missing = [c for c in COLUMNS if c not in frame]
        if missing:
            raise UserError(f"{path} is not a Snakemake benchmark file (no column {', '.join(missing)})")
        rule, job = rule_of(path)
        numbers = frame[list(COLUMNS)].apply(pd.to_numeric, errors="coerce").mean()
        rows.append({"rule": rule, "job": job, **{COLUMNS[k]: float(v) for k, v in numbers.items()}})
    return pd.DataFrame(rows, columns=["rule", "job", *COLUMNS.values()])


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
