"""Projected gradient descent (Madry et al. 2018, "Towards Deep Learning Models
Resistant to Adversarial Attacks"): repeated steepest-ascent steps, each
projected back into the eps ball and [0, 1], from a random start in the ball.
"""

from __future__ import annotations

from torch import nn

from advaug.attacks.base import ATTACKS, Attack, LossFn
from advaug.errors import UserError

DEFAULT_STEPS = 10
# Default step 2.5 eps / steps, the rule of MadryLab's `robustness` library
# (robustness.readthedocs.io, "attack_lr"): enough to cross the ball from any
# start and still move along its boundary.
STEP_SIZE_FACTOR = 2.5


@ATTACKS.register("pgd")
class PGD(Attack):
    name = "pgd"

    def __init__(
        self,
        model: nn.Module,
        eps: float,
        alpha: float | None = None,
        steps: int = DEFAULT_STEPS,
        random_start: bool = True,
        norm: str = "linf",
        loss_fn: LossFn | None = None,
        eval_mode: bool = False,
    ):
        super().__init__(model, eps, norm, loss_fn, eval_mode)
        if not isinstance(steps, int) or steps < 1:
            raise UserError(f"pgd steps must be a positive integer, got {steps!r}")
        if alpha is None:
            alpha = STEP_SIZE_FACTOR * self.eps / steps
        if alpha < 0:
            raise UserError(f"pgd alpha must be >= 0, got {alpha}")
        self.alpha = float(alpha)
        self.steps = steps
        self.random_start_enabled = bool(random_start)

    def perturb(self, clean, labels, rng):
        adversarial = self.random_start(clean, rng) if self.random_start_enabled else clean
        for _ in range(self.steps):
            gradient = self.input_gradient(adversarial, labels)
            adversarial = self.project(self.ascend(adversarial, gradient, self.alpha), clean)
        return adversarial
