"""FGSM adversarial training (Goodfellow et al. 2015) and "fast" AT (Wong et al. 2020).

A fraction ``adv_fraction`` of every batch is *replaced* by adversarial copies
(the rest stays clean), so the training forward pass keeps the batch size and
the attack costs one extra forward/backward over at most one copy of the
batch. Goodfellow et al. train on an equal clean/adversarial mix (their
alpha = 0.5), hence the default 0.5; ``random_start: true`` with
``adv_fraction: 1.0`` is the fast AT recipe of Wong, Rice and Kolter ("Fast is
better than free", ICLR 2020), whose step alpha defaults to 1.25 eps there.

The attack runs on the model in train mode, as in fast AT: BatchNorm uses the
batch statistics of the images being attacked, and the attack is cheap.
"""

from __future__ import annotations

import torch
from torch import nn

from advaug.attacks.base import Attack
from advaug.attacks.fgsm import FGSM
from advaug.methods.base import METHODS, Method, Option


class AdversarialTraining(Method):
    """Shared by FGSM- and PGD-AT: attack the first part of the batch, train on the result.

    Batches come from a random permutation, so the first ``adv_fraction`` of a
    batch is a random subset of it.
    """

    def build_attack(self, model: nn.Module) -> Attack:
        raise NotImplementedError

    def adversarial_batch(
        self, model: nn.Module, images: torch.Tensor, labels: torch.Tensor, rng: torch.Generator
    ) -> torch.Tensor:
        count = round(float(self.params["adv_fraction"]) * images.shape[0])
        if count == 0:
            return images
        adversarial = self.build_attack(model)(images[:count], labels[:count], rng=rng)
        if count == images.shape[0]:
            return adversarial.to(images.dtype)
        return torch.cat([adversarial.to(images.dtype), images[count:]])

    def loss(self, model, images, labels, ctx):
        inputs = self.adversarial_batch(model, images, labels, ctx.rng)
        return ctx.criterion(model(inputs), labels)


@METHODS.register("fgsm_at")
class FGSMAT(AdversarialTraining):
    options = {
        # the CIFAR L-inf budget of Madry et al. 2018 and Wong et al. 2020
        "eps": Option(8 / 255, "L-inf radius (images in [0, 1])", low=0),
        "adv_fraction": Option(0.5, "fraction of each batch replaced by adversarial copies", low=0, high=1),
        "random_start": Option(False, "start from a uniform point of the ball (fast AT)"),
        # None: eps, or 1.25 eps with random_start (Wong et al. 2020, Sec. 4)
        "alpha": Option(None, "step; null: eps, or 1.25 eps with random_start", kind=float, low=0),
    }

    def build_attack(self, model):
        alpha = self.params["alpha"]
        return FGSM(
            model,
            float(self.params["eps"]),
            random_start=bool(self.params["random_start"]),
            alpha=None if alpha is None else float(alpha),
        )
