"""``advaug evaluate``: the metrics every trained run gets, written as one JSON per run."""

from __future__ import annotations

from pathlib import Path

from advaug.data.canonical import load_prepared
from advaug.evaluation.knn import fit_knn_head, head_accuracy
from advaug.evaluation.metrics import classification_metrics, is_channels_last, predict_logits
from advaug.evaluation.robustness import load_perturbed, perturb_against, robust_accuracy
from advaug.io import write_json


def evaluate_run(
    run_dir: str | Path,
    data_dir: str | Path,
    out: str | Path,
    settings: dict,
    device: str | None = None,
    threads: int = 0,
    corrupted_dir: str | Path | None = None,
    gan_samples_dir: str | Path | None = None,
    unrestricted_dir: str | Path | None = None,
    perturbed_path: str | Path | None = None,
    generator_path: str | Path | None = None,
    discriminator_path: str | Path | None = None,
) -> dict:
    """Every metric of one run into ``out``; the optional test sets add their sections.

    ``generator_path`` (and ``discriminator_path``) add unrestricted examples
    searched against this very model (``evaluation.unrestricted``).
    """
    from advaug.errors import UserError
    from advaug.runtime import lease_gpu, resolve_device, set_threads
    from advaug.training.loop import load_trained, stratified_subset

    model_path = Path(run_dir) / "model.pt"
    if not model_path.exists():
        raise UserError(f"{model_path} does not exist; train the run first (advaug train)")
    requested = device or settings.get("device", "auto")
    if requested in ("auto", "cuda"):
        lease_gpu()
    device = resolve_device(requested)
    set_threads(threads)
    data = load_prepared(data_dir)
    model, meta = load_trained(model_path, device)
    # Evaluate as the run trained: bf16 where training resolved to bf16 (CUDA's default, or
    # asked for explicitly on the CPU), and in channels_last when it trained in it (load_trained).
    precision = "bf16" if meta.get("precision") == "bf16" and device == meta.get("device", device) else "fp32"
    channels_last = is_channels_last(model)
    logits = predict_logits(model, data.test_images, settings["eval_batch_size"], precision)
    clean = classification_metrics(logits, data.test_labels, settings["evaluation"]["ece_bins"])
    metrics = {
        "dataset": meta["dataset"],
        "model": meta["model"],
        "method": meta["method"],
        "seed": meta["seed"],
        "device": device,
        "precision": precision,
        "channels_last": channels_last,
        "clean": clean,
    }
    options = settings["evaluation"]
    batch_size = settings["eval_batch_size"]
    # The head sees exactly the images the model trained on: the same stratified subset.
    fraction = meta.get("settings", {}).get("training", {}).get("train_fraction", 1.0)
    subset = stratified_subset(data.train_labels, fraction)
    head = fit_knn_head(model, data.train_images[subset], data.train_labels[subset], options["knn_k"],
                        batch_size, precision)
    metrics["knn"] = {
        "top1": head_accuracy(head, model, data.test_images, data.test_labels, batch_size, precision),
        "train_images": int(len(subset)),
    }
    if options["robust"]["enabled"]:
        metrics["robust"] = _robust_section(model, data, options["robust"], batch_size, precision)
    if perturbed_path is not None:
        metrics["perturbed"] = _perturbed_section(model, head, perturbed_path, batch_size, precision)
    if corrupted_dir is not None:
        metrics["corruption"] = _corruption_section(model, corrupted_dir, settings, precision, Path(out))
    if gan_samples_dir is not None or unrestricted_dir is not None or generator_path is not None:
        metrics["gan"] = _gan_section(model, gan_samples_dir, unrestricted_dir, settings, precision)
    if generator_path is not None and options.get("unrestricted", {}).get("enabled", True):
        metrics["gan"].update(_own_unrestricted(model, generator_path, discriminator_path, options, device))
    write_json(out, metrics)
    return metrics


def _robust_section(model, data, robust: dict, batch_size: int, precision: str) -> dict:
    """FGSM and PGD robust accuracy at one linf budget, in eval mode, seeded."""
    common = dict(eps=robust["eps"], batch_size=batch_size, precision=precision)
    return {
        "eps": robust["eps"],
        "fgsm_top1": robust_accuracy(model, data.test_images, data.test_labels, "fgsm", **common),
        "pgd_top1": robust_accuracy(
            model, data.test_images, data.test_labels, "pgd", steps=robust["pgd_steps"],
            alpha=robust["pgd_alpha"], **common,
        ),
        "pgd_steps": robust["pgd_steps"],
    }


def _perturbed_section(model, head, perturbed_path, batch_size: int, precision: str) -> dict:
    """Accuracy (logits and k-NN) on the shared perturbed test set with FGSM against this model
    (``top1``, ``knn_top1``) and with the reference model's FGSM (``transfer_*``)."""
    testset = load_perturbed(perturbed_path)
    section = {}
    for prefix, images in (("", perturb_against(model, testset, batch_size)), ("transfer_", testset["images"])):
        logits = predict_logits(model, images, batch_size, precision)
        section[f"{prefix}top1"] = classification_metrics(logits, testset["labels"])["top1"]
        section[f"{prefix}knn_top1"] = head_accuracy(head, model, images, testset["labels"], batch_size, precision)
    section["fgsm_fraction"] = float(testset["fgsm"].float().mean())
    return section


def _gan_section(model, samples_dir, unrestricted_dir, settings: dict, precision: str) -> dict:
    """Accuracy on the AC-GAN's clean samples and on the unrestricted examples made against
    the reference model (test splits): the latter is a transfer score."""
    section = {}
    for key, folder in (("generated_top1", samples_dir), ("unrestricted_transfer_top1", unrestricted_dir)):
        if folder is not None:
            generated = load_prepared(folder)
            logits = predict_logits(model, generated.test_images, settings["eval_batch_size"], precision)
            section[key] = float(logits.argmax(1).cpu().eq(generated.test_labels).float().mean())
    return section


def _own_unrestricted(model, generator_path, discriminator_path, options: dict, device: str) -> dict:
    """Unrestricted examples searched against this model (success-filtered; see attack_model)."""
    from advaug.gan.models import load_discriminator, load_generator
    from advaug.gan.unrestricted import attack_model

    generator, _ = load_generator(generator_path, device)
    discriminator = load_discriminator(discriminator_path, device)[0] if discriminator_path else None
    result = attack_model(generator, discriminator, model, options.get("unrestricted"))
    return {
        "unrestricted_top1": result["top1"],
        "unrestricted_success_rate": result["success_rate"],
        "unrestricted_kept": result["kept"],
        "unrestricted_searched": result["searched"],
    }


def _corruption_section(model, corrupted_dir, settings: dict, precision: str, out: Path) -> dict:
    """Errors per corruption x severity go to corruption.csv beside the metrics; the mean to the JSON."""
    from advaug.corruptions.build import load_corrupted
    from advaug.evaluation.corruption import corruption_errors, mean_corruption_error
    from advaug.io import write_csv

    errors = corruption_errors(model, load_corrupted(corrupted_dir), settings["eval_batch_size"], precision)
    write_csv(out.parent / "corruption.csv", errors)
    return {"mean_error": mean_corruption_error(errors), "chunks": int(len(errors))}
