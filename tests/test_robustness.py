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
    perturb_against,
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


def train_mlp(digits, seed: int) -> nn.Module:
    torch.manual_seed(seed)
    images = digits.train_images.float() / 255.0
    model = Normalised(images[0].numel(), digits.num_classes)
    optimiser = torch.optim.Adam(model.parameters(), lr=3e-3)
    order = torch.randperm(len(images), generator=torch.Generator().manual_seed(seed))
    for step in range(120):
        index = order[torch.arange(step * 128, (step + 1) * 128) % len(images)]
        optimiser.zero_grad()
        F.cross_entropy(model(images[index]), digits.train_labels[index]).backward()
        optimiser.step()
    return model.eval()


@pytest.fixture(scope="module")
def trained(digits):
    return train_mlp(digits, 0), digits.test_images, digits.test_labels


@pytest.fixture(scope="module")
def other_model(digits):
    """A second model of the same kind (another seed): the per-model FGSM's "every other run"."""
    return train_mlp(digits, 1)


# the study's mix per image and in [0, 1] pixel units, so single samples can be checked
PER_SAMPLE = {"per": "sample", "units": "pixel", "fgsm_eps": 8 / 255}
STD = (0.3, 0.3, 0.3)


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


def test_perturbed_testset_is_fixed_by_seed_and_reference(trained, other_model):
    model, images, labels = trained
    first = make_perturbed_testset(images, labels, model, {"p": 0.3}, seed=7, batch_size=100, group_size=36, std=STD)
    second = make_perturbed_testset(images, labels, model, {"p": 0.3}, seed=7, batch_size=64, group_size=36, std=STD)
    other = make_perturbed_testset(images, labels, model, {"p": 0.3}, seed=8, group_size=36, std=STD)
    assert first["images"].dtype == torch.uint8 and first["images"].shape == images.shape
    for key in ("images", "base_images", "labels", *SAVED_MIX_KEYS):
        assert torch.equal(first[key], second[key]), key
    assert not torch.equal(first["base_images"], other["base_images"])
    assert first["mix_params"]["p"] == 0.3 and first["seed"] == 7 and first["mix_params"]["group_size"] == 36
    # another reference changes only the transferred FGSM, never the shared draws
    moved = make_perturbed_testset(images, labels, other_model, {"p": 0.3}, seed=7, group_size=36, std=STD)
    assert torch.equal(moved["base_images"], first["base_images"]) and torch.equal(moved["fgsm"], first["fgsm"])
    assert not torch.equal(moved["images"], first["images"])


def test_perturbed_testset_perturbs_the_chosen_samples_only(trained):
    model, images, labels = trained
    testset = make_perturbed_testset(images, labels, model, PER_SAMPLE, seed=0)
    chosen = testset["fgsm"] | testset["jitter"] | testset["noise"]
    assert 0.55 < chosen.float().mean() < 0.75  # 1 - 0.7^3 = 0.657
    assert torch.equal(testset["images"][~chosen], images[~chosen])
    assert torch.equal(testset["base_images"][~(testset["jitter"] | testset["noise"])],
                       images[~(testset["jitter"] | testset["noise"])])  # FGSM is not in the shared part
    only_fgsm = testset["fgsm"] & ~testset["jitter"] & ~testset["noise"]
    moved = (testset["images"][only_fgsm].int() - images[only_fgsm].int()).abs()
    assert only_fgsm.sum() > 10 and moved.max() <= 8  # 8/255 in uint8 levels
    # the mix hurts the model it was made against
    assert clean_accuracy(model, testset["images"], labels) < clean_accuracy(model, images, labels) - 0.02


def test_each_model_gets_its_own_fgsm_on_the_same_draws(trained, other_model):
    """The issue's measurement, in miniature: a model scored on FGSM made against another model
    (transfer) looks more robust than it is; attacked itself, it scores lower. Only the
    FGSM-assigned rows differ between the two sets."""
    model, images, labels = trained
    testset = make_perturbed_testset(images, labels, model, PER_SAMPLE, seed=0)
    assert torch.equal(perturb_against(model, testset), testset["images"])  # the reference, attacked itself
    own = perturb_against(other_model, testset)
    differs = (own != testset["images"]).flatten(1).any(1)
    assert bool(differs.any()) and not bool(differs[~testset["fgsm"]].any())
    transfer_accuracy = clean_accuracy(other_model, testset["images"], labels)
    own_accuracy = clean_accuracy(other_model, own, labels)
    print(f"other model on the perturbed set: own FGSM {own_accuracy:.3f}, transferred {transfer_accuracy:.3f}")
    assert own_accuracy < transfer_accuracy


def test_save_and_load_round_trip(trained, tmp_path):
    model, images, labels = trained
    testset = make_perturbed_testset(images[:50], labels[:50], model, {"noise_std": 0.1}, seed=3, std=STD)
    path = save_perturbed(tmp_path / "perturbed.npz", testset)
    loaded = load_perturbed(path)
    for key in ("images", "base_images", "labels", "fgsm_eps", *SAVED_MIX_KEYS):
        assert torch.equal(loaded[key], testset[key]), key
    assert loaded["mix_params"] == testset["mix_params"] and loaded["seed"] == 3
    assert [p.name for p in tmp_path.iterdir()] == ["perturbed.npz"]  # no temporary left behind
    with pytest.raises(UserError):
        load_perturbed(tmp_path / "missing.npz")
