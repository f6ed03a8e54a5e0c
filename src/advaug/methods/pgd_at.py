"""PGD adversarial training (Madry et al. 2018, "Towards Deep Learning Models Resistant
to Adversarial Attacks"): train on the worst case PGD finds in the eps ball.

Defaults are Madry et al.'s CIFAR-10 setting: L-inf eps 8/255, step 2/255,
7 steps from a uniform random start, every sample adversarial
(``adv_fraction`` 1.0; lower values keep part of each batch clean). As in
their code the attack runs on the model in train mode. Each step is one
forward/backward over the attacked part of the batch, so cost grows with
``steps``; on a CPU, 1-3 steps keep a run short.

With ``norm: l2``, ``eps`` and ``alpha`` are L2 radii and the L-inf defaults
make no sense: leaving ``eps`` unset gives 0.5, the usual CIFAR L2 budget
(e.g. the MadryLab ``robustness`` library's CIFAR models), and ``alpha`` unset
gives eps / 4, which is 2/255 at eps 8/255 (Madry et al.'s ratio).
"""

from __future__ import annotations

from advaug.attacks.base import NORMS
from advaug.attacks.pgd import PGD
from advaug.methods.base import METHODS, Option
from advaug.methods.fgsm_at import AdversarialTraining

DEFAULT_EPS = {"linf": 8 / 255, "l2": 0.5}
# Madry et al. 2018, CIFAR-10: step 2/255 for eps 8/255
STEP_TO_EPS = 0.25


@METHODS.register("pgd_at")
class PGDAT(AdversarialTraining):
    options = {
        "eps": Option(None, "radius; null: 8/255 for linf, 0.5 for l2", kind=float, low=0),
        "alpha": Option(None, "step; null: eps / 4", kind=float, low=0),
        "steps": Option(7, "PGD steps", low=1),
        "norm": Option("linf", "the attack's norm", choices=NORMS),
        "adv_fraction": Option(1.0, "fraction of each batch replaced by adversarial copies", low=0, high=1),
        "random_start": Option(True, "start from a uniform point of the ball"),
    }

    def __init__(self, params, info):
        super().__init__(params, info)
        eps = self.params["eps"]
        self.eps = DEFAULT_EPS[self.params["norm"]] if eps is None else eps
        alpha = self.params["alpha"]
        self.alpha = STEP_TO_EPS * self.eps if alpha is None else alpha

    def build_attack(self, model):
        return PGD(
            model,
            self.eps,
            alpha=self.alpha,
            steps=self.params["steps"],
            random_start=bool(self.params["random_start"]),
            norm=self.params["norm"],
        )
