"""Loading, validating and slicing the study configuration.

``params.yaml`` is the single source of truth: Snakemake uses it as its
configfile and DVC as its params file. Each job receives only the slice of the
configuration it reads (``train_settings`` and friends), so changing one
method's parameters re-runs only that method's jobs in either orchestrator.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import yaml

from advaug.errors import UserError

REPO_ROOT = Path(__file__).resolve().parents[2]
SCHEMA_PATH = REPO_ROOT / "config" / "schema.yaml"


def load_schema() -> dict:
    return yaml.safe_load(SCHEMA_PATH.read_text())


def load_config(path: str | Path) -> dict:
    path = Path(path)
    if not path.exists():
        raise UserError(f"config file {path} does not exist; pass --config with a YAML file")
    try:
        config = yaml.safe_load(path.read_text()) or {}
    except yaml.YAMLError as exc:
        raise UserError(f"config file {path} is not valid YAML: {_one_line(exc)}") from None
    return validate_config(config, source=str(path))


def layer_config(defaults: dict, command_line: dict) -> dict:
    """The study Snakemake runs: ``--configfile``/``--config`` over params.yaml, deep-merged as
    Snakemake merges, unless they declare ``standalone: true`` (then params.yaml is left out)."""
    if command_line.get("standalone"):
        return copy.deepcopy(command_line)
    return _deep_merge(copy.deepcopy(defaults), command_line)


def _deep_merge(base: dict, override: dict) -> dict:
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            _deep_merge(base[key], value)
        else:
            base[key] = copy.deepcopy(value)
    return base


def validate_config(config: dict, source: str = "config") -> dict:
    """Return a copy with schema defaults filled, or raise a UserError naming the bad key."""
    import jsonschema

    schema = load_schema()
    config = copy.deepcopy(config)
    validator_cls = jsonschema.validators.validator_for(schema)
    validator = _with_defaults(validator_cls)(schema)
    errors = sorted(validator.iter_errors(config), key=lambda e: list(e.absolute_path))
    if errors:
        error = errors[0]
        key = ".".join(str(part) for part in error.absolute_path) or "(top level)"
        raise UserError(f"{source}: invalid value at '{key}': {_one_line(error.message)}")
    _check_method_params(config, source)
    _check_datasets(config, source)
    _check_gan(config, source)
    _check_evaluation(config, source)
    return config


def _check_evaluation(config: dict, source: str) -> None:
    from advaug.attacks.mix import DEFAULT_MIX_PARAMS, MIX_OPTIONS, check_mix_params
    from advaug.gan.unrestricted import EVALUATION_DEFAULTS, UNRESTRICTED_DEFAULTS
    from advaug.methods import METHODS

    perturbed = config["evaluation"]["perturbed"]
    known = ["p", *DEFAULT_MIX_PARAMS, *MIX_OPTIONS]
    unknown = sorted(set(perturbed["mix"]) - set(known))
    if unknown:
        raise UserError(f"{source}: invalid key 'evaluation.perturbed.mix.{unknown[0]}'; known: {', '.join(known)}")
    mix = {key: value for key, value in perturbed["mix"].items() if key != "p"}
    try:
        check_mix_params(float(perturbed["mix"].get("p", 0.3)), mix)
    except UserError as exc:
        raise UserError(f"{source}: invalid value at 'evaluation.perturbed.mix': {exc}") from None
    searched = config["evaluation"]["unrestricted"]
    unknown = sorted(set(searched) - set(EVALUATION_DEFAULTS) - set(UNRESTRICTED_DEFAULTS))
    if unknown:
        raise UserError(
            f"{source}: invalid key 'evaluation.unrestricted.{unknown[0]}'; known: "
            f"{', '.join(sorted({*EVALUATION_DEFAULTS, *UNRESTRICTED_DEFAULTS}))}"
        )
    if perturbed["reference_method"] not in METHODS.names():
        raise UserError(
            f"{source}: invalid value at 'evaluation.perturbed.reference_method': "
            f"unknown method {perturbed['reference_method']!r}"
        )


def _check_gan(config: dict, source: str) -> None:
    from advaug.gan.train import GAN_DEFAULTS
    from advaug.gan.unrestricted import UNRESTRICTED_DEFAULTS
    from advaug.methods import METHODS

    gan = config["gan"]
    for block, known in (("train", GAN_DEFAULTS), ("unrestricted", UNRESTRICTED_DEFAULTS)):
        unknown = sorted(set(gan[block]) - set(known))
        if unknown:
            raise UserError(
                f"{source}: invalid key 'gan.{block}.{unknown[0]}'; known: {', '.join(sorted(known))}"
            )
    if gan["reference_method"] not in METHODS.names():
        raise UserError(f"{source}: invalid value at 'gan.reference_method': unknown method {gan['reference_method']!r}")


def _check_datasets(config: dict, source: str) -> None:
    """``npz:``/``folder:`` paths must exist before a job is planned for them."""
    from advaug.data import validate_spec

    for index, spec in enumerate(config["datasets"]):
        try:
            validate_spec(spec)
        except UserError as exc:
            raise UserError(f"{source}: invalid value at 'datasets.{index}': {exc}") from None


def _check_method_params(config: dict, source: str) -> None:
    """Method parameters are declared by each method class; check them before any job runs."""
    from advaug.methods import METHODS

    for method, params in config.get("method_params", {}).items():
        METHODS.get(method).validate(params, source, f"method_params.{method}")


def _with_defaults(validator_cls):
    """A validator that also fills ``default`` values, as Snakemake's validate() does."""
    import jsonschema

    def set_defaults(validator, properties, instance, schema):
        if isinstance(instance, dict):
            for name, subschema in properties.items():
                if "default" in subschema and name not in instance:
                    instance[name] = copy.deepcopy(subschema["default"])
        yield from validator_cls.VALIDATORS["properties"](validator, properties, instance, schema)

    return jsonschema.validators.extend(validator_cls, {"properties": set_defaults})


def _one_line(message: Any) -> str:
    return " ".join(str(message).split())


# --- the slices each job reads -------------------------------------------------


def study_methods(config: dict) -> list[str]:
    """Every method trained: ``methods``, plus the generated-set methods when the GAN runs."""
    extra = config["gan"]["methods"] if config["gan"]["enabled"] else []
    return list(dict.fromkeys([*config["methods"], *extra]))


def report_inputs(config: dict) -> list[str]:
    """Every run's metrics file, in one order: the report's inputs for Snakemake and DVC alike."""
    from advaug import layout
    from advaug.data import dataset_slug

    return [
        layout.EVALUATED["metrics"].format(dataset=dataset_slug(d), model=model, method=method, seed=seed)
        for d in config["datasets"]
        for model in config["models"]
        for method in study_methods(config)
        for seed in config["seeds"]
    ]


def report_settings(config: dict) -> dict:
    """What the report reads besides the runs: which data sets (by slug, as runs name them) are
    reduced-scale slices of which published data set (``slice_of``, for the claims table)."""
    from advaug.data import dataset_slug

    slices = config.get("slice_of", {})
    return {"slice_of": {dataset_slug(spec): slices[spec] for spec in config["datasets"] if spec in slices}}


def prepare_settings(config: dict, dataset: str) -> dict:
    from advaug.data import dataset_slug

    key = dataset_slug(dataset)
    sources = {key: config["sources"][key]} if key in config["sources"] else {}
    return {"cache_dir": config["cache_dir"], "sources": sources}


def train_settings(config: dict, method: str, model: str) -> dict:
    return {
        "device": config["device"],
        "training": config["training"],
        "method_params": config["method_params"].get(method, {}),
        "model_params": config["model_params"].get(model, {}),
    }


def corrupt_settings(config: dict, dataset: str) -> dict:
    from advaug.data import dataset_slug

    keys = (f"{dataset_slug(dataset)}_c", "frost")  # the official archive, the frost photos
    options = {k: v for k, v in config["corruptions"].items() if k != "enabled"}
    sources = {key: config["sources"][key] for key in keys if key in config["sources"]}
    return {"device": config["device"], "cache_dir": config["cache_dir"], "sources": sources, "corruptions": options}


def train_gan_settings(config: dict) -> dict:
    gan = config["gan"]
    return {"device": config["device"], "gan": {"train": gan["train"], "seed": gan["seed"]}}


def sample_gan_settings(config: dict) -> dict:
    gan = config["gan"]
    return {"device": config["device"], "gan": {"samples_per_class": gan["samples_per_class"], "seed": gan["seed"]}}


def unrestricted_settings(config: dict) -> dict:
    gan = config["gan"]
    return {
        "device": config["device"],
        "gan": {
            "unrestricted_per_class": gan["unrestricted_per_class"],
            "unrestricted": gan["unrestricted"],
            "seed": gan["seed"],
        },
    }


def umap_settings(config: dict) -> dict:
    """The runs drawn: every study method's first seed."""
    return {"enabled": config["evaluation"]["umap"], "methods": study_methods(config), "seed": config["seeds"][0]}


def gallery_settings(config: dict) -> dict:
    """Every study method's parameters: the gallery shows each augmentation's random draw."""
    every = dict(config["method_params"])
    return {"method_params": {m: every.get(m, {}) for m in study_methods(config)}}


def report_extras(config: dict) -> dict[str, list[str]]:
    """The figures made outside `advaug report` that it includes, as the workflow makes them
    (keyed like the report command's options)."""
    from advaug import layout
    from advaug.data import dataset_slug

    datasets = [dataset_slug(d) for d in config["datasets"]]
    settings = [{"dataset": d, "model": m} for d in datasets for m in config["models"]]
    extras = {"gan_grids": [], "umap": [], "gallery": [layout.GALLERY.format(dataset=d) for d in datasets]}
    if config["gan"]["enabled"]:
        extras["gan_grids"] = [layout.GAN["grid"].format(dataset=d) for d in datasets] + [
            layout.UNRESTRICTED["grid"].format(**s) for s in settings
        ]
    if config["evaluation"]["umap"] and config["evaluation"]["perturbed"]["enabled"]:
        extras["umap"] = [layout.UMAP_DIR.format(**s) for s in settings]
    return extras


def evaluate_settings(config: dict) -> dict:
    return {
        "device": config["device"],
        "evaluation": config["evaluation"],
        "eval_batch_size": config["training"]["eval_batch_size"],
    }


def perturb_testset_settings(config: dict) -> dict:
    return {
        "device": config["device"],
        "perturbed": config["evaluation"]["perturbed"],
        "eval_batch_size": config["training"]["eval_batch_size"],
    }


def as_json(settings: dict) -> str:
    """Canonical JSON for a command line: stable key order so Snakemake sees unchanged params."""
    return json.dumps(settings, sort_keys=True, separators=(",", ":"))


def parse_settings(text: str, what: str) -> dict:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError(f"--params for {what} is not valid JSON: {exc.msg}") from None
    if not isinstance(value, dict):
        raise UserError(f"--params for {what} must be a JSON object")
    return value
