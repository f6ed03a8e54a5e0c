"""Paths and input functions shared by the rules."""

RUN_DIR = "results/runs/{dataset}/{model}/{method}/seed{seed}"
CORRUPTED_DIR = "results/corrupted/{dataset}"
WITH_CORRUPTIONS = config["corruptions"]["enabled"]
WITH_GAN = config["gan"]["enabled"]
GAN_DIR = "results/gan/{dataset}"
UNRESTRICTED_DIR = "results/gan/{dataset}/{model}/unrestricted"
# the transferred unrestricted examples are made against this classifier (reference method, first seed)
REFERENCE_MODEL = os.path.join(
    RUN_DIR.replace("{method}", config["gan"]["reference_method"]).replace(
        "{seed}", str(config["seeds"][0])
    ),
    "model.pt",
)
WITH_PERTURBED = config["evaluation"]["perturbed"]["enabled"]
WITH_UMAP = config["evaluation"]["umap"] and WITH_PERTURBED
PERTURBED = "results/perturbed/{dataset}/{model}/perturbed.npz"
PERTURBED_REFERENCE = os.path.join(
    RUN_DIR.replace(
        "{method}", config["evaluation"]["perturbed"]["reference_method"]
    ).replace("{seed}", str(config["seeds"][0])),
    "model.pt",
)
UMAP_DIR = "results/embeddings/{dataset}/{model}"
GAN_NETWORKS = {
    "generator": f"{GAN_DIR}/generator.pt",
    "discriminator": f"{GAN_DIR}/discriminator.pt",
}


def train_inputs(wildcards):
    """The prepared data, plus the AC-GAN networks of methods that draw from them."""
    inputs = {
        "data": f"results/data/{wildcards.dataset}/data.npz",
        "meta": f"results/data/{wildcards.dataset}/meta.json",
    }
    for name in METHODS.get(wildcards.method).gan_inputs:
        inputs[name] = GAN_NETWORKS[name].format(**wildcards)
    return inputs


def gan_options(wildcards, input):
    """--generator / --discriminator for the AC-GAN networks among a job's inputs."""
    return " ".join(
        f"--{name} {input[name]}" for name in GAN_NETWORKS if name in input.keys()
    )


def evaluate_inputs(wildcards):
    """The run's model and test data, plus the shared test sets every model is measured on."""
    inputs = {
        "data": f"results/data/{wildcards.dataset}/data.npz",
        "model": f"{RUN_DIR}/model.pt".format(**wildcards),
    }
    if WITH_CORRUPTIONS:
        inputs["corrupted"] = f"{CORRUPTED_DIR}/corrupted.npz".format(**wildcards)
    if WITH_PERTURBED:
        inputs["perturbed"] = PERTURBED.format(**wildcards)
    if WITH_GAN:
        inputs["gan_samples"] = f"{GAN_DIR}/samples/data.npz".format(**wildcards)
        inputs["unrestricted"] = f"{UNRESTRICTED_DIR}/data.npz".format(**wildcards)
        # unrestricted examples are also searched against the evaluated model itself
        for name, path in GAN_NETWORKS.items():
            inputs[name] = path.format(**wildcards)
    return inputs


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
