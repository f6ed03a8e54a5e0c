"""Paths and input functions shared by the rules."""

RUN_DIR = "results/runs/{dataset}/{model}/{method}/seed{seed}"
CORRUPTED_DIR = "results/corrupted/{dataset}"
WITH_CORRUPTIONS = config["corruptions"]["enabled"]


def evaluate_inputs(wildcards):
    """The run's model and test data, plus the shared test sets every model is measured on."""
    inputs = {
        "data": f"results/data/{wildcards.dataset}/data.npz",
        "model": f"{RUN_DIR}/model.pt".format(**wildcards),
    }
    if WITH_CORRUPTIONS:
        inputs["corrupted"] = f"{CORRUPTED_DIR}/corrupted.npz".format(**wildcards)
    return inputs
