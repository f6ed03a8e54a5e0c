"""advaug: prepare -> train -> evaluate -> report, over data sets x models x methods x seeds.

`snakemake --cores 2 all` runs the embedded default (params.yaml) on CPU;
`--configfile config/paper.yaml` runs the CIFAR/SVHN study. Every rule calls one
`advaug <verb>` command; DVC's dvc.yaml calls the same commands.
"""

import os
import shutil
import sys
from pathlib import Path

from snakemake.utils import min_version, validate

min_version("9.0")

# Rules call the `advaug` console script: the activated environment's, else the
# one beside the Python running Snakemake (.venv/bin/snakemake without
# activation), else bin/advaug, which runs `python -m advaug` from src/ (an
# environment that holds the dependencies but not the package).
REPO = Path(workflow.basedir)
EXTRA_PATH = "" if shutil.which("advaug") else f"{Path(sys.executable).parent}:"
shell.prefix(
    f"export PATH={EXTRA_PATH}$PATH:{REPO / 'bin'};"
    f" export PYTHONPATH=${{{{PYTHONPATH:+$PYTHONPATH:}}}}{REPO / 'src'}; "
)


configfile: "params.yaml"


# A study config with `standalone: true` (config/paper*.yaml) is run as written: the
# embedded digits/CPU defaults of params.yaml must not leak into a GPU study.
from advaug.config import layer_config  # noqa: E402

config = layer_config(config, workflow.config_settings.overwrite_config)

# `--config seeds=[0,1]` hands the list items over as strings; seeds are integers.
config["seeds"] = [int(s) if str(s).isdigit() else s for s in config.get("seeds", [])]

validate(config, "config/schema.yaml")

from advaug.config import as_json, study_methods, validate_config  # noqa: E402
from advaug.data import dataset_slug  # noqa: E402
from advaug.methods import METHODS  # noqa: E402
from advaug.runtime import sample_benchmarks_every, visible_gpu_ids  # noqa: E402

config = validate_config(config, source="snakemake config")
DATASETS = {dataset_slug(spec): spec for spec in config["datasets"]}
STUDY_METHODS = study_methods(config)
USES_GPU = config["device"] == "cuda" or (
    config["device"] == "auto" and bool(visible_gpu_ids())
)

# Snakemake samples each job every 30 s, not every 0.5 s: each sample costs it 12.6-18.5 ms of
# kernel time per job that imported torch, and the report takes only the benchmark files' wall
# time; CPU time and memory come from each job's `advaug --usage` file
# (advaug.runtime.BENCHMARK_SAMPLE_SECONDS).
sample_benchmarks_every()


wildcard_constraints:
    dataset="[A-Za-z0-9_-]+",
    model="[A-Za-z0-9_]+",
    method="[A-Za-z0-9_]+",
    seed=r"\d+",


include: "rules/common.smk"
include: "rules/data.smk"
include: "rules/train.smk"
include: "rules/corrupt.smk"
include: "rules/gan.smk"
include: "rules/robustness.smk"
include: "rules/evaluate.smk"
include: "rules/report.smk"


rule all:
    default_target: True
    input:
        rules.report.output,
