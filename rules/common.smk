"""Input functions shared by the rules; every path comes from advaug.layout."""

from advaug import layout

WITH_CORRUPTIONS = config["corruptions"]["enabled"]
WITH_GAN = config["gan"]["enabled"]
WITH_PERTURBED = config["evaluation"]["perturbed"]["enabled"]
WITH_UMAP = config["evaluation"]["umap"] and WITH_PERTURBED
FIRST_SEED = config["seeds"][0]
# One evaluate job per method evaluates all its seeds (`advaug evaluate --run ... --run ...`):
# the seeds then share one process start, whose `import torch` alone is 2 s on a CPU.
# corruption.csv is written only when the corrupted test set is evaluated.
EVALUATE_OUTPUTS = {
    key: [layout.fill(path, seed=seed) for seed in config["seeds"]]
    for key, path in layout.EVALUATED.items()
    if key != "corruption" or WITH_CORRUPTIONS
}
# the transferred unrestricted examples are made against this classifier (reference method, first seed)
REFERENCE_MODEL = layout.fill(
    layout.TRAINED["model"], method=config["gan"]["reference_method"], seed=FIRST_SEED
)
PERTURBED_REFERENCE = layout.fill(
    layout.TRAINED["model"],
    method=config["evaluation"]["perturbed"]["reference_method"],
    seed=FIRST_SEED,
)

# Job priorities: Snakemake starts the highest ready jobs first. On two CPU cores the study's
# critical path is prepare -> train_gan -> sample_gan and unrestricted -> every evaluate: when
# the ILP scheduler happened to start train_gan after most classifiers (180 s into a `make run`
# on the AMD VM), it ran alone for 74 s with the other core idle. The chain, the reference
# model it attacks and the shared test sets come first; then the long jobs that need the AC-GAN
# (runs drawing from it, UMAP over every first-seed model); then the other classifiers; the
# evaluations last, where there are many to fill both cores to the end.
PRIORITY_CRITICAL = 3
PRIORITY_LONG = 2
PRIORITY_TRAIN = 1


def train_priority(wildcards):
    """The reference runs first, then the runs that draw from the AC-GAN, then the rest."""
    references = {
        config["gan"]["reference_method"],
        config["evaluation"]["perturbed"]["reference_method"],
    }
    if wildcards.method in references and str(wildcards.seed) == str(FIRST_SEED):
        return PRIORITY_CRITICAL
    if METHODS.get(wildcards.method).gan_inputs:
        return PRIORITY_LONG
    return PRIORITY_TRAIN


def train_inputs(wildcards):
    """The prepared data, plus the AC-GAN networks of methods that draw from them."""
    inputs = {key: path.format(**wildcards) for key, path in layout.PREPARED.items()}
    for name in METHODS.get(wildcards.method).gan_inputs:
        inputs[name] = layout.GAN[name].format(**wildcards)
    return inputs


def gan_options(wildcards, input):
    """--generator / --discriminator for the AC-GAN networks among a job's inputs."""
    return " ".join(
        f"--{name} {input[name]}"
        for name in layout.GAN_NETWORKS
        if name in input.keys()
    )


def evaluate_inputs(wildcards):
    """The models of the method's seeds and the test data, plus the shared test sets every model is measured on."""
    inputs = {"data": layout.PREPARED["data"]}
    if WITH_CORRUPTIONS:
        inputs["corrupted"] = layout.CORRUPTED["corrupted"]
    if WITH_PERTURBED:
        inputs["perturbed"] = layout.PERTURBED
    if WITH_GAN:
        inputs["gan_samples"] = layout.GAN_SAMPLES["data"]
        inputs["unrestricted"] = layout.UNRESTRICTED["data"]
        # unrestricted examples are also searched against the evaluated model itself
        for name in layout.GAN_NETWORKS:
            inputs[name] = layout.GAN[name]
    inputs = {key: path.format(**wildcards) for key, path in inputs.items()}
    inputs["models"] = [
        layout.fill(layout.TRAINED["model"], seed=seed).format(**wildcards)
        for seed in config["seeds"]
    ]
    return inputs


def evaluate_options(wildcards, input, output):
    """Command-line options naming each run with its metrics file (--run/--out pairs, one per
    seed) and the shared test sets of evaluate_inputs."""
    options = [
        f"--run {os.path.dirname(model)} --out {metrics}"
        for model, metrics in zip(input.models, output.metrics)
    ]
    for flag, key in (
        ("--corrupted", "corrupted"),
        ("--gan-samples", "gan_samples"),
        ("--unrestricted", "unrestricted"),
    ):
        if key in input.keys():
            options.append(f"{flag} {os.path.dirname(input[key])}")
    if "perturbed" in input.keys():
        options.append(f"--perturbed {input.perturbed}")
    options.append(gan_options(wildcards, input))
    return " ".join(option for option in options if option)


def study_benchmarks(wildcards):
    """The benchmark file of every job the report depends on, for its "time per rule"
    table and figure (the report's own is written after it runs)."""
    settings = [(d, m) for d in DATASETS for m in config["models"]]
    per_dataset = [rules.prepare, rules.gallery]
    per_dataset += [rules.corrupt] if WITH_CORRUPTIONS else []
    per_dataset += [rules.train_gan, rules.sample_gan] if WITH_GAN else []
    per_setting = [rules.unrestricted] if WITH_GAN else []
    per_setting += [rules.perturb_testset] if WITH_PERTURBED else []
    per_setting += [rules.umap] if WITH_UMAP else []
    files = [str(r.benchmark).format(dataset=d) for r in per_dataset for d in DATASETS]
    files += [
        str(r.benchmark).format(dataset=d, model=m)
        for r in per_setting
        for d, m in settings
    ]
    files += [
        str(rules.train.benchmark).format(dataset=d, model=m, method=method, seed=seed)
        for d, m in settings
        for method in STUDY_METHODS
        for seed in config["seeds"]
    ]
    files += [
        str(rules.evaluate.benchmark).format(dataset=d, model=m, method=method)
        for d, m in settings
        for method in STUDY_METHODS
    ]
    return files
