"""``advaug report``: tables (CSV, Markdown, LaTeX, HTML), figures (PNG, PDF) and manifest.json.

Inputs are the per-run metrics.json files; ``history.csv`` and
``corruption.csv`` are picked up beside each of them. Every section of the
metrics is optional: a table column, figure or claim appears when its data
exists, so one report serves the digits default and the GPU-scale study.

Layout under ``out_dir``: ``tables/`` (runs, summary, robustness, corruption,
claims, claims_local), ``figures/``, ``manifest.json``.
"""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path
from typing import Callable, NamedTuple, Sequence

import pandas as pd

from advaug.errors import UserError
from advaug.io import read_json, write_text
from advaug.report import tables as tab
from advaug.report.claims import check_slices, claims_table, load_claims, local_claims_table
from advaug.report.manifest import Manifest
from advaug.report.stats import CONFIDENCE, MIN_PAIRED_SEEDS
from advaug.report.timing import timing_view

ID_COLUMNS = tab.ID_COLUMNS
MEAN_STD_NOTE = "Mean ± sample standard deviation over seeds (a single seed shows the value alone)."


def find_metric_files(paths: Sequence[Path]) -> list[Path]:
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(sorted(path.rglob("metrics.json")))
        elif path.exists():
            files.append(path)
        else:
            raise UserError(f"metrics file {path} does not exist; run `advaug evaluate` first")
    if not files:
        raise UserError(f"no metrics.json found under {', '.join(map(str, paths))}")
    unique = list(dict.fromkeys(f.resolve() for f in files))
    return [Path(f) for f in unique]


def flatten(metrics: dict) -> dict:
    """{'clean': {'top1': x}} -> {'clean_top1': x}; identifiers stay as they are."""
    row = {}
    for key, value in metrics.items():
        if isinstance(value, dict):
            for inner_key, inner in flatten(value).items():
                row[f"{key}_{inner_key}"] = inner
        elif not isinstance(value, list):
            row[key] = value
    return row


def collect_metrics(paths: Sequence[Path]) -> pd.DataFrame:
    """One row per run: the flattened metrics, plus epochs and train fraction (from train_meta.json)."""
    rows = []
    for file in find_metric_files(paths):
        row = flatten(read_json(file))
        missing = [c for c in ID_COLUMNS if c not in row]
        if missing:
            raise UserError(f"{file} lacks {', '.join(missing)}; re-run `advaug evaluate` for that run")
        row.update(_training_protocol(file.parent / "train_meta.json"))
        rows.append(row)
    runs = pd.DataFrame(rows)
    repeated = runs[runs.duplicated(ID_COLUMNS, keep=False)]
    if not repeated.empty:
        first = repeated.iloc[0]
        raise UserError(
            f"two metrics files for {first['dataset']}/{first['model']}/{first['method']}/seed{first['seed']}; "
            "pass each run once"
        )
    return runs


def _training_protocol(meta_path: Path) -> dict:
    """Epochs and training-set fraction of a run: what a published protocol is compared on."""
    if not meta_path.exists():
        return {}
    training = read_json(meta_path).get("settings", {}).get("training", {})
    return {key: training[key] for key in ("epochs", "train_fraction") if training.get(key) is not None}


def collect_beside(paths: Sequence[Path], name: str) -> pd.DataFrame | None:
    """``name`` (history.csv, corruption.csv) of every run that has one, with the run's IDs."""
    frames = []
    for file in find_metric_files(paths):
        beside = file.parent / name
        if not beside.exists():
            continue
        ids = {k: v for k, v in read_json(file).items() if k in ID_COLUMNS}
        frame = pd.read_csv(beside)
        if frame.empty:
            continue
        frames.append(frame.assign(**ids))
    if not frames:
        return None
    frame = pd.concat(frames, ignore_index=True)
    return frame[ID_COLUMNS + [c for c in frame.columns if c not in ID_COLUMNS]]


def build_report(
    metric_paths: Sequence[Path],
    out_dir: Path,
    *,
    gallery: Sequence[Path] = (),
    gan_grids: Sequence[Path] = (),
    umap_figures: Sequence[Path] = (),
    claims_file: Path | None = None,
    benchmarks: Sequence[Path] = (),
    slices: dict[str, str] | None = None,
    workers: int = 1,
) -> list[Path]:
    """Write every table and figure the data allows; return the paths written (manifest.json last).

    ``gallery``, ``gan_grids`` and ``umap_figures`` are PNGs drawn by other
    commands (a PDF beside each is copied too); ``claims_file`` replaces the
    packaged published.yaml; ``benchmarks`` are Snakemake's benchmark files (none under DVC:
    the time-per-rule table and figure are then skipped, with a note); ``slices`` maps a data
    set (as runs name it) to the published data set it is a reduced-scale slice of (config
    ``slice_of``): its runs are checked against that data set's claims as reduced-scale rows.
    ``workers`` > 1 draws the figures in that many forked processes (:func:`draw_in_parallel`).
    """
    out_dir = Path(out_dir)
    runs = collect_metrics(metric_paths)
    history = collect_beside(metric_paths, "history.csv")
    corruption = collect_beside(metric_paths, "corruption.csv")
    if corruption is not None:
        corruption = _check_corruption(corruption)
        mce = tab.mce_per_run(corruption)
        if not mce.empty:
            runs = runs.merge(mce, on=ID_COLUMNS, how="left")
    runs = tab.sort_runs(runs)
    claims = load_claims(claims_file)
    slices = check_slices(slices)

    manifest = Manifest(out_dir)
    timing = _time_per_rule(benchmarks)
    timing_caption = _timing_caption(timing) if timing is not None else ""
    specs = {
        "study": _study_figures(runs, history, corruption),
        "gan": _gan_training_figures(gan_grids),
        "timing": _timing_figures(timing, timing_caption),
    }
    figures_dir = manifest.out_dir / "figures"
    flat = [spec for group in specs.values() for spec in group]
    drawn = draw_in_parallel([partial(spec.draw, figures_dir / spec.name) for spec in flat], workers)
    paths = {spec.name: spec_paths for spec, spec_paths in zip(flat, drawn)}

    write_tables(manifest, runs, corruption, claims, slices)
    _add_figures(manifest, specs["study"], paths)
    for category, images, caption in (
        (
            "Augmentations",
            gallery,
            "The same test images under every augmentation method (first row: unaugmented): {name}.",
        ),
        (
            "GAN",
            gan_grids,
            "AC-GAN samples (a row per class) or clean vs unrestricted adversarial examples: {name}.",
        ),
        (
            "Embeddings",
            umap_figures,
            "UMAP of test embeddings, clean beside perturbed, coloured by class: {name}.",
        ),
    ):
        _copy_images(manifest, category, images, caption)
    _add_figures(manifest, specs["gan"], paths)
    if timing is not None:
        _write_table(manifest, "time_per_rule", "Timing", "Time per rule", timing, timing_view(timing),
                     timing_caption)
    _add_figures(manifest, specs["timing"], paths)
    return manifest.write()


class FigureSpec(NamedTuple):
    """A figure of the report: ``draw(stem)`` writes stem.png and stem.pdf and returns their paths."""

    name: str
    category: str
    title: str
    draw: Callable[[Path], list[Path]]
    caption: str


def _add_figures(manifest: Manifest, specs: Sequence[FigureSpec], paths: dict[str, list[Path]]) -> None:
    for spec in specs:
        manifest.add(spec.name, "figure", spec.category, spec.caption, paths[spec.name], title=spec.title)


_PENDING_DRAWS: list = []


def _run_pending_draw(index: int) -> list[Path]:
    return _PENDING_DRAWS[index]()


def draw_in_parallel(draws: Sequence[Callable[[], list[Path]]], workers: int) -> list[list[Path]]:
    """Each draw's result, in order; with ``workers`` > 1 in that many forked processes.

    Matplotlib spends a figure's time laying out text, in Python, on one core; the report runs
    last and alone, so a second core would otherwise idle (the embedded default's report on the
    2-core AMD VM: 9.2-9.9 -> 6.4-7.7 s). Fork, not spawn: the draws are closures over data frames
    already in memory, which a fork hands over as they are. Where fork does not exist
    (Windows) the draws run here, one after the other.
    """
    import multiprocessing

    if workers <= 1 or len(draws) <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        return [draw() for draw in draws]
    _PENDING_DRAWS[:] = draws
    try:
        with multiprocessing.get_context("fork").Pool(min(workers, len(draws))) as pool:
            return pool.map(_run_pending_draw, range(len(draws)), chunksize=1)
    finally:
        _PENDING_DRAWS.clear()


def _time_per_rule(benchmarks: Sequence[Path]) -> pd.DataFrame | None:
    """Time per Snakemake rule from its benchmark files; None without them (DVC writes none)."""
    import sys

    from advaug.report.timing import read_benchmarks, time_per_rule

    if not benchmarks:
        print("advaug report: no benchmark files (DVC writes none); time per rule skipped", file=sys.stderr)
        return None
    return time_per_rule(read_benchmarks(benchmarks))


def _timing_caption(table: pd.DataFrame) -> str:
    return (
        f"Where the study spent its time: wall seconds of every job ({int(table['jobs'].sum())} jobs), summed "
        "per Snakemake rule, from the rules' benchmark files (results/benchmarks/). Jobs run side by side, "
        "so the sum exceeds the study's wall time. CPU time (user + system) and peak memory (max RSS) are each "
        "job's own, from getrusage when its `advaug` command finished (the .usage.json beside its benchmark "
        "file), including the child processes it waited for."
    )


def _timing_figures(table: pd.DataFrame | None, caption: str) -> list[FigureSpec]:
    """The time-per-rule bar figure (its table is written beside it, see build_report)."""
    from advaug.report import figures as fig

    if table is None:
        return []
    return [FigureSpec("time_per_rule_bars", "Timing", "Time per rule (figure)",
                       partial(fig.time_per_rule_bars, table), caption)]


def _gan_training_figures(gan_grids: Sequence[Path]) -> list[FigureSpec]:
    """The AC-GAN's auxiliary-classifier accuracy on its samples (and on real images) per epoch,
    read from the gan_history.csv beside each data set's sample grid."""
    from advaug.report import figures as fig

    frames = []
    for grid in gan_grids:
        history = Path(grid).parent / "gan_history.csv"
        if Path(grid).name == "samples_grid.png" and history.exists():
            frames.append(pd.read_csv(history).assign(dataset=Path(grid).parent.name))
    if not frames:
        return []
    caption = (
        "AC-GAN training: accuracy of its auxiliary classifier on generated and on real images per epoch "
        "(a class-conditional generator whose samples it recognises draws the intended class)."
    )
    return [FigureSpec("gan_training", "GAN", "Accuracy on generated samples over GAN training",
                       partial(fig.gan_training, pd.concat(frames)), caption)]


# --- tables -------------------------------------------------------------------------------


def write_tables(
    manifest: Manifest, runs: pd.DataFrame, corruption: pd.DataFrame | None, claims, slices: dict[str, str]
) -> None:
    tables_dir = manifest.out_dir / "tables"
    runs_caption = (
        "Every evaluated run: one row per data set, model, method and seed; metrics as fractions in [0, 1]."
    )
    outputs = {
        tables_dir / "runs.csv": tab.numeric_rounded(runs).to_csv(index=False),
        tables_dir / "runs.html": tab.to_html(runs, "Every run", runs_caption),
    }
    for path, text in outputs.items():
        write_text(path, text)
    manifest.add("runs", "table", "Tables", runs_caption, list(outputs), title="Every run")

    summary, view = tab.summary_table(runs)
    _write_table(manifest, "summary", "Tables", "Summary over seeds", summary, view, _summary_caption(runs))

    robustness = tab.robustness_table(runs)
    if robustness is not None:
        _write_table(
            manifest,
            "robustness",
            "Tables",
            "Robustness study",
            *robustness,
            "The robustness study's summary: clean and perturbed test accuracy (colour jitter, Gaussian "
            "noise and FGSM, each with p = 0.3; jitter, noise and their assignment fixed for every run, FGSM "
            "against each model itself) of the baseline, adversarial training (fgsm_at, pgd_at, perturb_at) "
            "and angular loss, by softmax head and by k-NN head (k = 3, fitted on the images each model "
            "trained on); 'transferred FGSM' attacks the reference baseline run instead. "
            + MEAN_STD_NOTE,
        )

    if corruption is not None:
        _write_table(
            manifest,
            "corruption",
            "Tables",
            "Corruption robustness",
            *tab.corruption_table(corruption, runs),
            "Corruption error (%) per corruption, averaged over severities; mean corruption error; mCE "
            "(Hendrycks & Dietterich 2019) relative to the baseline method of the same data set and model "
            "(100% = as robust as the baseline). " + MEAN_STD_NOTE,
        )

    published = claims_table(runs, claims, slices=slices)
    _write_table(
        manifest,
        "claims",
        "Claims",
        "Claims in their published setting",
        published,
        tab.claims_view(published),
        "The studies' claims in their published setting beside our runs. Differences are paired by seed; "
        f"the {CONFIDENCE:.0%} t interval of the mean paired difference decides whether the claimed direction "
        f"holds (fewer than {MIN_PAIRED_SEEDS} paired seeds: not enough seeds). Value claims show our mean "
        'with its interval. Settings not trained here say "not run at this scale"; settings trained '
        'without the claim\'s methods or metric say "not run". Numbers in percent or percentage points.'
        + (_REDUCED_NOTE.format(slices=_slices_text(slices)) if slices else ""),
    )
    local = local_claims_table(runs, claims, slices=slices)
    if not local.empty:
        view = tab.claims_view(local).drop(columns=["published", "ours - published", "published protocol"])
        _write_table(
            manifest,
            "claims_local",
            "Claims",
            "Direction on this run's data sets",
            local,
            view,
            "Direction on this run's data sets: the claimed comparisons checked on the data sets and models "
            "trained here, which are NOT the published setting (e.g. digits with a small CNN). Paired by seed, "
            f"{CONFIDENCE:.0%} t interval of the mean difference in percentage points.",
        )


_REDUCED_NOTE = (
    " Rows labelled \"reduced-scale check\" come from runs on {slices}: the claims of that data set "
    "checked, whatever model a claim names, on the images and epochs the scale column states. Differences "
    "there show our paired difference and whether the claimed direction holds, never our distance from the "
    "published figure; a published level is not comparable with ours at that scale, so no verdict is drawn."
)


def _slices_text(slices: dict[str, str]) -> str:
    return ", ".join(f"{dataset} (a slice of {target})" for dataset, target in slices.items())


def _write_table(
    manifest: Manifest,
    name: str,
    category: str,
    title: str,
    numeric: pd.DataFrame,
    view: pd.DataFrame,
    caption: str,
) -> None:
    tables_dir = manifest.out_dir / "tables"
    outputs = {
        tables_dir / f"{name}.csv": tab.numeric_rounded(numeric).to_csv(index=False),
        tables_dir / f"{name}.md": tab.to_markdown(view, caption),
        tables_dir / f"{name}.tex": tab.to_latex(view, caption),
        tables_dir / f"{name}.html": tab.to_html(view, title, caption),
    }
    for path, text in outputs.items():
        write_text(path, text)
    manifest.add(name, "table", category, caption, list(outputs), title=title)


def _summary_caption(runs: pd.DataFrame) -> str:
    """Names the columns this summary has, with the conventions behind them."""
    metrics = tab.present_metrics(runs, tab.METRIC_LABELS)
    described = ", ".join(tab.METRIC_LABELS[m].replace(" (%)", "") for m in metrics)
    notes = []
    if "clean_top5" in metrics:
        notes.append("top-5 only for data sets with more than 10 classes")
    if any(m.startswith("robust_") for m in metrics) and _eps_text(runs):
        notes.append(f"attacks at {_eps_text(runs)}")
    if "corruption_mce" in metrics:
        notes.append("mCE relative to the baseline method of the same data set and model (100% = baseline)")
    notes_text = f" ({'; '.join(notes)})" if notes else ""
    return f"Per data set, model and method: {described}{notes_text}. {MEAN_STD_NOTE}"


def _eps_text(runs: pd.DataFrame) -> str:
    if "robust_eps" not in runs or runs["robust_eps"].isna().all():
        return ""
    values = sorted(runs["robust_eps"].dropna().unique())
    return "eps = " + ", ".join(
        f"{round(v * 255)}/255" if abs(v * 255 - round(v * 255)) < 1e-6 else f"{v:g}" for v in values
    )


def _check_corruption(corruption: pd.DataFrame) -> pd.DataFrame:
    missing = [c for c in ("corruption", "severity", "error") if c not in corruption]
    if missing:
        raise UserError(
            f"corruption.csv lacks column(s) {', '.join(missing)}; re-run the corruption evaluation"
        )
    return corruption


# --- figures ------------------------------------------------------------------------------


def _study_figures(runs: pd.DataFrame, history, corruption) -> list[FigureSpec]:
    """The figures of the study's metrics: accuracy, trade-off, corruptions, training."""
    from advaug.report import figures as fig

    seeds = int(runs.groupby(["dataset", "model", "method"])["seed"].nunique().max())
    seeds_text = f"{seeds} seed{'s' if seeds != 1 else ''} at most per method"
    robust = fig.robust_metric(runs)
    return [
        FigureSpec(
            "accuracy",
            "Accuracy",
            "Clean accuracy",
            partial(fig.accuracy_bars, runs),
            f"Clean top-1 test accuracy per method, a panel per data set and model; bars: mean over seeds, "
            f"error bars: one standard deviation ({seeds_text}).",
        ),
        FigureSpec(
            "tradeoff",
            "Robustness",
            "Accuracy-robustness trade-off",
            partial(fig.tradeoff_scatter, runs),
            "The accuracy-robustness trade-off: clean top-1 against "
            f"{fig.ROBUST_METRICS.get(robust, 'robust accuracy').replace(' (%)', '')} per method; "
            "points: mean over seeds, error bars: one standard deviation on each axis.",
        ),
        FigureSpec(
            "corruption_heatmap",
            "Corruptions",
            "Error by corruption and method",
            partial(fig.corruption_heatmap, corruption),
            "Corruption error (%) by corruption and method, averaged over severities and seeds.",
        ),
        FigureSpec(
            "severity_curves",
            "Corruptions",
            "Error vs severity",
            partial(fig.severity_curves, corruption),
            "Corruption error (%) against severity, averaged over corruptions; band: one standard deviation over seeds.",
        ),
        FigureSpec(
            "training_curves",
            "Training",
            "Training curves",
            partial(fig.training_curves, history),
            "Test top-1 accuracy and training loss per epoch, mean over seeds with a one-standard-deviation band.",
        ),
        FigureSpec(
            "controller_policy",
            "Training",
            "Adversarial AutoAugment controller",
            partial(fig.controller_policy, history),
            "The Adversarial AutoAugment controller's mean probability of each operation and magnitude "
            "level per epoch (averaged over its updates in the epoch), one row per advaa run.",
        ),
    ]


def _copy_images(manifest: Manifest, category: str, paths: Sequence[Path], caption: str) -> None:
    from advaug.report.figures import copy_image

    prefix = re.sub(r"[^a-z0-9]+", "_", category.lower())
    for path, name in zip(paths, unique_names(paths)):
        if not Path(path).exists():
            raise UserError(f"figure {path} does not exist; build it before the report")
        stem = manifest.out_dir / "figures" / f"{prefix}_{name}"
        written = copy_image(path, stem)
        if not any(p.suffix == ".png" for p in written):
            raise UserError(f"figure {path} is not a PNG; pass the .png the other command wrote")
        manifest.add(
            stem.name, "figure", category, caption.format(name=name), written, title=f"{category}: {name}"
        )


def unique_names(paths: Sequence[Path]) -> list[str]:
    """Short distinct names for files from anywhere: the stem, prefixed by as many parent
    folders as it takes to tell them apart (results/gan/digits/samples.png -> digits_samples)."""
    parts = [Path(p).with_suffix("").parts for p in paths]
    depth = 1
    while True:
        names = ["_".join(p[-depth:]) for p in parts]
        if len(set(names)) == len(names) or depth >= max((len(p) for p in parts), default=1):
            break
        depth += 1
    cleaned = [re.sub(r"[^A-Za-z0-9_-]+", "_", n).strip("_") for n in names]
    seen: dict[str, int] = {}
    result = []
    for name in cleaned:
        seen[name] = seen.get(name, 0) + 1
        result.append(name if seen[name] == 1 else f"{name}_{seen[name]}")
    return result
