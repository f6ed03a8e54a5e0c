"""The common interface of every training method.

A method turns a clean, base-augmented batch into a loss. Pure augmentations
subclass :class:`AugmentMethod`, which separates *sampling* random parameters
(one set per sample, from an explicit generator) from *applying* them, the
kornia way: tests can then check the parameters and the pixels separately, and
the adversarial methods can start from sampled parameters and move them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Callable

import torch
from torch import nn

from advaug.errors import UserError
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


@dataclass(frozen=True)
class Option:
    """One method option: its default, what it means, and what values it accepts.

    ``kind`` is the Python type a value must have (inferred from the default;
    give it when the default is None, which then also allows null). ``choices``
    lists the allowed values; ``low``/``high`` bound numbers (inclusive, or
    exclusive with ``low_open``/``high_open``). Every check lives in
    :meth:`check`, so config validation and the method agree.
    """

    default: Any
    doc: str
    kind: type | None = None
    choices: tuple = ()
    low: float | None = None
    high: float | None = None
    low_open: bool = False
    high_open: bool = False
    nullable: bool = False

    @property
    def type(self) -> type:
        return self.kind or type(self.default)

    def check(self, value: Any) -> Any:
        """``value`` if acceptable (ints widened to float where a float is wanted), else ValueError."""
        if value is None and (self.nullable or self.default is None):
            return None
        wanted = self.type
        is_bool = isinstance(value, bool)
        if wanted is float and isinstance(value, int) and not is_bool:
            value = float(value)
        if not isinstance(value, wanted) or (is_bool and wanted is not bool):
            hint = " (YAML reads 1e-5 as text: write 1.0e-5)" if wanted is float and _numeric_text(value) else ""
            raise ValueError(f"must be {self.describe_type()}, got {value!r}{hint}")
        if self.choices and value not in self.choices:
            raise ValueError(f"must be one of {', '.join(map(str, self.choices))}, got {value!r}")
        if wanted in (int, float) and not self._in_range(value):
            raise ValueError(f"must be {self.describe_range()}, got {value!r}")
        return value

    def _in_range(self, value: float) -> bool:
        if isinstance(value, float) and not math.isfinite(value):
            return False
        low_ok = self.low is None or (value > self.low if self.low_open else value >= self.low)
        high_ok = self.high is None or (value < self.high if self.high_open else value <= self.high)
        return low_ok and high_ok

    def describe_type(self) -> str:
        name = {int: "an integer", float: "a number", bool: "true or false", str: "a string"}.get(
            self.type, self.type.__name__
        )
        return f"{name} or null" if self.nullable or self.default is None else name

    def describe_range(self) -> str:
        parts = []
        if self.low is not None:
            parts.append(f"{'>' if self.low_open else '>='} {self.low:g}")
        if self.high is not None:
            parts.append(f"{'<' if self.high_open else '<='} {self.high:g}")
        return "a finite number " + " and ".join(parts) if parts else "a finite number"

    def summary(self) -> str:
        """One line for ``advaug list methods``."""
        allowed = f" [{' | '.join(map(str, self.choices))}]" if self.choices else ""
        bounded = self.low is not None or self.high is not None
        bounds = f" [{self.describe_range().removeprefix('a finite number ')}]" if bounded else ""
        return f"{self.default!r} ({self.describe_type()}{allowed}{bounds}): {self.doc}"


def _numeric_text(value: Any) -> bool:
    try:
        return isinstance(value, str) and math.isfinite(float(value))
    except ValueError:
        return False


def check_params(
    method: str, options: dict[str, Option], params: dict[str, Any] | None, source: str = "", path: str = ""
) -> dict[str, Any]:
    """Every option filled with its default or the given, checked value; UserError naming the key otherwise.

    ``source`` (the config file) and ``path`` (e.g. "method_params.rr") place
    the key in messages, so config validation and the method say the same.
    """
    params = dict(params or {})
    source = source or f"method {method!r}"
    unknown = sorted(set(params) - set(options))
    if unknown:
        raise UserError(
            f"{source}: invalid key '{_key(path, unknown[0])}': method {method!r} has no such option; "
            f"known: {', '.join(sorted(options)) or 'none'}"
        )
    checked = {}
    for key, option in options.items():
        try:
            checked[key] = option.check(params.get(key, option.default))
        except ValueError as error:
            raise UserError(f"{source}: invalid value at '{_key(path, key)}': {error}") from None
    return checked


def _key(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


class Method:
    """Base class: declare ``options``, override :meth:`loss`; read options from ``params``.

    The registry sets ``name``. ``options`` maps every option to its
    :class:`Option` (inherited options merge with the subclass's), and
    :meth:`validate` -- per-option checks, then the cross-option ones of
    :meth:`check` -- runs both when a config is loaded and when the method is
    built, so one declaration gives the config check, the defaults and the docs.
    """

    name: str = ""
    options: dict[str, Option] = {}
    #: the trained AC-GAN networks the method draws from while training: () or
    #: ("generator",) or ("generator", "discriminator"); the workflow passes their
    #: files and the loop hands the loaded networks to ``use_gan``
    gan_inputs: tuple[str, ...] = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        merged: dict[str, Option] = {}
        for base in reversed(cls.__mro__):
            merged.update(base.__dict__.get("options", {}))
        cls.options = merged

    @classmethod
    def validate(cls, params: dict[str, Any] | None, source: str = "", path: str = "") -> dict[str, Any]:
        """The checked, default-filled options (one-line UserError naming the key otherwise)."""
        checked = check_params(cls.name, cls.options, params, source, path)
        problem = cls.check(checked)
        if problem:
            key, message = problem
            raise UserError(f"{source or f'method {cls.name!r}'}: invalid value at '{_key(path, key)}': {message}")
        return checked

    @classmethod
    def check(cls, params: dict[str, Any]) -> tuple[str, str] | None:
        """Checks that involve several options: (key, what is wrong) or None."""
        return None

    def __init__(self, params: dict[str, Any] | None, info: DataInfo):
        self.params = self.validate(params)
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
