"""Attacks must raise the loss, respect their budget and leave the model as they found it."""

from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F
from torch import nn

from advaug.attacks import ATTACKS, FGSM, PGD, build_attack
from advaug.attacks.base import per_sample_norm
from advaug.errors import UserError

EPS = {"linf": 0.1, "l2": 0.8}
TOLERANCE = 1e-5


def synthetic_batch(count: int, seed: int) -> tuple[torch.Tensor, torch.Tensor]:
    """1x8x8 images whose class is XOR(top half brighter, left half brighter).

    A model of this task is far from linear, so a single FGSM step is not
    already the worst case and iterating (PGD) must find more.
    """
    rng = torch.Generator().manual_seed(seed)
    top_brighter = torch.randint(0, 2, (count,), generator=rng)
    left_brighter = torch.randint(0, 2, (count,), generator=rng)
    images = torch.rand(count, 1, 8, 8, generator=rng) * 0.6 + 0.2
    top = torch.full((8, 8), -0.1)
    top[:4] = 0.1
    left = top.T
    images = images + sign(top_brighter) * top + sign(left_brighter) * left
    return images.clamp(0, 1), top_brighter ^ left_brighter


def sign(bits: torch.Tensor) -> torch.Tensor:
    return (bits.float() * 2 - 1).view(-1, 1, 1, 1)


def tiny_model() -> nn.Module:
    torch.manual_seed(0)
    return nn.Sequential(nn.Flatten(), nn.Linear(64, 32), nn.BatchNorm1d(32), nn.ReLU(), nn.Linear(32, 2))


@pytest.fixture(scope="module")
def trained() -> tuple[nn.Module, torch.Tensor, torch.Tensor]:
    model = tiny_model()
    images, labels = synthetic_batch(512, seed=1)
    optimiser = torch.optim.Adam(model.parameters(), lr=1e-2)
    for step in range(300):
        batch = slice((step % 4) * 128, (step % 4 + 1) * 128)
        optimiser.zero_grad()
        F.cross_entropy(model(images[batch]), labels[batch]).backward()
        optimiser.step()
    optimiser.zero_grad(set_to_none=True)
    model.eval()
    test_images, test_labels = synthetic_batch(256, seed=2)
    assert accuracy(model, test_images, test_labels) > 0.95
    return model, test_images, test_labels


def accuracy(model, images, labels) -> float:
    with torch.no_grad():
        return (model(images).argmax(1) == labels).float().mean().item()


def mean_loss(model, images, labels) -> float:
    with torch.no_grad():
        return F.cross_entropy(model(images), labels).item()


def seeded(seed: int = 0) -> torch.Generator:
    return torch.Generator().manual_seed(seed)


def check_budget(adversarial, clean, norm, eps):
    assert adversarial.dtype == torch.float32
    assert adversarial.shape == clean.shape
    assert adversarial.min() >= 0 and adversarial.max() <= 1
    if norm == "linf":
        assert (adversarial - clean).abs().max() <= eps + TOLERANCE
    else:
        assert per_sample_norm(adversarial - clean).max() <= eps + TOLERANCE


@pytest.mark.parametrize("norm", ["linf", "l2"])
@pytest.mark.parametrize("random_start", [False, True])
def test_fgsm_raises_loss_within_budget(trained, norm, random_start):
    model, images, labels = trained
    attack = FGSM(model, EPS[norm], random_start=random_start, norm=norm)
    adversarial = attack(images, labels, rng=seeded())
    check_budget(adversarial, images, norm, EPS[norm])
    assert mean_loss(model, adversarial, labels) > mean_loss(model, images, labels) + 0.5


@pytest.mark.parametrize("norm", ["linf", "l2"])
def test_pgd_beats_fgsm_within_budget(trained, norm):
    model, images, labels = trained
    fgsm = FGSM(model, EPS[norm], norm=norm)(images, labels)
    pgd = PGD(model, EPS[norm], steps=10, norm=norm)(images, labels, rng=seeded())
    check_budget(pgd, images, norm, EPS[norm])
    assert mean_loss(model, pgd, labels) > mean_loss(model, fgsm, labels)
    assert accuracy(model, pgd, labels) <= accuracy(model, fgsm, labels)
    assert accuracy(model, pgd, labels) < accuracy(model, images, labels) - 0.3


def test_budget_holds_at_image_borders(trained):
    """Pixels at 0 or 1 get clipped; the result must still be in both [0, 1] and the ball."""
    model, images, labels = trained
    saturated = (images > 0.5).float()
    for norm in ("linf", "l2"):
        attack = PGD(model, EPS[norm], alpha=EPS[norm], steps=3, norm=norm)
        check_budget(attack(saturated, labels, rng=seeded()), saturated, norm, EPS[norm])


def test_random_start_is_uniform_in_the_ball():
    attack = PGD(nn.Identity(), eps=0.5, norm="l2")
    clean = torch.full((2000, 1, 2, 2), 0.5)
    start = attack.random_start(clean, seeded())
    norms = per_sample_norm(start - clean).flatten()
    assert norms.max() <= 0.5 + TOLERANCE
    # Uniform in a 4-d ball: P(radius <= r) = (r / eps)^4, so the median radius is 0.5^(1/4) eps.
    assert abs(norms.median().item() - 0.5 * 0.5**0.25) < 0.02


def test_zero_eps_returns_clean_images(trained):
    model, images, labels = trained
    adversarial = PGD(model, 0.0, steps=2)(images, labels, rng=seeded())
    assert torch.equal(adversarial, images)


def test_no_gradients_left_on_parameters(trained):
    model, images, labels = trained
    PGD(model, 0.1, steps=2)(images, labels, rng=seeded())
    FGSM(model, 0.1)(images, labels)
    assert all(parameter.grad is None for parameter in model.parameters())


def test_works_under_no_grad(trained):
    model, images, labels = trained
    with torch.no_grad():
        adversarial = FGSM(model, 0.1)(images, labels)
    assert mean_loss(model, adversarial, labels) > mean_loss(model, images, labels)


def test_bfloat16_autocast_gives_float32_images(trained):
    model, images, labels = trained
    with torch.autocast("cpu", dtype=torch.bfloat16):
        assert model(images).dtype == torch.bfloat16  # the forward really runs in bf16
        adversarial = PGD(model, 0.1, steps=5)(images, labels, rng=seeded())
    check_budget(adversarial, images, "linf", 0.1)
    assert mean_loss(model, adversarial, labels) > mean_loss(model, images, labels) + 0.5


def test_seeded_generator_makes_attacks_reproducible(trained):
    model, images, labels = trained
    attack = PGD(model, 0.1, alpha=0.01, steps=2)  # small steps: the start still matters
    first = attack(images, labels, rng=seeded(3))
    assert torch.equal(first, attack(images, labels, rng=seeded(3)))
    assert not torch.equal(first, attack(images, labels, rng=seeded(4)))


def test_random_start_without_generator_is_refused(trained):
    model, images, labels = trained
    with pytest.raises(ValueError, match="rng"):
        FGSM(model, 0.1, random_start=True)(images, labels)


def test_keeps_mode_by_default_and_eval_mode_freezes_batchnorm(trained):
    model, images, labels = trained
    batchnorm = model[2]
    model.train()
    try:
        before = batchnorm.running_mean.clone()
        FGSM(model, 0.1, eval_mode=True)(images, labels)
        assert torch.equal(batchnorm.running_mean, before)
        assert model.training and batchnorm.training
        FGSM(model, 0.1)(images, labels)  # train mode: batch statistics, running stats move
        assert not torch.equal(batchnorm.running_mean, before)
        assert model.training
    finally:
        batchnorm.running_mean.copy_(before)
        model.eval()


def test_eval_mode_restores_mixed_submodule_modes(trained):
    model, images, labels = trained
    model.train()
    model[2].eval()  # e.g. frozen BatchNorm during fine-tuning
    try:
        FGSM(model, 0.1, eval_mode=True)(images, labels)
        assert model.training and model[1].training and not model[2].training
    finally:
        model.eval()


def test_custom_per_sample_loss_is_maximised(trained):
    """A loss that rewards class 0 everywhere must push predictions towards class 0."""
    model, images, labels = trained

    def logit_of_class_zero(logits, _labels):
        return logits[:, 0] - logits[:, 1]

    adversarial = PGD(model, 0.2, steps=10, loss_fn=logit_of_class_zero)(images, labels, rng=seeded())
    with torch.no_grad():
        predictions = model(adversarial).argmax(1)
    assert (predictions == 0).float().mean() > 0.9


def test_registry_builds_attacks_and_rejects_mistakes(trained):
    model = trained[0]
    assert {"fgsm", "pgd"} <= set(ATTACKS.names())
    attack = build_attack("pgd", model, eps=8 / 255, steps=7)
    assert isinstance(attack, PGD) and attack.steps == 7
    assert attack.alpha == pytest.approx(2.5 * (8 / 255) / 7)
    assert build_attack("fgsm", model, eps=0.1, random_start=True).alpha == pytest.approx(0.125)
    with pytest.raises(UserError, match="unknown attack"):
        build_attack("cw", model, eps=0.1)
    with pytest.raises(UserError, match="bad option"):
        build_attack("pgd", model, eps=0.1, stepz=3)
    with pytest.raises(UserError, match="norm"):
        build_attack("pgd", model, eps=0.1, norm="l1")
    with pytest.raises(UserError, match="eps"):
        build_attack("fgsm", model, eps=-0.1)
    with pytest.raises(UserError, match="steps"):
        build_attack("pgd", model, eps=0.1, steps=0)
