"""Input functions shared by the rules; every path comes from advaug.layout."""

from advaug import layout

WITH_CORRUPTIONS = config["corruptions"]["enabled"]
WITH_GAN = config["gan"]["enabled"]
WITH_PERTURBED = config["evaluation"]["perturbed"]["enabled"]
WITH_UMAP = config["evaluation"]["umap"] and WITH_PERTURBED
FIRST_SEED = config["seeds"][0]
# corruption.csv is written only when the corrupted test set is evaluated
EVALUATE_OUTPUTS = {
    key: path
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
    """The run's model and test data, plus the shared test sets every model is measured on."""
    inputs = {
        "data": layout.PREPARED["data"],
        "model": layout.TRAINED["model"],
    }
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
    return {key: path.format(**wildcards) for key, path in inputs.items()}


def evaluate_options(wildcards, input):
    """Command-line options naming the shared test sets of evaluate_inputs."""
    options = []
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
        str(r.benchmark).format(dataset=d, model=m, method=method, seed=seed)
        for r in (rules.train, rules.evaluate)
        for d, m in settings
        for method in STUDY_METHODS
        for seed in config["seeds"]
    ]
    return files
