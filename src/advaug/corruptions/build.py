"""``advaug corrupt``: the "<dataset>-C" test set a run's corruption robustness is measured on.

Generated (any data set, seeded, batched on the device) or, for CIFAR-10 and
CIFAR-100, the official archives. Written once as ``corrupted.npz`` + ``meta.json``
and read by every model's evaluation, so all models see the same images.
A generated set with frost records in its meta which frost images it used
(``corruptions.frost``: the official photos, with their md5s, or procedural).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from advaug.corruptions.apply import CORRUPTIONS, EXTRA_CORRUPTIONS
from advaug.corruptions.dataset import make_corrupted_set
from advaug.corruptions.frost_layers import frost_layers
from advaug.data.canonical import load_prepared
from advaug.errors import UserError
from advaug.io import atomic_path, load_npz, read_json_file, write_json

CORRUPTED_FILE = "corrupted.npz"


def corruption_names(setting) -> list[str]:
    if setting == "benchmark":
        return list(CORRUPTIONS)
    if setting == "all":
        return list(CORRUPTIONS) + list(EXTRA_CORRUPTIONS)
    unknown = sorted(set(setting) - set(CORRUPTIONS) - set(EXTRA_CORRUPTIONS))
    if unknown:
        raise UserError(f"unknown corruption(s) {', '.join(unknown)}; see advaug.corruptions.CORRUPTIONS")
    return list(setting)


def build_corrupted(data_dir: str | Path, out_dir: str | Path, settings: dict, device: str) -> dict:
    """Write the corrupted test set of a prepared data set; returns its meta."""
    options = settings["corruptions"]
    data = load_prepared(data_dir)
    names = corruption_names(options["names"])
    severities = [int(s) for s in options["severities"]]
    limit = options.get("max_images")
    frost = None
    if options["source"] == "official":
        from advaug.corruptions.official import load_official

        override = settings.get("sources", {}).get(f"{data.name}_c")
        arrays = load_official(data.name, settings["cache_dir"], names, severities, override, limit)
    else:
        frost = _frost_layers(names, options, settings)
        images = data.test_images[:limit] if limit else data.test_images
        labels = data.test_labels[: len(images)]
        arrays = make_corrupted_set(
            images,
            names,
            severities,
            options["seed"],
            options["batch_size"],
            device,
            labels=labels,
            frost=frost,
        )
    out_dir = Path(out_dir)
    with atomic_path(out_dir / CORRUPTED_FILE, suffix=".npz") as tmp:
        with open(tmp, "wb") as handle:
            np.savez(handle, **arrays)
    meta = {
        "dataset": data.name,
        "source": options["source"],
        "names": names,
        "severities": severities,
        "seed": options["seed"],
        "images_per_chunk": int((arrays["corruption"] == names[0]).sum() // len(severities)),
        "total": int(len(arrays["labels"])),
        "device": device,
    }
    if frost is not None:
        meta["frost"] = frost.meta()
    write_json(out_dir / "meta.json", meta)
    return meta


def _frost_layers(names: list[str], options: dict, settings: dict):
    """The frost images of a generated set (None without frost): the config's choice, never a fallback."""
    if "frost" not in names:
        return None
    override = settings.get("sources", {}).get("frost")
    return frost_layers(options["frost"], settings["cache_dir"], override)


def load_corrupted(out_dir: str | Path) -> dict:
    out_dir = Path(out_dir)
    if not (out_dir / CORRUPTED_FILE).exists():
        raise UserError(f"{out_dir} holds no {CORRUPTED_FILE}; run `advaug corrupt` first")
    remedy = "delete the folder and run `advaug corrupt` again"
    loaded = load_npz(out_dir / CORRUPTED_FILE, remedy)
    loaded["meta"] = read_json_file(out_dir / "meta.json", remedy)
    return loaded
