"""Where every result lies: the one definition of the results layout.

Snakemake's rules, the ``advaug`` commands, the report's inputs and the generated
``dvc.yaml`` (``advaug dvc-yaml``) all take their paths from here, so the two
orchestrators cannot disagree on a file. A pattern holds ``{dataset}``,
``{model}``, ``{method}`` and ``{seed}``: Snakemake fills them from its
wildcards, :func:`fill` from values, and the DVC generator with DVC's
``${item...}`` templating. Each dict is one step's files, keyed as the
Snakemake rule names its outputs.
"""

from __future__ import annotations

import re


def _files(folder: str, **names: str) -> dict[str, str]:
    return {key: f"{folder}/{name}" for key, name in names.items()}


RESULTS = "results"

DATA_DIR = RESULTS + "/data/{dataset}"
PREPARED = _files(DATA_DIR, data="data.npz", meta="meta.json")

CORRUPTED_DIR = RESULTS + "/corrupted/{dataset}"
CORRUPTED = _files(CORRUPTED_DIR, corrupted="corrupted.npz", meta="meta.json")

# The runs of one (data set, model); a run's own folder below it (umap reads them all).
RUNS_DIR = RESULTS + "/runs/{dataset}/{model}"
RUN_SUBDIR = "{method}/seed{seed}"
RUN_DIR = f"{RUNS_DIR}/{RUN_SUBDIR}"
TRAINED = _files(RUN_DIR, model="model.pt", history="history.csv", meta="train_meta.json")
# corruption.csv exists only when the corrupted test set is evaluated
EVALUATED = _files(RUN_DIR, corruption="corruption.csv", metrics="metrics.json")

GAN_DIR = RESULTS + "/gan/{dataset}"
GAN = _files(
    GAN_DIR,
    generator="generator.pt",
    discriminator="discriminator.pt",
    history="gan_history.csv",
    grid="samples_grid.png",
)
GAN_NETWORKS = ("generator", "discriminator")  # the keys of GAN that train and evaluate may read
GAN_SAMPLES_DIR = GAN_DIR + "/samples"
GAN_SAMPLES = _files(GAN_SAMPLES_DIR, data="data.npz", meta="meta.json")
UNRESTRICTED_DIR = RESULTS + "/gan/{dataset}/{model}/unrestricted"
UNRESTRICTED = _files(
    UNRESTRICTED_DIR,
    data="data.npz",
    meta="meta.json",
    summary="unrestricted.json",
    grid="unrestricted_grid.png",
)

PERTURBED = RESULTS + "/perturbed/{dataset}/{model}/perturbed.npz"
UMAP_DIR = RESULTS + "/embeddings/{dataset}/{model}"
GALLERY = RESULTS + "/gallery/{dataset}.png"

REPORT_DIR = RESULTS + "/report"
REPORT = _files(REPORT_DIR, tables="tables", figures="figures", manifest="manifest.json")

LOGS_DIR = RESULTS + "/logs"
BENCHMARKS_DIR = RESULTS + "/benchmarks"  # Snakemake's benchmark: files (advaug.report.timing reads them)
BENCHMARK_SUFFIX, USAGE_SUFFIX = ".tsv", ".usage.json"

# A job's name below results/logs/<rule>/ and results/benchmarks/<rule>/, by what the rule loops over.
JOB_KEYS = {
    "dataset": "{dataset}",
    "setting": "{dataset}/{model}",
    "method": "{dataset}/{model}/{method}",
    "run": "{dataset}/{model}/{method}/seed{seed}",
}


def log(rule: str, scope: str | None = None) -> str:
    """A job's log: results/logs/<rule>/<job>.log (results/logs/<rule>.log for a one-job rule)."""
    return _per_job(LOGS_DIR, rule, scope, ".log")


def benchmark(rule: str, scope: str | None = None) -> str:
    """A job's Snakemake benchmark file, laid out as its log (advaug.report.timing reads it)."""
    return _per_job(BENCHMARKS_DIR, rule, scope, BENCHMARK_SUFFIX)


def usage(rule: str, scope: str | None = None) -> str:
    """A job's CPU time and peak memory as its own process measured them (``advaug --usage``),
    beside its benchmark file: the report's time per rule reads both (usage_beside)."""
    return _per_job(BENCHMARKS_DIR, rule, scope, USAGE_SUFFIX)


def usage_beside(benchmark_path: str) -> str:
    """The usage file written by the job of a benchmark file."""
    return str(benchmark_path).removesuffix(BENCHMARK_SUFFIX) + USAGE_SUFFIX


def _per_job(folder: str, rule: str, scope: str | None, suffix: str) -> str:
    return f"{folder}/{rule}/{JOB_KEYS[scope]}{suffix}" if scope else f"{folder}/{rule}{suffix}"


PLACEHOLDERS = ("dataset", "model", "method", "seed")
_PLACEHOLDER = re.compile(r"\{(" + "|".join(PLACEHOLDERS) + r")\}")


def fill(pattern: str, **values) -> str:
    """``pattern`` with the placeholders given in ``values`` filled and the others left in place.

    Only the four placeholders are touched, so a pattern already holding DVC's
    ``${item.dataset}`` or ``${seeds[0]}`` can be filled again.
    """
    return _PLACEHOLDER.sub(lambda match: str(values.get(match[1], match[0])), pattern)
