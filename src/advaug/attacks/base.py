"""What every adversarial attack shares, so that each attack is a few lines.

Attacks work in [0, 1] image space (the model normalises inside), return
float32 images that lie in [0, 1] and in the eps ball around the clean images,
and take gradients with respect to the input only: a training step that
attacks first and then calls ``loss.backward()`` never sees gradients that the
attack left on the parameters. Gradients are taken for a float32 input with a
float32 loss, so that the perturbation is exact even when the caller trains
under ``torch.autocast`` in bfloat16 (the forward itself may still run in
bfloat16, which is what makes it fast).
"""

from __future__ import annotations

import math
from typing import Any, Callable

import torch
import torch.nn.functional as F
from torch import nn

from advaug.errors import UserError
from advaug.registry import Registry

#: per-sample loss: (logits, labels) -> (N,) losses that the attack increases
LossFn = Callable[[torch.Tensor, torch.Tensor], torch.Tensor]

NORMS = ("linf", "l2")
# Guards the division by a gradient or perturbation norm that can be exactly zero.
NORM_FLOOR = 1e-12


def per_sample_cross_entropy(logits: torch.Tensor, labels: torch.Tensor) -> torch.Tensor:
    return F.cross_entropy(logits, labels, reduction="none")


def per_sample_norm(tensor: torch.Tensor) -> torch.Tensor:
    """L2 norm of each sample, shaped to broadcast against the batch."""
    return tensor.flatten(1).norm(dim=1).view(-1, *([1] * (tensor.dim() - 1)))


class Attack:
    """Base class: subclasses implement :meth:`perturb` from the helpers below."""

    name: str = ""

    def __init__(
        self,
        model: nn.Module,
        eps: float,
        norm: str = "linf",
        loss_fn: LossFn | None = None,
        eval_mode: bool = False,
    ):
        if norm not in NORMS:
            raise UserError(f"attack norm must be one of {', '.join(NORMS)}, got {norm!r}")
        if not (isinstance(eps, (int, float)) and math.isfinite(eps) and eps >= 0):
            raise UserError(f"attack eps must be a finite number >= 0, got {eps!r}")
        self.model = model
        self.eps = float(eps)
        self.norm = norm
        self.loss_fn = loss_fn or per_sample_cross_entropy
        # Fast adversarial training attacks in train mode (batch statistics);
        # robustness evaluation attacks the deployed, eval-mode model.
        self.eval_mode = eval_mode

    def __call__(
        self, images: torch.Tensor, labels: torch.Tensor, rng: torch.Generator | None = None
    ) -> torch.Tensor:
        """Adversarial versions of ``images`` (float32, detached, in [0, 1] and the eps ball)."""
        clean = images.detach().float()
        modes = [module.training for module in self.model.modules()]
        if self.eval_mode:
            self.model.eval()
        try:
            with torch.enable_grad():
                adversarial = self.perturb(clean, labels, rng)
        finally:
            for module, mode in zip(self.model.modules(), modes):
                module.training = mode
        return self.project(adversarial, clean).detach()

    def perturb(self, clean: torch.Tensor, labels: torch.Tensor, rng: torch.Generator | None) -> torch.Tensor:
        raise NotImplementedError

    def input_gradient(self, images: torch.Tensor, labels: torch.Tensor) -> torch.Tensor:
        """Gradient of the summed per-sample loss w.r.t. the float32 input alone."""
        images = images.detach().requires_grad_(True)
        loss = self.loss_fn(self.model(images).float(), labels).float().sum()
        (gradient,) = torch.autograd.grad(loss, images)
        return gradient.float()

    def ascend(self, images: torch.Tensor, gradient: torch.Tensor, step_size: float) -> torch.Tensor:
        """One steepest-ascent step for the norm: sign for linf, unit direction for l2."""
        if self.norm == "linf":
            direction = gradient.sign()
        else:
            direction = gradient / per_sample_norm(gradient).clamp_min(NORM_FLOOR)
        return images + step_size * direction

    def project(self, images: torch.Tensor, clean: torch.Tensor) -> torch.Tensor:
        """Nearest point in the eps ball, then in [0, 1].

        Clipping to [0, 1] moves each pixel towards the clean pixel (which lies
        in [0, 1]), so it never leaves the ball that the first step entered.
        """
        delta = images - clean
        if self.norm == "linf":
            delta = delta.clamp(-self.eps, self.eps)
        else:
            scale = (self.eps / per_sample_norm(delta).clamp_min(NORM_FLOOR)).clamp(max=1.0)
            delta = delta * scale
        return (clean + delta).clamp(0.0, 1.0)

    def random_start(self, clean: torch.Tensor, rng: torch.Generator | None) -> torch.Tensor:
        """A uniform draw from the eps ball (linf: per pixel; l2: uniform in volume)."""
        if rng is None:
            raise ValueError(
                f"{type(self).__name__} with a random start needs rng=torch.Generator "
                "on the images' device, so that runs are reproducible"
            )
        shape, device = clean.shape, clean.device
        if self.norm == "linf":
            noise = torch.rand(shape, generator=rng, device=device) * 2 - 1
            return self.project(clean + self.eps * noise, clean)
        direction = torch.randn(shape, generator=rng, device=device)
        direction = direction / per_sample_norm(direction).clamp_min(NORM_FLOOR)
        # Radius u^(1/d) * eps makes the draw uniform over the ball's volume.
        dims = clean[0].numel()
        radius = torch.rand(shape[0], generator=rng, device=device) ** (1.0 / dims)
        radius = radius.view(-1, *([1] * (clean.dim() - 1)))
        return self.project(clean + self.eps * radius * direction, clean)


ATTACKS: Registry[type[Attack]] = Registry("attack", "advaug.attacks")


def build_attack(name: str, model: nn.Module, **params: Any) -> Attack:
    """Build a registered attack by name (``build_attack("pgd", model, eps=8/255)``)."""
    attack_class = ATTACKS.get(name)
    try:
        return attack_class(model, **params)
    except TypeError as exc:
        raise UserError(f"attack {name!r}: bad option(s) {sorted(params)}: {exc}") from None
