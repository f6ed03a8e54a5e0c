"""Evaluation metrics against hand-computed values."""

from __future__ import annotations

import math

import pytest
import torch

from advaug.evaluation.metrics import classification_metrics, expected_calibration_error
from advaug.report.stats import format_mean_std, mean_std


def test_ece_matches_a_hand_computed_value():
    # confidences 0.9 (correct), 0.9 (wrong), 0.6 (correct), 0.3 (wrong; unnormalised row) in 2 bins:
    # bin (0, .5]: {0.3 wrong} -> |0 - 0.3| * 1/4; bin (.5, 1]: {0.9 ok, 0.9 no, 0.6 ok}
    # -> |2/3 - 0.8| * 3/4 = 0.1; total 0.075 + 0.1 = 0.175
    probs = torch.tensor([[0.9, 0.1], [0.9, 0.1], [0.4, 0.6], [0.3, 0.2]])
    labels = torch.tensor([0, 1, 1, 1])
    assert expected_calibration_error(probs, labels, bins=2) == pytest.approx(0.175)


def test_classification_metrics_top1_top5_and_loss():
    logits = torch.zeros(4, 12)
    logits[0, 3] = 5  # correct
    logits[1, 2] = 5  # wrong: label 7 is the 2nd choice -> in the top 5
    logits[1, 7] = 4
    logits[2, 0] = 5  # wrong, label not in top 5 (ties resolved, label 11 last)
    logits[3, 11] = 5  # correct
    labels = torch.tensor([3, 7, 11, 11])
    logits[2, 1:5] = 1
    metrics = classification_metrics(logits, labels)
    assert metrics["top1"] == pytest.approx(0.5)
    assert metrics["top5"] == pytest.approx(0.75)
    assert metrics["loss"] == pytest.approx(float(torch.nn.functional.cross_entropy(logits, labels)))
    assert "top5" not in classification_metrics(logits[:, :10], labels.clamp(max=9))


def test_mean_and_sample_std_over_seeds():
    mean, std = mean_std([0.90, 0.92, 0.97])
    assert mean == pytest.approx(0.93)
    assert std == pytest.approx(math.sqrt(((0.03) ** 2 + (0.01) ** 2 + (0.04) ** 2) / 2))
    assert math.isnan(mean_std([0.5])[1])
    assert format_mean_std(0.93, 0.0360555) == "93.00 ± 3.61"
    assert format_mean_std(0.5, math.nan) == "50.00"
