"""Robust accuracy and the fixed perturbed test set, on a small model trained on real digits."""

from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F
from torch import nn

from advaug.errors import UserError
from advaug.evaluation.metrics import predict_logits
from advaug.evaluation.robustness import (
    SAVED_MIX_KEYS,
    load_perturbed,
    make_perturbed_testset,
    robust_accuracy,
    save_perturbed,
)


class Normalised(nn.Module):
    """A small MLP with BatchNorm (so train and eval mode differ) on [0, 1] images."""

    def __init__(self, in_features: int, classes: int):
        super().__init__()
        self.net = nn.Sequential(
            nn.Flatten(), nn.Linear(in_features, 64), nn.BatchNorm1d(64), nn.ReLU(), nn.Linear(64, classes)
        )

    def forward(self, images):
        return self.net(images * 4.0 - 2.0)


@pytest.fixture(scope="module")
def trained(digits):
    torch.manual_seed(0)
    images = digits.train_images.float() / 255.0
    model = Normalised(images[0].numel(), digits.num_classes)
    optimiser = torch.optim.Adam(model.parameters(), lr=3e-3)
    for step in range(120):
        index = torch.arange(step * 128, (step + 1) * 128) % len(images)
        optimiser.zero_grad()
        F.cross_entropy(model(images[index]), digits.train_labels[index]).backward()
        optimiser.step()
    model.eval()
    return model, digits.test_images, digits.test_labels


def clean_accuracy(model, images, labels) -> float:
    return predict_logits(model, images).argmax(1).eq(labels).float().mean().item()


def test_pgd_is_at_most_fgsm_is_below_clean(trained):
    model, images, labels = trained
    clean = clean_accuracy(model, images, labels)
    fgsm = robust_accuracy(model, images, labels, "fgsm", eps=8 / 255)
    start = torch.Generator().manual_seed(0)
    pgd = robust_accuracy(model, images, labels, "pgd", eps=8 / 255, steps=10, rng=start)
    assert clean > 0.85
    assert pgd <= fgsm < clean - 0.05
    assert robust_accuracy(model, images, labels, "fgsm", eps=0.0) == pytest.approx(clean)
    # a bigger budget hurts more
    assert robust_accuracy(model, images, labels, "fgsm", eps=16 / 255) < fgsm


def test_robust_accuracy_uses_eval_mode_and_restores_the_mode(trained):
    model, images, labels = trained
    expected = robust_accuracy(model, images, labels, "fgsm", batch_size=64)
    model.train()
    try:
        assert robust_accuracy(model, images, labels, "fgsm", batch_size=128) == expected
        assert model.training
    finally:
        model.eval()


def test_unknown_attack_is_a_user_error(trained):
    model, images, labels = trained
    with pytest.raises(UserError):
        robust_accuracy(model, images, labels, "cw")


def test_perturbed_testset_is_fixed_by_seed_and_reference(trained):
    model, images, labels = trained
    first = make_perturbed_testset(images, labels, model, {"p": 0.3}, seed=7, batch_size=100)
    second = make_perturbed_testset(images, labels, model, {"p": 0.3}, seed=7, batch_size=64)
    other = make_perturbed_testset(images, labels, model, {"p": 0.3}, seed=8)
    assert first["images"].dtype == torch.uint8 and first["images"].shape == images.shape
    for key in ("images", "labels", *SAVED_MIX_KEYS):
        assert torch.equal(first[key], second[key]), key
    assert not torch.equal(first["images"], other["images"])
    assert first["mix_params"]["p"] == 0.3 and first["seed"] == 7


def test_perturbed_testset_perturbs_the_chosen_samples_only(trained):
    model, images, labels = trained
    testset = make_perturbed_testset(images, labels, model, seed=0)
    chosen = testset["fgsm"] | testset["jitter"] | testset["noise"]
    assert 0.55 < chosen.float().mean() < 0.75  # 1 - 0.7^3 = 0.657
    assert torch.equal(testset["images"][~chosen], images[~chosen])
    only_fgsm = testset["fgsm"] & ~testset["jitter"] & ~testset["noise"]
    moved = (testset["images"][only_fgsm].int() - images[only_fgsm].int()).abs()
    assert only_fgsm.sum() > 10 and moved.max() <= 8  # 8/255 in uint8 levels
    # the mix hurts the model it was made against
    assert clean_accuracy(model, testset["images"], labels) < clean_accuracy(model, images, labels) - 0.05


def test_save_and_load_round_trip(trained, tmp_path):
    model, images, labels = trained
    testset = make_perturbed_testset(images[:50], labels[:50], model, {"noise_std": 0.1}, seed=3)
    path = save_perturbed(tmp_path / "perturbed.npz", testset)
    loaded = load_perturbed(path)
    for key in ("images", "labels", *SAVED_MIX_KEYS):
        assert torch.equal(loaded[key], testset[key]), key
    assert loaded["mix_params"] == testset["mix_params"] and loaded["seed"] == 3
    assert [p.name for p in tmp_path.iterdir()] == ["perturbed.npz"]  # no temporary left behind
    with pytest.raises(UserError):
        load_perturbed(tmp_path / "missing.npz")
