"""Error per corruption and severity on a "<dataset>-C" set (Hendrycks & Dietterich, 2019)."""

from __future__ import annotations

import pandas as pd
import torch

from advaug.evaluation.metrics import predict_logits


def corruption_errors(model, corrupted: dict, batch_size: int, precision: str = "fp32") -> pd.DataFrame:
    """One row per (corruption, severity): top-1 error of ``model`` on those images."""
    images = torch.from_numpy(corrupted["images"]).permute(0, 3, 1, 2)
    labels = torch.from_numpy(corrupted["labels"])
    logits = predict_logits(model, images, batch_size, precision)
    wrong = logits.argmax(1).cpu().ne(labels).numpy()
    frame = pd.DataFrame(
        {"corruption": corrupted["corruption"], "severity": corrupted["severity"], "wrong": wrong}
    )
    errors = frame.groupby(["corruption", "severity"], sort=False)["wrong"].mean().rename("error")
    return errors.reset_index()


def mean_corruption_error(errors: pd.DataFrame) -> float:
    """Unnormalised mean error over corruptions and severities (the per-model summary)."""
    return float(errors["error"].mean())
