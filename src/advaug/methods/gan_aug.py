"""Training on real plus fresh AC-GAN samples (the CS236 study's ``--adversarial_mode gan``).

Every step draws new latents and classes from the step's generator and adds
G(z, y) to the batch (:mod:`advaug.methods._mixing`: how many, and their weight).
"""

from __future__ import annotations

import torch

from advaug.methods._mixing import GeneratedMixing
from advaug.methods.base import METHODS


@METHODS.register("gan_aug")
class GanAug(GeneratedMixing):
    @torch.no_grad()
    def generated(self, model, count, ctx):
        device = next(self.generator.parameters()).device
        labels = torch.randint(self.generator.num_classes, (count,), generator=ctx.rng, device=device)
        z = torch.randn(count, self.generator.z_dim, generator=ctx.rng, device=device)
        with torch.autocast(device.type, enabled=False):
            return self.generator(z, labels).float(), labels
