"""The studies' published claims beside our measurements.

Each claim in ``published.yaml`` names its published setting (data set, model),
the methods and metric it compares, and the published figure with its source.
A *difference* claim is checked by pairing runs by seed and asking whether the
95% t interval of the mean paired difference excludes zero on the claimed
side; a *value* claim reports our level beside the published one. A claim whose
data set or model was not run says "not run at this scale" (the embedded
default trains on digits, not CIFAR); one whose setting ran but whose methods or
metric are missing says "not run".

A data set declared a *slice* of a published one (config ``slice_of``, e.g. an
``npz:`` file holding 5,085 CIFAR-10 training images) is compared with that
data set's claims as a *reduced-scale check*, whatever model the claim names:
each such row says so, with the number of train and test images and the epochs
beside it. A difference claim gets our paired difference, its interval and
whether the claimed direction holds; a value claim gets our level, marked as not
comparable with the published level (a smaller model on fewer images for fewer
epochs cannot be held to a full-scale figure). Rows of runs on the published
data set itself (full scale) are unchanged.

The same comparisons are also made on every other (data set, model) that ran,
in a separate table: that shows whether a direction holds at this scale, and is
labelled as not the published setting.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pandas as pd
import yaml

from advaug.errors import UserError
from advaug.report.stats import (
    CONFIDENCE,
    MIN_PAIRED_SEEDS,
    Interval,
    direction_verdict,
    paired_interval,
    t_interval,
)

PUBLISHED_FILE = "published.yaml"
NOT_AT_THIS_SCALE = "not run at this scale"
NOT_RUN = "not run"
NOT_COMPARABLE = "reduced scale: not comparable with the published level"
#: the published data sets a data set may be declared a slice of (config/schema.yaml `slice_of`)
SLICE_TARGETS = ("cifar10", "cifar100", "svhn")
# metrics a claim may name that runs.csv does not hold directly
DERIVED_METRICS = {"clean_error": ("clean_top1", lambda top1: 1.0 - top1)}


@dataclass(frozen=True)
class Side:
    method: str
    metric: str


@dataclass(frozen=True)
class Claim:
    id: str
    study: str
    text: str
    datasets: tuple[str, ...]
    model: str
    metric: str
    kind: str  # "difference" | "value"
    a: Side
    b: Side | None
    expect: str | None
    published: float | None
    protocol: str
    source: dict

    @property
    def comparison(self) -> tuple:
        """What is compared, whatever the setting: claims equal here make the same local check."""
        return (self.kind, self.a, self.b, self.expect)


def load_claims(path: str | Path | None = None) -> list[Claim]:
    """The claims of ``published.yaml`` (the packaged one unless ``path`` is given)."""
    if path is None:
        text = resources.files("advaug.report").joinpath(PUBLISHED_FILE).read_text()
        origin = PUBLISHED_FILE
    else:
        text, origin = Path(path).read_text(), str(path)
    entries = (yaml.safe_load(text) or {}).get("claims") or []
    claims = [_parse_claim(entry, origin) for entry in entries]
    ids = [claim.id for claim in claims]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise UserError(f"{origin}: claim ids must be unique; repeated: {', '.join(duplicates)}")
    return claims


def _parse_claim(entry: dict, origin: str) -> Claim:
    missing = [key for key in ("id", "text", "dataset", "metric", "kind", "a", "source") if key not in entry]
    if missing:
        raise UserError(f"{origin}: claim {entry.get('id', '?')} lacks {', '.join(missing)}")
    kind = entry["kind"]
    if kind not in ("difference", "value"):
        raise UserError(f"{origin}: claim {entry['id']}: kind must be difference or value, not {kind!r}")
    if kind == "difference" and ("b" not in entry or entry.get("expect") not in ("higher", "lower")):
        raise UserError(f"{origin}: difference claim {entry['id']} needs b and expect: higher|lower")
    datasets = entry["dataset"] if isinstance(entry["dataset"], list) else [entry["dataset"]]

    def side(spec):
        return Side(spec["method"], spec.get("metric", entry["metric"])) if spec else None

    published = entry.get("published")
    return Claim(
        id=entry["id"],
        study=entry.get("study", ""),
        text=entry["text"],
        datasets=tuple(datasets),
        model=entry.get("model", "any"),
        metric=entry["metric"],
        kind=kind,
        a=side(entry["a"]),
        b=side(entry.get("b")),
        expect=entry.get("expect"),
        published=None if published is None else float(published),
        protocol=entry.get("protocol", ""),
        source=entry["source"],
    )


def source_text(source: dict) -> str:
    """'Authors, Title, Venue Year, where' from the parts a source has."""
    authors = source.get("authors")
    if authors and authors.count(",") >= 2:
        authors = authors.split(",")[0].split()[-1] + " et al."
    venue = " ".join(str(part) for part in (source.get("venue"), source.get("year")) if part)
    parts = [authors, source.get("title"), venue, source.get("where")]
    return ", ".join(str(part) for part in parts if part)


def side_values(runs: pd.DataFrame, dataset: str, model: str, side: Side) -> pd.Series | None:
    """The side's metric per seed (a fraction), or None when the method or metric did not run."""
    column, transform = DERIVED_METRICS.get(side.metric, (side.metric, None))
    if column not in runs:
        return None
    chosen = runs[(runs["dataset"] == dataset) & (runs["model"] == model) & (runs["method"] == side.method)]
    values = chosen.groupby("seed")[column].mean().dropna()
    if values.empty:
        return None
    return transform(values) if transform else values


def evaluate_claim(
    runs: pd.DataFrame,
    claim: Claim,
    dataset: str,
    model: str,
    min_seeds: int = MIN_PAIRED_SEEDS,
    compare_published: bool = True,
) -> dict:
    """One claims-table row for one setting; numbers in percent (points for differences).

    ``compare_published=False`` (a reduced-scale check) reports our level or paired
    difference and the direction, but holds nothing against the published figure.
    """
    row = {**_row_head(claim, dataset, model), "our_protocol": _protocol_text(runs, claim, dataset, model)}
    a = side_values(runs, dataset, model, claim.a)
    b = side_values(runs, dataset, model, claim.b) if claim.b else None
    if a is None or (claim.kind == "difference" and b is None):
        missing = [f"{s.metric} of {s.method}" for s, v in ((claim.a, a), (claim.b, b)) if s and v is None]
        return {**row, "verdict": NOT_RUN, "note": "no " + ", ".join(dict.fromkeys(missing))}
    if claim.kind == "value":
        interval = t_interval(a * 100)
        if not compare_published:
            return {**row, **_interval_columns(interval), "verdict": NOT_COMPARABLE}
        return {**row, **_interval_columns(interval), **_value_verdict(interval, claim.published, min_seeds)}
    interval = paired_interval(a * 100, b * 100)
    if interval.n == 0:
        return {**row, "verdict": NOT_RUN, "note": "no seed ran both methods"}
    verdict = direction_verdict(interval, claim.expect, min_seeds)
    agree = _seeds_agreeing(a, b, claim.expect)
    compared = compare_published and claim.published is not None
    published_inside = (
        "" if not compared or math.isnan(interval.low) else ("yes" if interval.contains(claim.published) else "no")
    )
    return {
        **row,
        **_interval_columns(interval, signed=True),
        "difference": interval.mean - claim.published if compared else math.nan,
        "verdict": f"direction {verdict}" if not verdict.startswith("not enough") else verdict,
        "seeds_agreeing": agree,
        "published_in_ci": published_inside,
    }


def claims_table(
    runs: pd.DataFrame,
    claims: list[Claim],
    min_seeds: int = MIN_PAIRED_SEEDS,
    slices: dict[str, str] | None = None,
) -> pd.DataFrame:
    """Every claim in its published setting: one row per claimed data set and model that ran.

    A claim with ``model: any`` gets a row per model run on its data set. ``slices``
    maps a run's data set to the published data set it is a reduced-scale slice of:
    each model run on such a slice adds a reduced-scale row to that data set's claims,
    whatever model the claim names. A setting with neither gets a single "not run at
    this scale" row.
    """
    slices = check_slices(slices)
    rows = []
    for claim in claims:
        for dataset in claim.datasets:
            models = [] if dataset in slices else _models_for(runs, claim, dataset)
            reduced = [
                _reduced_scale_row(runs, claim, piece, model, target, min_seeds)
                for piece, target in slices.items()
                if target == dataset
                for model in _models_run(runs, piece)
            ]
            if not models and not reduced:
                rows.append({**_row_head(claim, dataset, claim.model), "verdict": NOT_AT_THIS_SCALE})
            rows.extend(evaluate_claim(runs, claim, dataset, model, min_seeds) for model in models)
            rows.extend(reduced)
    return _finish(pd.DataFrame(rows))


def check_slices(slices: dict[str, str] | None, origin: str = "slice_of") -> dict[str, str]:
    """The data set -> published data set map, with every target one whose claims exist."""
    if slices is not None and not isinstance(slices, dict):
        raise UserError(f"{origin} must map data sets to published ones, e.g. {{\"npz-mini\": \"cifar10\"}}")
    slices = dict(slices or {})
    for dataset, target in slices.items():
        if target not in SLICE_TARGETS:
            raise UserError(
                f"{origin}: {dataset!r} is declared a slice of {target!r}, which is not a published data set "
                f"the claims know; use one of {', '.join(SLICE_TARGETS)}"
            )
    return slices


def _reduced_scale_row(
    runs: pd.DataFrame, claim: Claim, dataset: str, model: str, target: str, min_seeds: int
) -> dict:
    """A claim of ``target`` checked on a slice of it: labelled with its scale, no published comparison."""
    row = evaluate_claim(runs, claim, dataset, model, min_seeds, compare_published=False)
    published = f"{target}" + (f" with {claim.model}" if claim.model != "any" else "")
    return {**row, **_scale_columns(runs, claim, dataset, model, f"reduced-scale check of {published}")}


def _scale_columns(runs: pd.DataFrame, claim: Claim, dataset: str, model: str, label: str) -> dict:
    """Train and test images and epochs of the claim's runs on a setting, as numbers and in the label.

    Train images are those the runs trained on (``knn_train_images``: the stratified
    ``train_fraction`` subset the k-NN head is fitted on); test images, those scored (``clean_n``).
    """
    methods = {side.method for side in (claim.a, claim.b) if side is not None}
    chosen = runs[(runs["dataset"] == dataset) & (runs["model"] == model) & runs["method"].isin(methods)]
    if chosen.empty:
        chosen = runs[(runs["dataset"] == dataset) & (runs["model"] == model)]
    counts = {name: _span(chosen, column) for name, column in SCALE_COLUMNS.items()}
    text = (
        f"{counts['train_images'][1]} train / {counts['test_images'][1]} test images, "
        f"{counts['epochs'][1]} epochs"
    )
    return {"scale": f"{label}: {text}", **{name: number for name, (number, _) in counts.items()}}


# runs.csv columns behind the scale of a reduced-scale row
SCALE_COLUMNS = {"train_images": "knn_train_images", "test_images": "clean_n", "epochs": "epochs"}


def _span(frame: pd.DataFrame, column: str) -> tuple[float, str]:
    """The one value of a column (NaN and a range in words when runs differ; "?" when absent)."""
    values = sorted({int(v) for v in frame[column].dropna()}) if column in frame else []
    if not values:
        return math.nan, "?"
    if len(values) == 1:
        return float(values[0]), f"{values[0]:,}"
    return math.nan, f"{values[0]:,}–{values[-1]:,}"


def local_claims_table(
    runs: pd.DataFrame,
    claims: list[Claim],
    min_seeds: int = MIN_PAIRED_SEEDS,
    slices: dict[str, str] | None = None,
) -> pd.DataFrame:
    """The difference claims' directions on every (data set, model) that is not a claim's setting.

    Claims that compare the same thing (e.g. dr vs rr claimed on CIFAR-10 and
    on CIFAR-100) are checked once per setting, and not in any of their
    published settings, nor on a slice of one (the main table has those as
    reduced-scale checks). Settings where the methods did not run are left
    out: this table shows only checks that could be made.
    Published magnitudes are not compared here: they belong to another setting.
    """
    slices = check_slices(slices)
    rows = []
    settings = list(runs[["dataset", "model"]].drop_duplicates().itertuples(index=False))
    comparisons = list(dict.fromkeys(c.comparison for c in claims if c.kind == "difference"))
    for comparison in comparisons:
        group = [c for c in claims if c.comparison == comparison]
        for dataset, model in settings:
            if any(slices.get(dataset) in c.datasets for c in group):
                continue  # a slice of a published data set: a reduced-scale row of the main table
            if dataset not in slices and any(dataset in c.datasets and c.model in ("any", model) for c in group):
                continue  # a published setting: the main claims table has it
            row = evaluate_claim(runs, group[0], dataset, model, min_seeds, compare_published=False)
            if row["verdict"] == NOT_RUN:
                continue
            row.update(claim=", ".join(c.id for c in group), published="")
            row["setting"] = f"{dataset} / {model} (not the published setting)"
            if dataset in slices:
                row.update(_scale_columns(runs, group[0], dataset, model, f"reduced-scale slice of {slices[dataset]}"))
            rows.append(row)
    return _finish(pd.DataFrame(rows))


CLAIM_COLUMNS = [
    "claim",
    "study",
    "statement",
    "setting",
    "published",
    "source",
    "ours",
    "ci_low",
    "ci_high",
    "difference",
    "seeds",
    "verdict",
    "seeds_agreeing",
    "published_in_ci",
    "protocol",
    "our_protocol",
    "note",
    "dataset",
    "model",
    "ours_mean",
    "ours_std",
    "published_value",
    "scale",
    "train_images",
    "test_images",
    "epochs",
]
NUMERIC_CLAIM_COLUMNS = ("ci_low", "ci_high", "difference", "ours_mean", "ours_std", "train_images", "test_images",
                         "epochs")


def _finish(frame: pd.DataFrame) -> pd.DataFrame:
    for column in CLAIM_COLUMNS:
        if column not in frame:
            frame[column] = math.nan if column in NUMERIC_CLAIM_COLUMNS else ""
    return frame[CLAIM_COLUMNS].fillna(
        {"ours": "–", "seeds_agreeing": "", "published_in_ci": "", "note": "", "our_protocol": "", "scale": ""}
    )


def _protocol_text(runs: pd.DataFrame, claim: Claim, dataset: str, model: str) -> str:
    """How our runs of the claim's methods trained, to read beside the published protocol."""
    methods = {side.method for side in (claim.a, claim.b) if side is not None}
    chosen = runs[(runs["dataset"] == dataset) & (runs["model"] == model) & runs["method"].isin(methods)]
    parts = []
    if "epochs" in chosen and chosen["epochs"].notna().any():
        epochs = sorted({int(e) for e in chosen["epochs"].dropna()})
        parts.append(f"{epochs[0]}" + (f"–{epochs[-1]}" if len(epochs) > 1 else "") + " epochs")
    if "train_fraction" in chosen and chosen["train_fraction"].notna().any():
        fractions = sorted(set(chosen["train_fraction"].dropna()))
        if fractions != [1.0]:
            parts.append(", ".join(f"{f:.0%}" for f in fractions) + " of the training set")
    return ", ".join(parts)


def _models_run(runs: pd.DataFrame, dataset: str) -> list[str]:
    return runs.loc[runs["dataset"] == dataset, "model"].drop_duplicates().tolist()


def _models_for(runs: pd.DataFrame, claim: Claim, dataset: str) -> list[str]:
    ran = _models_run(runs, dataset)
    return ran if claim.model == "any" else [m for m in ran if m == claim.model]


def _row_head(claim: Claim, dataset: str, model: str) -> dict:
    return {
        "claim": claim.id,
        "study": claim.study,
        "statement": claim.text,
        "setting": f"{dataset} / {model}",
        "dataset": dataset,
        "model": model,
        "published": _published_text(claim),
        "published_value": claim.published if claim.published is not None else math.nan,
        "source": source_text(claim.source),
        "protocol": claim.protocol,
        "seeds": 0,
    }


def _published_text(claim: Claim) -> str:
    if claim.published is None:
        return (
            f"{claim.a.method} {'>' if claim.expect == 'higher' else '<'} {claim.b.method} (direction only)"
        )
    if claim.kind == "value":
        return f"{claim.published:.2f}"
    return f"{claim.published:+.2f} points"


def _interval_columns(interval: Interval, signed: bool = False) -> dict:
    std = "" if math.isnan(interval.std) else f" ± {interval.std:.2f}"
    return {
        "ours": f"{interval.mean:{'+' if signed else ''}.2f}{std}",
        "ours_mean": interval.mean,
        "ours_std": interval.std,
        "ci_low": interval.low,
        "ci_high": interval.high,
        "seeds": interval.n,
    }


def _value_verdict(interval: Interval, published: float, min_seeds: int) -> dict:
    columns = {"difference": interval.mean - published}
    if interval.n < min_seeds:
        return {**columns, "verdict": f"not enough seeds ({interval.n} < {min_seeds})", "published_in_ci": ""}
    if interval.contains(published):
        verdict = "published value inside our interval"
    else:
        verdict = "ours higher than published" if interval.low > published else "ours lower than published"
    return {**columns, "verdict": verdict, "published_in_ci": "yes" if interval.contains(published) else "no"}


def _seeds_agreeing(a: pd.Series, b: pd.Series, expect: str) -> str:
    joined = pd.concat({"a": a, "b": b}, axis=1, join="inner").dropna()
    differences = joined["a"] - joined["b"]
    agreeing = int((differences > 0).sum() if expect == "higher" else (differences < 0).sum())
    return f"{agreeing}/{len(differences)}"
