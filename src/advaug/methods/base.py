"""The common interface of every training method.

A method turns a clean, base-augmented batch into a loss. Pure augmentations
subclass :class:`AugmentMethod`, which separates *sampling* random parameters
(one set per sample, from an explicit generator) from *applying* them, the
kornia way: tests can then check the parameters and the pixels separately, and
the adversarial methods can start from sampled parameters and move them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

import torch
from torch import nn

from advaug.registry import Registry

METHODS: Registry[type["Method"]] = Registry("method", "advaug.methods")


@dataclass
class DataInfo:
    """What a method may need to know about the data, without the data itself."""

    num_classes: int
    in_channels: int
    image_size: int
    hflip: bool
    mean: tuple[float, ...] = (0.5, 0.5, 0.5)
    std: tuple[float, ...] = (0.25, 0.25, 0.25)


@dataclass
class StepContext:
    """Per-step state passed to :meth:`Method.loss`."""

    rng: torch.Generator  # on the training device; every random draw uses it
    criterion: Callable[[torch.Tensor, torch.Tensor], torch.Tensor]
    epoch: int
    total_epochs: int
    step: int
    steps_per_epoch: int
    stats: dict[str, float] = field(default_factory=dict)
    #: the loop's base augmentation (pad-crop, flip where allowed) for images a method adds
    base_augment: Callable[[torch.Tensor], torch.Tensor] | None = None

    @property
    def progress(self) -> float:
        """Fraction of training done, for schedules (budget ramps and the like)."""
        total = max(1, self.total_epochs * self.steps_per_epoch)
        return (self.epoch * self.steps_per_epoch + self.step) / total


class Method:
    """Base class: override :meth:`loss`; keep per-method options in ``params``."""

    name: str = ""
    #: parameters with their defaults; config keys outside this dict are rejected
    defaults: dict[str, Any] = {}
    #: the trained AC-GAN networks the method draws from while training: () or
    #: ("generator",) or ("generator", "discriminator"); the workflow passes their
    #: files and the loop hands the loaded networks to ``use_gan``
    gan_inputs: tuple[str, ...] = ()

    def __init__(self, params: dict[str, Any] | None, info: DataInfo):
        params = dict(params or {})
        unknown = sorted(set(params) - set(self.defaults))
        if unknown:
            from advaug.errors import UserError

            raise UserError(
                f"method {self.name!r} has no parameter(s) {', '.join(unknown)}; "
                f"known: {', '.join(sorted(self.defaults)) or 'none'}"
            )
        self.params = {**self.defaults, **params}
        self.info = info

    def use_gan(self, generator: nn.Module, discriminator: nn.Module | None = None) -> None:
        """Receive the AC-GAN networks named in ``gan_inputs`` (on the training device)."""
        raise TypeError(f"method {self.name!r} draws from no GAN")

    def setup(self, model: nn.Module, device: torch.device) -> None:
        """Called once before training (build controllers, move buffers to the device)."""

    def loss(
        self, model: nn.Module, images: torch.Tensor, labels: torch.Tensor, ctx: StepContext
    ) -> torch.Tensor:
        raise NotImplementedError

    def batch_order(
        self, labels: torch.Tensor, batch_size: int, steps: int, rng: torch.Generator
    ) -> torch.Tensor | None:
        """Indices of one epoch's batches, shape (steps, batch_size), or None for a shuffle.

        Methods that need a particular batch composition (the class-balanced
        batches of angular loss) override this; the loop calls it once per epoch.
        """
        return None

    def epoch_end(self, epoch: int) -> dict[str, Any]:
        """Return what this method wants recorded for the epoch (e.g. chosen angles)."""
        return {}

    def artifacts(self) -> dict[str, Any]:
        """Return JSON-able things to save next to the model at the end of training."""
        return {}

    def state_dict(self) -> dict[str, Any]:
        return {}

    def load_state_dict(self, state: dict[str, Any]) -> None:
        pass


class AugmentMethod(Method):
    """A method that only transforms the inputs, then trains with the usual criterion."""

    def sample_params(
        self, batch_size: int, rng: torch.Generator, device: torch.device
    ) -> dict[str, torch.Tensor]:
        raise NotImplementedError

    def apply(self, images: torch.Tensor, params: dict[str, torch.Tensor]) -> torch.Tensor:
        raise NotImplementedError

    def augment(self, images: torch.Tensor, rng: torch.Generator) -> torch.Tensor:
        params = self.sample_params(images.shape[0], rng, images.device)
        return self.apply(images, params)

    def loss(self, model, images, labels, ctx):
        return ctx.criterion(model(self.augment(images, ctx.rng)), labels)


def build_method(name: str, params: dict[str, Any] | None, info: DataInfo) -> Method:
    return METHODS.get(name)(params, info)
