"""``advaug evaluate``: the metrics every trained run gets, written as one JSON per run."""

from __future__ import annotations

from pathlib import Path

from advaug.data.canonical import load_prepared
from advaug.evaluation.metrics import classification_metrics, predict_logits
from advaug.io import write_json


def evaluate_run(
    run_dir: str | Path,
    data_dir: str | Path,
    out: str | Path,
    settings: dict,
    device: str | None = None,
    threads: int = 0,
    corrupted_dir: str | Path | None = None,
) -> dict:
    from advaug.errors import UserError
    from advaug.runtime import lease_gpu, resolve_device, set_threads
    from advaug.training.loop import load_trained

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
    precision = "bf16" if meta.get("precision") == "bf16" and device == "cuda" else "fp32"
    logits = predict_logits(model, data.test_images, settings["eval_batch_size"], precision)
    clean = classification_metrics(logits, data.test_labels, settings["evaluation"]["ece_bins"])
    metrics = {
        "dataset": meta["dataset"],
        "model": meta["model"],
        "method": meta["method"],
        "seed": meta["seed"],
        "device": device,
        "clean": clean,
    }
    if corrupted_dir is not None:
        metrics["corruption"] = _corruption_section(model, corrupted_dir, settings, precision, Path(out))
    write_json(out, metrics)
    return metrics


def _corruption_section(model, corrupted_dir, settings: dict, precision: str, out: Path) -> dict:
    """Errors per corruption x severity go to corruption.csv beside the metrics; the mean to the JSON."""
    from advaug.corruptions.build import load_corrupted
    from advaug.evaluation.corruption import corruption_errors, mean_corruption_error
    from advaug.io import write_text

    errors = corruption_errors(model, load_corrupted(corrupted_dir), settings["eval_batch_size"], precision)
    write_text(out.parent / "corruption.csv", errors.to_csv(index=False))
    return {"mean_error": mean_corruption_error(errors), "chunks": int(len(errors))}
