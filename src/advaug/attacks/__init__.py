"""Adversarial attacks in [0, 1] image space; ``ATTACKS`` finds them by name."""

from advaug.attacks.base import ATTACKS, Attack, build_attack
from advaug.attacks.fgsm import FGSM
from advaug.attacks.pgd import PGD

__all__ = ["ATTACKS", "Attack", "FGSM", "PGD", "build_attack"]
