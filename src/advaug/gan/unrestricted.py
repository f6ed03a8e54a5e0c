"""Unrestricted adversarial examples: search the GAN's latent space, not the pixels.

Following Song et al. 2018 ("Constructing Unrestricted Adversarial Examples
with Generative Models", NeurIPS; Sec. 3, Eq. 5), for a source class y we start
from z0 ~ N(0, I) and optimise z with Adam, keeping y fixed, so that the image
G(z, y) (i) loses the classifier's vote for y, (ii) stays of class y according
to the AC-GAN's auxiliary classifier, and (iii) stays near the starting point
through the soft constraint (1/m) * sum_i max(|z_i - z0_i| - eps, 0).

For (i) we use an untargeted Carlini-Wagner margin, max(logit_y - max_{j != y}
logit_j, -kappa), rather than Song et al.'s targeted cross-entropy: it asks only
for a misclassification and stops pushing once the margin reaches kappa, so the
other two terms keep the image on the class-y manifold after that. (ii) is the
auxiliary head's cross-entropy for y, weighted by ``aux_weight``.

An example *succeeds* when the classifier's prediction is not y while the
auxiliary classifier's argmax is y (without a discriminator: prediction != y).
Each sample's loss depends only on its own z (both networks in eval mode, Adam
is per coordinate), so a batch of searches equals the searches run one by one.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

from advaug.data.canonical import RawSplits, write_prepared
from advaug.errors import UserError
from advaug.gan.grids import save_labelled_grid
from advaug.gan.models import Discriminator, Generator, load_discriminator, load_generator
from advaug.gan.sample import TEST_SEED_OFFSET, balanced_labels, class_names_of, draw_latents, file_sha256
from advaug.gan.sample import to_uint8_nhwc
from advaug.io import write_json
from advaug.training.loop import Progress, load_trained
from advaug.training.optim import Adam

UNRESTRICTED_DEFAULTS = {
    "steps": 500,
    "lr": 0.01,  # Adam step on z ~ N(0, I)
    "aux_weight": 1.0,
    "z_weight": 1.0,  # weight of the soft constraint ||z - z0|| (Song et al. 2018, Eq. 5)
    "z_epsilon": 0.1,  # free movement per latent coordinate before the constraint bites
    "kappa": 2.0,  # logit margin at which the classifier term stops pushing
}


#: the per-model search of `advaug evaluate` (evaluation.unrestricted): a few latents per
#: class, searched against the evaluated model itself; the other keys as UNRESTRICTED_DEFAULTS
#: 30 steps at Adam 0.05 fool a digits baseline on 90-100% of 20 latents in ~2 CPU-seconds,
#: as 100 steps at the reference's 0.01 do in ~7 (measured on both seeds of the default study).
EVALUATION_DEFAULTS = {"enabled": True, "per_class": 2, "seed": 0, "steps": 30, "lr": 0.05}
_SELECTION = ("enabled", "per_class", "seed")  # what attack_model draws; the rest is the search


def margin_loss(logits: torch.Tensor, labels: torch.Tensor, kappa: float) -> torch.Tensor:
    """Per sample: how far the true class still leads the best other class, floored at -kappa."""
    true = logits.gather(1, labels[:, None]).squeeze(1)
    others = logits.masked_fill(F.one_hot(labels, logits.shape[1]).bool(), float("-inf")).amax(1)
    return (true - others).clamp(min=-kappa)


def latent_constraint(z: torch.Tensor, z0: torch.Tensor, epsilon: float) -> torch.Tensor:
    """Song et al.'s soft constraint, per sample: mean over coordinates of max(|z - z0| - eps, 0)."""
    return (z - z0).abs().sub(epsilon).clamp(min=0).mean(1)


def _judge(generator, classifier, discriminator, z, labels):
    """Images, classifier logits and (if a discriminator is given) auxiliary logits for G(z, y)."""
    images = generator(z, labels)
    logits = classifier(images)
    aux = discriminator(images)[1] if discriminator is not None else None
    return images, logits, aux


def _success(logits, aux, labels):
    fooled = logits.argmax(1) != labels
    return fooled & (aux.argmax(1) == labels) if aux is not None else fooled


def _search_batch(generator, classifier, discriminator, labels, z0, settings, progress=None) -> torch.Tensor:
    """The searched latents: the latest one that succeeded, else where the search ended."""
    z = z0.clone().requires_grad_(True)
    optimizer = Adam([z], lr=settings["lr"])
    best = z0.clone()
    found = torch.zeros(len(labels), dtype=torch.bool, device=labels.device)
    started = time.perf_counter()
    for step in range(settings["steps"]):
        _, logits, aux = _judge(generator, classifier, discriminator, z, labels)
        loss = margin_loss(logits, labels, settings["kappa"])
        if aux is not None:
            loss = loss + settings["aux_weight"] * F.cross_entropy(aux, labels, reduction="none")
        loss = loss + settings["z_weight"] * latent_constraint(z, z0, settings["z_epsilon"])
        with torch.no_grad():
            # Later steps may drift back across the boundary (the margin term is then
            # flat while the others pull), so remember each sample's latest success.
            success = _success(logits, aux, labels)
            best[success] = z.detach()[success]
            found |= success
        z.grad = None
        loss.sum().backward()
        optimizer.step()
        if progress is not None and progress.interactive:
            seconds = max(time.perf_counter() - started, 1e-9)
            progress.step(len(labels) * (step + 1) / seconds, float(loss.mean()))
    with torch.no_grad():
        _, logits, aux = _judge(generator, classifier, discriminator, z, labels)
        keep_final = _success(logits, aux, labels) | ~found
        best[keep_final] = z.detach()[keep_final]
    return best


@torch.no_grad()
def _describe(generator, classifier, discriminator, z, labels) -> dict:
    images, logits, aux = _judge(generator, classifier, discriminator, z, labels)
    result = {
        "images": images,
        "pred": logits.argmax(1),
        "confidence": logits.softmax(1).gather(1, labels[:, None]).squeeze(1),
        "success": _success(logits, aux, labels),
    }
    if aux is not None:
        result["aux_confidence"] = aux.softmax(1).gather(1, labels[:, None]).squeeze(1)
        result["aux_pred"] = aux.argmax(1)
    return result


def unrestricted_examples(
    generator: Generator,
    classifier: torch.nn.Module,
    labels: torch.Tensor,
    steps: int = UNRESTRICTED_DEFAULTS["steps"],
    lr: float = UNRESTRICTED_DEFAULTS["lr"],
    aux_weight: float = UNRESTRICTED_DEFAULTS["aux_weight"],
    z_init_seed: int = 0,
    device: str | torch.device = "cpu",
    discriminator: Discriminator | None = None,
    z_weight: float = UNRESTRICTED_DEFAULTS["z_weight"],
    z_epsilon: float = UNRESTRICTED_DEFAULTS["z_epsilon"],
    kappa: float = UNRESTRICTED_DEFAULTS["kappa"],
    batch_size: int = 256,
    desc: str | None = None,
) -> dict:
    """Search one latent per label; returns clean and adversarial images and the verdicts on both.

    Keys: images_clean, images_adv (float [0, 1], CPU), z0, z, labels, success
    (bool), aux_confidence (aux softmax for y on the adversarial image, or None
    without a discriminator), classifier predictions / confidence in y for clean
    and adversarial images, and success_clean (whether G(z0, y) already fooled it).
    The networks must already be on ``device``. With ``desc``, progress is
    shown (a bar on a terminal, a line per batch in logs).
    """
    device = torch.device(device)
    settings = {"steps": steps, "lr": lr, "aux_weight": aux_weight, "z_weight": z_weight,
                "z_epsilon": z_epsilon, "kappa": kappa}
    if steps < 0 or batch_size < 1:
        raise UserError(f"steps must be >= 0 and batch_size >= 1, got {steps} and {batch_size}")
    networks = [net for net in (generator, classifier, discriminator) if net is not None]
    modes = [net.training for net in networks]
    trainable = [[p.requires_grad for p in net.parameters()] for net in networks]
    for net in networks:
        net.eval().requires_grad_(False)  # gradients flow to z only
    labels = labels.to(device=device, dtype=torch.long)
    z0_all = draw_latents(len(labels), generator.z_dim, z_init_seed).to(device)
    parts: dict[str, list] = {}
    batches = max(1, -(-len(labels) // batch_size))
    progress = Progress(batches * steps, 0, desc) if desc else None
    try:
        # An empty request still yields correctly shaped (empty) outputs.
        for start in range(0, len(labels), batch_size) if len(labels) else [0]:
            y, z0 = labels[start : start + batch_size], z0_all[start : start + batch_size]
            z = z0
            if len(y):
                z = _search_batch(generator, classifier, discriminator, y, z0, settings, progress)
            clean = _describe(generator, classifier, discriminator, z0, y)
            adv = _describe(generator, classifier, discriminator, z, y)
            batch = {
                "images_clean": clean["images"], "images_adv": adv["images"], "z0": z0, "z": z, "labels": y,
                "success": adv["success"], "success_clean": clean["success"],
                "pred_clean": clean["pred"], "pred_adv": adv["pred"],
                "confidence_clean": clean["confidence"], "confidence_adv": adv["confidence"],
            }
            if discriminator is not None:
                batch.update(
                    aux_confidence=adv["aux_confidence"], aux_confidence_clean=clean["aux_confidence"],
                    aux_pred_adv=adv["aux_pred"], aux_pred_clean=clean["aux_pred"],
                )
            for key, value in batch.items():
                parts.setdefault(key, []).append(value.detach().cpu())
            if progress is not None and not progress.interactive:
                done = start // batch_size + 1
                print(f"{desc}: batch {done}/{batches} success {_mean(adv['success']) or 0:.3f}",
                      file=sys.stderr, flush=True)
    finally:
        if progress is not None:
            progress.close()
        for net, mode, flags in zip(networks, modes, trainable):
            net.train(mode)
            for parameter, flag in zip(net.parameters(), flags):
                parameter.requires_grad_(flag)
    result = {key: torch.cat(values) for key, values in parts.items()}
    result.setdefault("aux_confidence", None)
    return result


def attack_model(
    generator: Generator,
    discriminator: Discriminator | None,
    classifier: torch.nn.Module,
    settings: dict | None = None,
    batch_size: int = 256,
) -> dict:
    """Unrestricted examples searched against ``classifier`` itself, and how it fares on them.

    ``settings``: ``per_class`` latents per class from ``seed``, and the search
    options (:data:`UNRESTRICTED_DEFAULTS`). Success-filtered: an example counts
    only where the AC-GAN's auxiliary classifier still says the source class
    (it is still an image of that class); a search that changed the class is
    dropped, since its label can no longer be trusted. Returns the success rate
    (fooled and still of its class, over all searches), ``top1`` (the
    classifier's accuracy on the kept examples) and the counts.
    """
    options = {**EVALUATION_DEFAULTS, **(settings or {})}
    search = _resolve({key: value for key, value in options.items() if key not in _SELECTION})
    _check_compatible(generator, {}, classifier)
    device = next(classifier.parameters()).device
    labels = balanced_labels(generator.num_classes, int(options["per_class"]), device)
    result = unrestricted_examples(generator, classifier, labels, z_init_seed=int(options["seed"]), device=device,
                                   discriminator=discriminator, batch_size=batch_size, **search)
    labels = result["labels"]
    kept = result["aux_pred_adv"] == labels if discriminator is not None else torch.ones_like(labels, dtype=torch.bool)
    return {
        "success_rate": _mean(result["success"]),
        "top1": _mean(result["pred_adv"][kept] == labels[kept]),
        "kept": int(kept.sum()),
        "searched": int(len(labels)),
        "steps": int(search["steps"]),
    }


def summarise(result: dict) -> dict:
    """The numbers unrestricted.json reports for one split."""
    labels = result["labels"]
    summary = {
        "count": int(len(labels)),
        "success_rate": _mean(result["success"]),
        "classifier_accuracy_clean": _mean(result["pred_clean"] == labels),
        "classifier_accuracy_adv": _mean(result["pred_adv"] == labels),
        "classifier_confidence_clean": _mean(result["confidence_clean"]),
        "classifier_confidence_adv": _mean(result["confidence_adv"]),
        "mean_abs_z_shift": _mean((result["z"] - result["z0"]).abs()),
    }
    if result.get("aux_confidence") is not None:
        summary["mean_aux_confidence"] = _mean(result["aux_confidence"])
        summary["mean_aux_confidence_clean"] = _mean(result["aux_confidence_clean"])
    return summary


def _mean(values: torch.Tensor) -> float:
    return float(values.float().mean()) if len(values) else None


def write_unrestricted(
    generator_path: str | Path,
    classifier_path: str | Path,
    out_dir: str | Path,
    n_per_class: int,
    seed: int,
    device: str = "cpu",
    discriminator_path: str | Path | None = None,
    test_per_class: int | None = None,
    settings: dict | None = None,
    batch_size: int = 256,
    grid_per_class: int = 4,
    grid_classes: int = 10,
) -> dict:
    """Search unrestricted examples against a trained classifier and write them.

    Writes into ``out_dir``: the examples as a canonical data set (train split:
    ``n_per_class`` per class from latents seeded with ``seed``; test split:
    ``test_per_class`` per class seeded with ``seed + TEST_SEED_OFFSET``; label =
    the source class y), ``unrestricted.json`` (per split: success rate, mean aux
    confidence in y, classifier accuracy on G(z0, y) and G(z, y)),
    ``unrestricted_latents.npz`` (z0, z, success per train example) and
    ``unrestricted_grid.png``/``.pdf`` (clean and unrestricted pairs).
    """
    options = _resolve(settings)
    out_dir = Path(out_dir)
    test_per_class = n_per_class if test_per_class is None else test_per_class
    generator, saved = load_generator(generator_path, device)
    classifier, classifier_meta = load_trained(classifier_path, device)
    discriminator = load_discriminator(discriminator_path, device)[0] if discriminator_path else None
    _check_compatible(generator, saved, classifier)

    results = {}
    draws = (("train", n_per_class, seed), ("test", test_per_class, seed + TEST_SEED_OFFSET))
    for split, per_class, split_seed in draws:
        labels = balanced_labels(generator.num_classes, per_class, device)
        results[split] = unrestricted_examples(
            generator, classifier, labels, z_init_seed=split_seed, device=device,
            discriminator=discriminator, batch_size=batch_size, desc=f"unrestricted/{split}", **options,
        )
    class_names = class_names_of(saved)
    data_info = saved.get("data", {})
    provenance = {
        "kind": "unrestricted adversarial examples (Song et al. 2018)",
        "generator": str(generator_path), "generator_sha256": file_sha256(generator_path),
        "classifier": str(classifier_path), "classifier_sha256": file_sha256(classifier_path),
        "discriminator": str(discriminator_path) if discriminator_path else None,
        "trained_on": data_info.get("name"), "seed": seed, "test_seed": seed + TEST_SEED_OFFSET,
        "n_per_class": n_per_class, "test_per_class": test_per_class, "settings": options,
    }
    splits = RawSplits(
        train_images=to_uint8_nhwc(results["train"]["images_adv"]),
        train_labels=results["train"]["labels"].numpy().astype(np.int64),
        test_images=to_uint8_nhwc(results["test"]["images_adv"]),
        test_labels=results["test"]["labels"].numpy().astype(np.int64),
        class_names=class_names,
        hflip=bool(data_info.get("hflip", False)),
        extra_meta={"generated_by": provenance},
    )
    name = f"{data_info.get('name', 'gan')}-unrestricted"
    write_prepared(splits, out_dir, name, source=f"unrestricted:{generator_path}")
    _write_latents(out_dir / "unrestricted_latents.npz", results["train"])
    report = {**provenance, "classifier_model": classifier_meta.get("model"),
              **{split: summarise(result) for split, result in results.items()}}
    write_json(out_dir / "unrestricted.json", report)
    pair_grid(out_dir / "unrestricted_grid.png", results["train"], class_names, grid_per_class, grid_classes)
    return report


def resolve_search(settings: dict | None) -> dict:
    """The search options over their defaults; an unknown key is a UserError."""
    return _resolve(settings)


def _resolve(settings: dict | None) -> dict:
    settings = dict(settings or {})
    unknown = sorted(set(settings) - set(UNRESTRICTED_DEFAULTS))
    if unknown:
        raise UserError(
            f"unknown unrestricted-example setting(s) {unknown}; known: {sorted(UNRESTRICTED_DEFAULTS)}"
        )
    return {**UNRESTRICTED_DEFAULTS, **settings}


def _check_compatible(generator: Generator, saved: dict, classifier) -> None:
    """A classifier for other data would be 'fooled' for the wrong reason."""
    head = getattr(classifier, "head", None)
    classes = getattr(head, "out_features", generator.num_classes)
    channels = int(classifier.mean.shape[1]) if hasattr(classifier, "mean") else generator.channels
    if classes != generator.num_classes or channels != generator.channels:
        raise UserError(
            f"the classifier ({classes} classes, {channels} channels) does not match the generator "
            f"({generator.num_classes} classes, {generator.channels} channels); "
            "use models trained on the same data"
        )


def _write_latents(path: Path, result: dict) -> None:
    from advaug.io import atomic_path

    arrays = {key: result[key].numpy() for key in ("z0", "z", "labels", "success")}
    if result.get("aux_confidence") is not None:
        arrays["aux_confidence"] = result["aux_confidence"].numpy()
    with atomic_path(path, suffix=".npz") as tmp:
        with open(tmp, "wb") as handle:
            np.savez(handle, **arrays)


def pair_grid(
    path_png: str | Path, result: dict, class_names: list[str], per_class: int = 4, classes: int = 10
) -> list[Path]:
    """Rows: classes; columns: clean G(z0, y) then unrestricted G(z, y), ``per_class`` pairs a row."""
    labels = result["labels"]
    shown = [c for c in range(len(class_names)) if (labels == c).any()][:classes]
    tiles, row_names = [], []
    for c in shown:
        index = (labels == c).nonzero().flatten()[:per_class]
        pairs = torch.stack([result["images_clean"][index], result["images_adv"][index]], dim=1).flatten(0, 1)
        missing = 2 * per_class - len(pairs)
        if missing:
            pairs = torch.cat([pairs, torch.ones(missing, *pairs.shape[1:])])
        tiles.append(pairs)
        row_names.append(class_names[c])
    images = torch.cat(tiles) if tiles else torch.ones(1, 1, 8, 8)
    columns = ["clean", "unrestricted"] * per_class
    return save_labelled_grid(path_png, images, 2 * per_class, row_labels=row_names, column_labels=columns)
