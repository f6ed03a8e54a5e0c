"""FGSM (Goodfellow et al. 2015) and its random-start form, "fast AT" (Wong et al. 2020).

One gradient step: from the clean image with step eps (the original attack),
or from a uniform point in the eps ball with step alpha, which Wong, Rice and
Kolter ("Fast is better than free", ICLR 2020) show avoids the catastrophic
overfitting of plain FGSM training.
"""

from __future__ import annotations

from torch import nn

from advaug.attacks.base import ATTACKS, Attack, LossFn
from advaug.errors import UserError

# Wong et al. 2020, Section 4: alpha = 1.25 eps works best with a random start.
FAST_AT_STEP_RATIO = 1.25


@ATTACKS.register("fgsm")
class FGSM(Attack):
    name = "fgsm"

    def __init__(
        self,
        model: nn.Module,
        eps: float,
        random_start: bool = False,
        alpha: float | None = None,
        norm: str = "linf",
        loss_fn: LossFn | None = None,
        eval_mode: bool = False,
    ):
        super().__init__(model, eps, norm, loss_fn, eval_mode)
        self.random_start_enabled = bool(random_start)
        if alpha is None:
            alpha = FAST_AT_STEP_RATIO * self.eps if random_start else self.eps
        if alpha < 0:
            raise UserError(f"fgsm alpha must be >= 0, got {alpha}")
        self.alpha = float(alpha)

    def perturb(self, clean, labels, rng):
        start = self.random_start(clean, rng) if self.random_start_enabled else clean
        gradient = self.input_gradient(start, labels)
        return self.ascend(start, gradient, self.alpha)
