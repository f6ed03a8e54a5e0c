"""The config schema: defaults, names that must match the registries, and clear errors."""

from __future__ import annotations

import copy

import pytest
import yaml

from advaug.config import REPO_ROOT, layer_config, load_schema, train_settings, validate_config
from advaug.errors import UserError
from advaug.methods import METHODS
from advaug.models import BACKBONES

from conftest import SHARED_MINI, run_cli

BASE = yaml.safe_load((REPO_ROOT / "params.yaml").read_text())


def test_schema_names_equal_the_registries():
    schema = load_schema()["properties"]
    generated = schema["gan"]["properties"]["methods"]["items"]["enum"]
    assert sorted(schema["methods"]["items"]["enum"] + generated) == METHODS.names()
    assert all(METHODS.get(m).gan_inputs for m in generated)
    assert sorted(schema["models"]["items"]["enum"]) == BACKBONES.names()
    assert sorted(schema["method_params"]["propertyNames"]["enum"]) == METHODS.names()  # gan ones included
    assert sorted(schema["model_params"]["propertyNames"]["enum"]) == BACKBONES.names()


def test_slice_targets_are_the_published_data_sets_the_claims_name():
    from advaug.report.claims import SLICE_TARGETS, load_claims

    schema = load_schema()["properties"]["slice_of"]
    assert schema["additionalProperties"]["enum"] == list(SLICE_TARGETS)
    assert schema["propertyNames"]["pattern"] == load_schema()["properties"]["datasets"]["items"]["pattern"]
    claimed = {dataset for claim in load_claims() for dataset in claim.datasets}
    assert claimed == set(SLICE_TARGETS)


def test_report_settings_name_slices_by_the_slug_runs_carry(tmp_path):
    from advaug.config import report_settings

    npz = tmp_path / "mini.npz"
    npz.write_bytes(b"")  # the spec's file must exist; the report settings never read it
    config = {**copy.deepcopy(BASE), "datasets": ["digits", f"npz:{npz}"]}
    config["slice_of"] = {f"npz:{npz}": "cifar10", "npz:elsewhere.npz": "svhn"}  # not in datasets: ignored
    assert report_settings(validate_config(config)) == {"slice_of": {"npz-mini": "cifar10"}}
    assert report_settings(validate_config(BASE)) == {"slice_of": {}}

    config["slice_of"] = {"digits": "imagenet"}
    with pytest.raises(UserError) as error:
        validate_config(config, source="study.yaml")
    assert str(error.value).startswith("study.yaml: invalid value at 'slice_of.digits': 'imagenet' is not one of")
    assert "\n" not in str(error.value)


def test_default_config_is_valid_and_defaults_are_filled():
    minimal = {"datasets": ["digits"], "models": ["small_cnn"], "methods": ["baseline"], "seeds": [0]}
    config = validate_config(minimal)
    assert config["device"] == "auto"
    assert config["training"]["epochs"] >= 1
    assert config["training"]["schedule"] == "cosine"
    assert validate_config(BASE)["methods"] == BASE["methods"]


@pytest.mark.parametrize(
    "change, key",
    [
        (lambda c: c["methods"].append("magic"), f"methods.{len(BASE['methods'])}"),
        (lambda c: c.update(models=["resnet1000"]), "models.0"),
        (lambda c: c.update(datasets=["imagenet"]), "datasets.0"),
        (lambda c: c["training"].update(epochs="ten"), "training.epochs"),
        (lambda c: c["training"].update(learning_rate=0.1), "training"),
        (lambda c: c.update(seeds=[-1]), "seeds.0"),
        (lambda c: c["method_params"].update(rr={"max_angel": 10}), "method_params.rr.max_angel"),
    ],
)
def test_invalid_config_names_the_key(change, key):
    config = copy.deepcopy(BASE)
    change(config)
    with pytest.raises(UserError) as error:
        validate_config(config)
    message = str(error.value)
    assert f"'{key}'" in message
    assert "\n" not in message


def test_train_settings_hold_only_what_the_job_reads():
    config = validate_config(BASE)
    settings = train_settings(config, "rr", "small_cnn")
    assert set(settings) == {"device", "training", "method_params", "model_params"}
    assert settings["method_params"] == BASE["method_params"]["rr"]
    assert train_settings(config, "baseline", "small_cnn")["method_params"] == {}


def test_cli_reports_a_bad_config_in_one_line(tmp_path):
    bad = copy.deepcopy(BASE)
    bad["training"]["batch_size"] = "big"
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump(bad))
    result = run_cli(
        "train", "--data", str(tmp_path), "--method", "rr", "--model", "small_cnn",
        "--seed", "0", "--out", str(tmp_path / "run"), "--config", str(path), check=False,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "training.batch_size" in lines[0]
    assert "Traceback" not in result.stderr


def test_cli_reports_missing_prepared_data_in_one_line(tmp_path):
    result = run_cli(
        "evaluate", "--run", str(tmp_path), "--data", str(tmp_path), "--out", str(tmp_path / "m.json"),
        check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "model.pt" in result.stderr


@pytest.mark.parametrize("name", sorted(p.name for p in (REPO_ROOT / "config").glob("*.yaml") if p.name != "schema.yaml"))
def test_every_shipped_config_is_valid(name):
    """Each config/*.yaml, layered over params.yaml as `--configfile` does, passes validation."""
    if "../shared/" in (REPO_ROOT / "config" / name).read_text() and not SHARED_MINI.exists():
        pytest.skip(f"config/{name} reads {SHARED_MINI}, the team's CIFAR-10 slice, absent here")
    layered = layer_config(BASE, yaml.safe_load((REPO_ROOT / "config" / name).read_text()))
    assert validate_config(layered, source=name)["datasets"]


@pytest.mark.parametrize(
    "params,message",
    [
        ({"max_angle": "ten"}, "invalid value at 'method_params.rr.max_angle': must be a number"),
        ({"max_angle": -1}, "invalid value at 'method_params.rr.max_angle': must be a finite number >= 0"),
        ({"interpolation": "cubic"}, "invalid value at 'method_params.rr.interpolation': must be one of"),
        ({"max_angle": True}, "must be a number, got True"),
        ({"max_angle": "1e1"}, "write 1.0e-5"),
    ],
)
def test_method_options_are_typed_and_checked_where_the_config_is_loaded(params, message):
    config = copy.deepcopy(BASE)
    config["method_params"]["rr"] = params
    with pytest.raises(UserError, match=message.replace("(", r"\(")) as error:
        validate_config(config, source="params.yaml")
    assert str(error.value).startswith("params.yaml: ") and "\n" not in str(error.value)


def test_cross_option_checks_run_at_config_time_and_ints_widen_to_floats():
    config = copy.deepcopy(BASE)
    config["method_params"]["randaugment"] = {"magnitude": 31, "num_magnitude_bins": 31}
    with pytest.raises(UserError, match="'method_params.randaugment.magnitude': must be a bin index below"):
        validate_config(config)
    assert METHODS.get("rr").validate({"max_angle": 10})["max_angle"] == 10.0


def test_every_method_declares_named_options_whose_defaults_pass_their_own_checks():
    for name in METHODS.names():
        cls = METHODS.get(name)
        assert cls.name == name  # set once, by the registry
        defaults = cls.validate({})
        assert set(defaults) == set(cls.options)
        assert all(option.doc for option in cls.options.values()), name


def test_list_methods_shows_every_option_with_its_default():
    out = run_cli("list", "methods").stdout
    assert "rr\n    max_angle = 30.0 (a number [>= 0]): " in out
    assert "    interpolation = 'nearest' (a string [nearest | bilinear])" in out
