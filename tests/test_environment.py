"""The lock file pins everything pyproject asks for, and the conda env agrees with it."""

from __future__ import annotations

import re
import tomllib

import yaml

from conftest import REPO


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _lock() -> dict[str, str]:
    pins = {}
    for line in (REPO / "requirements.lock").read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            name, _, version = line.partition("==")
            assert version, f"requirements.lock line is not an exact pin: {line!r}"
            pins[_norm(name)] = version
    return pins


def test_every_dependency_is_pinned_in_the_lock():
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    wanted = project["dependencies"] + project["optional-dependencies"]["dev"]
    lock = _lock()
    for requirement in wanted:
        name = re.split(r"[<>=!~\[ ]", requirement, maxsplit=1)[0]
        assert _norm(name) in lock, f"{name} is in pyproject.toml but not in requirements.lock"


def test_conda_env_pins_equal_the_lock():
    env = yaml.safe_load((REPO / "envs" / "advaug.yaml").read_text())
    pip_section = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    lock = _lock()
    assert pip_section, "envs/advaug.yaml pins nothing"
    for pin in pip_section:
        name, _, version = pin.partition("==")
        assert lock.get(_norm(name)) == version, f"envs/advaug.yaml pins {pin}, the lock has {lock.get(_norm(name))}"
    python = next(d for d in env["dependencies"] if isinstance(d, str) and d.startswith("python="))
    assert python == "python=3.11"
