"""The report's tables: numbers per (data set, model, method) over seeds, and their renderings.

Every table exists twice: a numeric frame (CSV, for further analysis) and a
formatted one ("mean ± std", for Markdown, LaTeX and the HTML report). A
metric column appears only when some run has it, so the tables grow as the
evaluation sections of other issues land.
"""

from __future__ import annotations

import html
import math

import numpy as np
import pandas as pd

from advaug.report.stats import format_mean_std, summarise
from advaug.report.style import ordered_methods

ID_COLUMNS = ["dataset", "model", "method", "seed"]
GROUP_COLUMNS = ["dataset", "model", "method"]
BASELINE = "baseline"

# metric column of runs.csv -> table heading, in the order the summary shows them
METRIC_LABELS = {
    "clean_top1": "clean top-1 (%)",
    "clean_top5": "clean top-5 (%)",
    "clean_ece": "ECE (%)",
    "knn_top1": "k-NN top-1 (%)",
    "perturbed_top1": "perturbed top-1 (%)",
    "perturbed_knn_top1": "perturbed k-NN top-1 (%)",
    "perturbed_transfer_top1": "perturbed top-1, transferred FGSM (%)",
    "perturbed_transfer_knn_top1": "perturbed k-NN top-1, transferred FGSM (%)",
    "robust_fgsm_top1": "FGSM top-1 (%)",
    "robust_pgd_top1": "PGD top-1 (%)",
    "corruption_mean_error": "corruption error (%)",
    "corruption_mce": "mCE (%)",
    "gan_generated_top1": "GAN samples top-1 (%)",
    "gan_unrestricted_top1": "unrestricted top-1, own (%)",
    "gan_unrestricted_success_rate": "unrestricted success, own (%)",
    "gan_unrestricted_transfer_top1": "unrestricted top-1, transferred (%)",
}

# The robustness study compares these methods; angular is scored by its k-NN head.
ROBUSTNESS_METHODS = ["baseline", "fgsm_at", "pgd_at", "perturb_at", "angular"]
ROBUSTNESS_COLUMNS = {
    "clean_top1": "clean top-1 (%)",
    "perturbed_top1": "perturbed top-1 (%)",
    "knn_top1": "clean k-NN top-1 (%)",
    "perturbed_knn_top1": "perturbed k-NN top-1 (%)",
    "perturbed_transfer_top1": "perturbed top-1, transferred FGSM (%)",
    "perturbed_transfer_knn_top1": "perturbed k-NN top-1, transferred FGSM (%)",
}


def sort_runs(runs: pd.DataFrame) -> pd.DataFrame:
    order = {m: i for i, m in enumerate(ordered_methods(runs["method"]))}
    return (
        runs.assign(_order=runs["method"].map(order))
        .sort_values(["dataset", "model", "_order", "seed"])
        .drop(columns="_order")
        .reset_index(drop=True)
    )


def present_metrics(runs: pd.DataFrame, labels: dict) -> list[str]:
    return [m for m in labels if m in runs and runs[m].notna().any()]


def summary_table(runs: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The numeric summary (for CSV) and its formatted "mean ± std" view (for Markdown/LaTeX)."""
    metrics = present_metrics(runs, METRIC_LABELS)
    summary = summarise(sort_runs(runs), metrics)
    table = summary[["dataset", "model", "method", "seeds"]].copy()
    for metric in metrics:
        table[METRIC_LABELS[metric]] = [
            format_mean_std(m, s) for m, s in zip(summary[f"{metric}_mean"], summary[f"{metric}_std"])
        ]
    return summary, table


def robustness_table(runs: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame] | None:
    """The robustness study's summary: clean and perturbed accuracy of baseline, adversarial
    training and angular loss, softmax head and k-NN head; None without perturbed accuracy
    or without a method to compare with the baseline."""
    columns = present_metrics(runs, ROBUSTNESS_COLUMNS)
    if not any(c.startswith("perturbed") for c in columns):
        return None
    chosen = runs[runs["method"].isin(ROBUSTNESS_METHODS)]
    if chosen["method"].nunique() < 2:
        return None
    summary = summarise(sort_runs(chosen), columns)
    table = summary[["dataset", "model", "method", "seeds"]].copy()
    for metric in columns:
        table[ROBUSTNESS_COLUMNS[metric]] = [
            format_mean_std(m, s) for m, s in zip(summary[f"{metric}_mean"], summary[f"{metric}_std"])
        ]
    return summary, table


# --- corruption robustness ---------------------------------------------------------------


def corruption_errors_per_run(corruption: pd.DataFrame) -> pd.DataFrame:
    """Error summed over severities, per run and corruption: the E_c of Hendrycks & Dietterich."""
    return (
        corruption.groupby([*ID_COLUMNS, "corruption"], sort=False)["error"]
        .sum()
        .rename("error_sum")
        .reset_index()
    )


def mce_per_run(corruption: pd.DataFrame, baseline: str = BASELINE) -> pd.DataFrame:
    """mCE of every run relative to the baseline method of its data set and model.

    Hendrycks & Dietterich (ICLR 2019): CE_c^f = sum_s E_{s,c}^f / sum_s E_{s,c}^base,
    mCE^f = mean over corruptions c of CE_c^f. Their baseline is one AlexNet; ours is
    the ``baseline`` method of the same data set and model, its summed error averaged
    over seeds so every seed of a method is divided by the same reference. Returns
    ID columns plus ``corruption_mce`` (a fraction, 1.0 = as robust as the baseline);
    settings without a baseline run get no rows.
    """
    sums = corruption_errors_per_run(corruption)
    reference = (
        sums[sums["method"] == baseline]
        .groupby(["dataset", "model", "corruption"])["error_sum"]
        .mean()
        .rename("baseline_sum")
        .reset_index()
    )
    merged = sums.merge(reference, on=["dataset", "model", "corruption"], how="inner")
    merged = merged[merged["baseline_sum"] > 0]
    merged["ce"] = merged["error_sum"] / merged["baseline_sum"]
    return merged.groupby(ID_COLUMNS, sort=False)["ce"].mean().rename("corruption_mce").reset_index()


def corruption_table(corruption: pd.DataFrame, runs: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Per (data set, model, method): error per corruption (mean over severities), then the
    mean error and mCE, each mean ± std over seeds."""
    per_run = (
        corruption.groupby([*ID_COLUMNS, "corruption"], sort=False)["error"].mean().unstack("corruption")
    )
    names = list(dict.fromkeys(corruption["corruption"]))
    per_run = per_run[names].reset_index()
    extra = [c for c in ("corruption_mean_error", "corruption_mce") if c in runs]
    if extra:
        per_run = per_run.merge(runs[ID_COLUMNS + extra], on=ID_COLUMNS, how="left")
    metrics = names + extra
    summary = summarise(sort_runs(per_run), metrics)
    table = summary[["dataset", "model", "method", "seeds"]].copy()
    for metric in metrics:
        heading = METRIC_LABELS.get(metric, metric.replace("_", " "))
        table[heading] = [
            format_mean_std(m, s, digits=1)
            for m, s in zip(summary[f"{metric}_mean"], summary[f"{metric}_std"])
        ]
    return summary, table


def severity_errors(corruption: pd.DataFrame) -> pd.DataFrame:
    """Error per run and severity, averaged over corruptions (for the severity curves)."""
    return corruption.groupby([*ID_COLUMNS, "severity"], sort=False)["error"].mean().reset_index()


# --- the claims table's presentation --------------------------------------------------


def claims_view(claims: pd.DataFrame) -> pd.DataFrame:
    """The columns a reader needs, numbers as text (points and percent)."""

    def number(value, signed=False):
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return ""
        return f"{value:+.2f}" if signed else f"{value:.2f}"

    ci = [
        f"[{number(low)}, {number(high)}]" if not (math.isnan(low) or math.isnan(high)) else ""
        for low, high in zip(claims["ci_low"], claims["ci_high"])
    ]
    view = pd.DataFrame(
        {
            "claim": claims["statement"],
            "setting": claims["setting"],
            "scale": claims["scale"],
            "published": claims["published"],
            "source": claims["source"],
            "ours": claims["ours"],
            "95% CI": ci,
            "ours - published": [number(v, signed=True) for v in claims["difference"]],
            "seeds": claims["seeds"].astype(int),
            "verdict": [f"{v} ({n})" if n else v for v, n in zip(claims["verdict"], claims["note"])],
            "seeds agreeing": claims["seeds_agreeing"],
            "published protocol": claims["protocol"],
            "our protocol": claims["our_protocol"],
        }
    )
    # the scale column labels reduced-scale checks (runs on a declared slice); none, no column
    return view if (claims["scale"] != "").any() else view.drop(columns=["scale"])


# --- renderings -------------------------------------------------------------------------


def to_markdown(table: pd.DataFrame, note: str = "") -> str:
    def cell(value) -> str:
        return str(value).replace("|", "\\|").replace("\n", " ")

    header = "| " + " | ".join(cell(c) for c in table.columns) + " |"
    rule = "| " + " | ".join("---" for _ in table.columns) + " |"
    body = ["| " + " | ".join(cell(v) for v in row) + " |" for row in table.itertuples(index=False)]
    text = "\n".join([header, rule, *body]) + "\n"
    return text + (f"\n{note}\n" if note else "")


def latex_escape(value) -> str:
    text = str(value)
    replacements = {
        "\\": r"\textbackslash{}",
        "&": r"\&",
        "%": r"\%",
        "$": r"\$",
        "#": r"\#",
        "_": r"\_",
        "{": r"\{",
        "}": r"\}",
        "~": r"\textasciitilde{}",
        "^": r"\textasciicircum{}",
    }
    text = "".join(replacements.get(char, char) for char in text)
    return text.replace("±", r"$\pm$").replace("–", "--").replace("→", r"$\rightarrow$")


LATEX_WRAP_AT = 40  # characters: longer text columns wrap in a paragraph column
LATEX_WRAP_WIDTH = "4.5cm"


def to_latex(table: pd.DataFrame, caption: str = "") -> str:
    """A booktabs tabular written by hand, so no LaTeX package beyond booktabs is needed."""
    numeric_like = [_looks_numeric(table[c]) for c in table.columns]
    long_text = [
        table[c].astype(str).str.len().max() > LATEX_WRAP_AT if len(table) else False for c in table.columns
    ]
    columns = "".join(
        "r" if is_number else (rf"p{{{LATEX_WRAP_WIDTH}}}" if wraps else "l")
        for is_number, wraps in zip(numeric_like, long_text)
    )
    lines = [rf"% {caption}" if caption else "%", rf"\begin{{tabular}}{{{columns}}}", r"\toprule"]
    lines.append(" & ".join(latex_escape(c) for c in table.columns) + r" \\")
    lines.append(r"\midrule")
    lines += [" & ".join(latex_escape(v) for v in row) + r" \\" for row in table.itertuples(index=False)]
    lines += [r"\bottomrule", r"\end{tabular}", ""]
    return "\n".join(lines)


HTML_STYLE = """
body { font-family: system-ui, sans-serif; font-size: 13px; margin: 1em; color: #222; }
table { border-collapse: collapse; }
caption { caption-side: top; text-align: left; font-weight: 600; padding-bottom: .5em; }
th, td { padding: .25em .6em; border-bottom: 1px solid #ddd; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid #444; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
p.note { color: #555; max-width: 60em; }
"""


def to_html(table: pd.DataFrame, title: str, note: str = "") -> str:
    """A standalone page (the Snakemake report shows it in a frame)."""
    numeric_like = [_looks_numeric(table[c]) for c in table.columns]
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in table.columns)
    rows = []
    for row in table.itertuples(index=False):
        cells = "".join(
            f'<td class="num">{html.escape(str(v))}</td>' if is_number else f"<td>{html.escape(str(v))}</td>"
            for v, is_number in zip(row, numeric_like)
        )
        rows.append(f"<tr>{cells}</tr>")
    note_html = f'<p class="note">{html.escape(note)}</p>' if note else ""
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title><style>{HTML_STYLE}</style></head><body>"
        f"<table><caption>{html.escape(title)}</caption><thead><tr>{head}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>{note_html}</body></html>\n"
    )


def _looks_numeric(column: pd.Series) -> bool:
    """Numbers or "mean ± std" strings: right-aligned."""
    if pd.api.types.is_numeric_dtype(column):
        return True
    text = column.astype(str).str.replace("±", "", regex=False).str.replace(r"[\s%\[\],+–-]", "", regex=True)
    non_empty = text[text != ""]
    return bool(len(non_empty)) and bool(non_empty.str.fullmatch(r"[0-9.]+").all())


def numeric_rounded(frame: pd.DataFrame, digits: int = 6) -> pd.DataFrame:
    """CSV output without float noise in the last digits."""
    return frame.apply(lambda c: c.round(digits) if c.dtype.kind == "f" else c).replace({np.inf: math.nan})
