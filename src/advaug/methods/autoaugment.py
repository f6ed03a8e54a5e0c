"""AutoAugment with the CIFAR-10 policy (Cubuk et al. 2019), one sub-policy per image.

Each image draws one of the 25 sub-policies; each of its two ops is applied
with the listed probability at the listed magnitude bin (of 10), with a random
sign for signed ops, as torchvision's ``AutoAugment(AutoAugmentPolicy.CIFAR10)``.
"""

from __future__ import annotations

import torch

from advaug.methods._cutout import CutoutAfterPolicy
from advaug.methods.base import METHODS, Option
from advaug.ops.policy import (
    IDENTITY,
    INTERPOLATIONS,
    AugmentationSpace,
    apply_sequence,
    randaugment_space,
)

# The learned CIFAR-10 policy: 25 sub-policies of two (op, probability, magnitude bin)
# steps. Cubuk et al. 2019, "AutoAugment: Learning Augmentation Strategies from Data",
# appendix table of the reduced-CIFAR-10 policy (as in torchvision's AutoAugmentPolicy.CIFAR10).
CIFAR10_POLICY: tuple[tuple[tuple[str, float, int | None], tuple[str, float, int | None]], ...] = (
    (("Invert", 0.1, None), ("Contrast", 0.2, 6)),
    (("Rotate", 0.7, 2), ("TranslateX", 0.3, 9)),
    (("Sharpness", 0.8, 1), ("Sharpness", 0.9, 3)),
    (("ShearY", 0.5, 8), ("TranslateY", 0.7, 9)),
    (("AutoContrast", 0.5, None), ("Equalize", 0.9, None)),
    (("ShearY", 0.2, 7), ("Posterize", 0.3, 7)),
    (("Color", 0.4, 3), ("Brightness", 0.6, 7)),
    (("Sharpness", 0.3, 9), ("Brightness", 0.7, 9)),
    (("Equalize", 0.6, None), ("Equalize", 0.5, None)),
    (("Contrast", 0.6, 7), ("Sharpness", 0.6, 5)),
    (("Color", 0.7, 7), ("TranslateX", 0.5, 8)),
    (("Equalize", 0.3, None), ("AutoContrast", 0.4, None)),
    (("TranslateY", 0.4, 3), ("Sharpness", 0.2, 6)),
    (("Brightness", 0.9, 6), ("Color", 0.2, 8)),
    (("Solarize", 0.5, 2), ("Invert", 0.0, None)),
    (("Equalize", 0.2, None), ("AutoContrast", 0.6, None)),
    (("Equalize", 0.2, None), ("Equalize", 0.6, None)),
    (("Color", 0.9, 9), ("Equalize", 0.6, None)),
    (("AutoContrast", 0.8, None), ("Solarize", 0.2, 8)),
    (("Brightness", 0.1, 3), ("Color", 0.7, 0)),
    (("Solarize", 0.4, 5), ("AutoContrast", 0.9, None)),
    (("TranslateY", 0.9, 9), ("TranslateY", 0.7, 9)),
    (("AutoContrast", 0.9, None), ("Solarize", 0.8, 3)),
    (("Equalize", 0.8, None), ("Invert", 0.1, None)),
    (("TranslateY", 0.7, 9), ("AutoContrast", 0.9, None)),
)
# AutoAugment discretises magnitudes into 10 levels (Cubuk et al. 2019, Sec. 3)
NUM_BINS = 10


@METHODS.register("autoaugment")
class AutoAugmentCifar10(CutoutAfterPolicy):
    options = {
        "interpolation": Option("nearest", "pixel interpolation of geometric ops", choices=INTERPOLATIONS),
    }

    def __init__(self, params, info):
        super().__init__(params, info)
        self._tables: dict[str, tuple] = {}

    def tables(self, device: torch.device):
        """The space plus (25, 2) tensors of choice index, probability and bin, per device."""
        key = str(device)
        if key not in self._tables:
            size = self.info.image_size
            entries = randaugment_space(NUM_BINS, size, size)
            del entries["Identity"]
            entries["Invert"] = (None, False)
            space = AugmentationSpace.build(entries, device)
            names = list(entries)
            steps = [step for sub_policy in CIFAR10_POLICY for step in sub_policy]
            choice = torch.tensor([names.index(name) for name, _, _ in steps], device=device).view(-1, 2)
            probability = torch.tensor([p for _, p, _ in steps], device=device).view(-1, 2)
            magnitude_bin = torch.tensor([b or 0 for _, _, b in steps], device=device).view(-1, 2)
            self._tables[key] = (space, choice, probability, magnitude_bin)
        return self._tables[key]

    def sample_params(self, batch_size, rng, device) -> dict[str, torch.Tensor]:
        space, choice, probability, magnitude_bin = self.tables(device)
        sub_policy = torch.randint(0, len(CIFAR10_POLICY), (batch_size,), generator=rng, device=device)
        applied = torch.rand(batch_size, 2, generator=rng, device=device) <= probability[sub_policy]
        op, magnitude = space.choose(choice[sub_policy], magnitude_bin[sub_policy], rng)
        op = torch.where(applied, op, torch.full_like(op, IDENTITY))
        magnitude = torch.where(applied, magnitude, torch.zeros_like(magnitude))
        return {"sub_policy": sub_policy, "op": op, "magnitude": magnitude}

    def apply(self, images: torch.Tensor, params: dict[str, torch.Tensor]) -> torch.Tensor:
        return apply_sequence(images, params["op"], params["magnitude"], self.params["interpolation"])
