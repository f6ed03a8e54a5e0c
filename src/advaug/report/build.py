"""``advaug report``: all runs as a CSV, the summary as CSV/Markdown/LaTeX, and the figures."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from advaug.errors import UserError
from advaug.io import read_json, write_text
from advaug.report.stats import format_mean_std, summarise
from advaug.report.style import ordered_methods

ID_COLUMNS = ["dataset", "model", "method", "seed"]
# metric column -> table heading; a column appears only when some run has it
METRIC_LABELS = {
    "clean_top1": "clean top-1 (%)",
    "clean_top5": "clean top-5 (%)",
    "clean_ece": "ECE (%)",
}


def collect_metrics(paths: list[Path]) -> pd.DataFrame:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(path.rglob("metrics.json")))
        elif path.exists():
            files.append(path)
        else:
            raise UserError(f"metrics file {path} does not exist; run `advaug evaluate` first")
    if not files:
        raise UserError(f"no metrics.json found under {', '.join(map(str, paths))}")
    return pd.DataFrame([flatten(read_json(f)) for f in files])


def flatten(metrics: dict) -> dict:
    """{'clean': {'top1': x}} -> {'clean_top1': x}; identifiers stay as they are."""
    row = {}
    for key, value in metrics.items():
        if isinstance(value, dict):
            for inner_key, inner in flatten(value).items():
                row[f"{key}_{inner_key}"] = inner
        else:
            row[key] = value
    return row


def sort_runs(runs: pd.DataFrame) -> pd.DataFrame:
    order = {m: i for i, m in enumerate(ordered_methods(runs["method"]))}
    return runs.assign(_order=runs["method"].map(order)).sort_values(
        ["dataset", "model", "_order", "seed"]
    ).drop(columns="_order")


def summary_table(runs: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The numeric summary (for CSV) and its formatted "mean ± std" view (for Markdown/LaTeX)."""
    metrics = [m for m in METRIC_LABELS if m in runs]
    summary = summarise(runs, metrics)
    table = summary[["dataset", "model", "method", "seeds"]].copy()
    for metric in metrics:
        table[METRIC_LABELS[metric]] = [
            format_mean_std(m, s) for m, s in zip(summary[f"{metric}_mean"], summary[f"{metric}_std"])
        ]
    return summary, table


def build_report(metric_paths: list[Path], out_dir: Path) -> list[Path]:
    from advaug.report.figures import accuracy_bars

    runs = sort_runs(collect_metrics(metric_paths))
    summary, table = summary_table(runs)
    outputs = {
        out_dir / "runs.csv": runs.to_csv(index=False),
        out_dir / "summary.csv": summary.to_csv(index=False),
        out_dir / "summary.md": _markdown(table),
        out_dir / "summary.tex": _latex(table),
    }
    for path, text in outputs.items():
        write_text(path, text)
    figures = accuracy_bars(runs, out_dir / "accuracy")
    return list(outputs) + figures


def _markdown(table: pd.DataFrame) -> str:
    header = "| " + " | ".join(table.columns) + " |"
    rule = "| " + " | ".join("---" for _ in table.columns) + " |"
    body = ["| " + " | ".join(str(v) for v in row) + " |" for row in table.itertuples(index=False)]
    note = "\nMean ± sample standard deviation over seeds (a single seed shows the value alone).\n"
    return "\n".join([header, rule, *body]) + "\n" + note


def _latex(table: pd.DataFrame) -> str:
    """A booktabs table, written by hand so no LaTeX package beyond booktabs is needed."""

    def escape(value) -> str:
        return str(value).replace("\\", r"\textbackslash{}").replace("_", r"\_").replace("%", r"\%").replace("±", r"$\pm$")

    columns = "l" * 3 + "r" * (len(table.columns) - 3)
    lines = [rf"\begin{{tabular}}{{{columns}}}", r"\toprule", " & ".join(escape(c) for c in table.columns) + r" \\", r"\midrule"]
    lines += [" & ".join(escape(v) for v in row) + r" \\" for row in table.itertuples(index=False)]
    lines += [r"\bottomrule", r"\end{tabular}", ""]
    return "\n".join(lines)
