"""Projected gradient ascent on augmentation parameters, shared by ``dr`` and ``dpg``.

AdAug's inner problem, as its study states it: max over delta of
(1/n) sum_i L(A(x_i, theta + delta), y_i) subject to ||delta||_2 <= B. Two
formulations are offered (``formulation``), and in both the budget bounds what
*each sample's* parameters may move, whatever the batch size or the number of
processes:

``batch`` (the study's)
    One configuration theta per batch (drawn at random, the same for every
    sample; under data parallelism rank 0's draw is broadcast) moved by one
    delta of k numbers (k parameters) with ||delta|| <= B. The gradient of the
    mean loss w.r.t. delta is all-reduced across processes, so all ranks take
    the same step for the global batch.
``sample``
    Every sample draws its own theta_i (as the random counterpart does) and gets
    its own delta_i with ||delta_i|| <= B, found on the same mean loss. Each
    process ascends on its own shard without communication: the gradient
    w.r.t. delta_i runs through sample i's loss and, in train mode, through
    the BatchNorm statistics of the process's own batch only.

``norm`` is the ball's norm over a delta's k numbers: ``l2`` (the study's) or
``linf`` (|delta_j| <= B per parameter). Each step moves every delta along its
own normalised gradient (l2: g / ||g||_2; linf: sign(g)), so the step does not
shrink with the batch, then projects: first onto the parameters' box (the start
lies in it), then onto the ball. Scaling or clipping toward 0 keeps a point of
the convex box inside it, so the result satisfies both. The gradient is taken
with ``torch.autograd.grad`` w.r.t. delta only, so the model parameters never
receive ``.grad`` from the ascent.
"""

from __future__ import annotations

import math
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Callable, Iterator

import torch
import torch.distributed as dist
from torch import nn
from torch.nn.modules.batchnorm import _NormBase

from advaug.methods.base import AugmentMethod, Option, StepContext

NORMS = ("l2", "linf")
SCHEDULES = ("constant", "linear")
FORMULATIONS = ("sample", "batch")
#: the options every ascent method takes
ASCENT_OPTIONS: dict[str, Option] = {
    "formulation": Option(
        "sample",
        "sample: each sample's own theta and bounded delta; "
        "batch: one theta per batch and one bounded delta (AdAug's study)",
        choices=FORMULATIONS,
    ),
    "steps": Option(1, "projected gradient ascent steps", low=1),
    # None: 2.5 * budget / steps (Madry et al. 2018's rule of thumb)
    "step_size": Option(None, "ascent step; null: 2.5 * budget / steps", kind=float, low=0, low_open=True),
    "norm": Option("l2", "norm of the budget ball", choices=NORMS),
    "budget_schedule": Option("constant", "constant budget, or ramped linearly from 0 over training", choices=SCHEDULES),
    "adv_fraction": Option(1.0, "fraction of each batch whose parameters are attacked", low=0, high=1),
}


@dataclass(frozen=True)
class AscentConfig:
    formulation: str
    budget: float
    steps: int
    step_size: float | None
    norm: str
    budget_schedule: str
    adv_fraction: float

    @classmethod
    def from_params(cls, params: dict[str, Any]) -> "AscentConfig":
        """The ascent's part of a method's validated options."""
        return cls(**{key: params[key] for key in cls.__dataclass_fields__})

    def budget_at(self, progress: float) -> float:
        """The budget for this step: constant, or ramped linearly from 0 over training."""
        if self.budget_schedule == "linear":
            return self.budget * min(1.0, max(0.0, progress))
        return self.budget

    def step_length(self, budget: float) -> float:
        return self.step_size if self.step_size is not None else 2.5 * budget / self.steps

    def attacked(self, batch_size: int) -> int:
        """How many samples (the first ones of the shuffled batch) get adversarial parameters."""
        return int(round(self.adv_fraction * batch_size))


def project(
    delta: torch.Tensor,
    budget: float,
    norm: str,
    start: torch.Tensor | None = None,
    lower: torch.Tensor | None = None,
    upper: torch.Tensor | None = None,
) -> torch.Tensor:
    """Feasible (rows, k) delta: box first (start + delta in [lower, upper]), then each row's ball."""
    if start is not None and (lower is not None or upper is not None):
        delta = torch.clamp(start + delta, lower, upper) - start
    if norm == "linf":
        return delta.clamp(-budget, budget)
    length = torch.linalg.vector_norm(delta, dim=-1, keepdim=True)
    # the 1e-12 keeps a zero delta at zero instead of 0/0
    return delta * (budget / length.clamp_min(1e-12)).clamp(max=1.0)


def ascend(
    objective: Callable[[torch.Tensor], torch.Tensor],
    start: torch.Tensor,
    budget: float,
    steps: int,
    step_size: float,
    norm: str,
    lower: torch.Tensor | None = None,
    upper: torch.Tensor | None = None,
    reduce: Callable[[torch.Tensor], torch.Tensor] | None = None,
) -> torch.Tensor:
    """k steps of projected gradient ascent from delta = 0 on (rows, k) deltas; returns them detached.

    ``objective(delta)`` must return the scalar loss of A(x, start + delta);
    every row of delta is a separate ball. ``reduce`` combines the gradient
    across processes (the batch formulation's all-reduce) before the step.
    """
    delta = torch.zeros_like(start)
    if budget <= 0:
        return delta
    for _ in range(steps):
        delta.requires_grad_(True)
        (gradient,) = torch.autograd.grad(objective(delta), delta)
        with torch.no_grad():
            if reduce is not None:
                gradient = reduce(gradient)
            if norm == "linf":
                direction = gradient.sign()
            else:
                direction = gradient / torch.linalg.vector_norm(gradient, dim=-1, keepdim=True).clamp_min(1e-12)
            delta = project(delta + step_size * direction, budget, norm, start, lower, upper)
    return delta.detach()


def _world_size() -> int:
    """Processes in the default group (1 without one): the ascent's only link to data parallelism."""
    if dist.is_available() and dist.is_initialized():
        return dist.get_world_size()
    return 1


def all_reduce_mean(tensor: torch.Tensor) -> torch.Tensor:
    """The mean of ``tensor`` over all processes (itself in a single process)."""
    size = _world_size()
    if size == 1:
        return tensor
    total = tensor.clone()
    dist.all_reduce(total)
    return total / size


def broadcast_from_first(tensor: torch.Tensor) -> torch.Tensor:
    """Rank 0's ``tensor`` on every process (itself in a single process)."""
    if _world_size() > 1:
        tensor = tensor.contiguous()
        dist.broadcast(tensor, src=0)
    return tensor


@contextmanager
def preserved_norm_stats(model: nn.Module) -> Iterator[None]:
    """Run forward passes in train mode without leaving a trace in BN running statistics.

    The ascent's forward passes should normalise with batch statistics, as the
    training pass does, but must not count as extra batches in the running
    averages. Saving and restoring the buffers costs a copy of a few vectors
    per layer, works with any momentum (also the cumulative ``None``) and
    does not change module attributes (which would recompile a compiled model).
    """
    saved = [
        (buffer, buffer.detach().clone())
        for module in model.modules()
        if isinstance(module, _NormBase) and module.track_running_stats
        for buffer in (module.running_mean, module.running_var, module.num_batches_tracked)
        if buffer is not None
    ]
    try:
        yield
    finally:
        with torch.no_grad():
            for buffer, copy in saved:
                buffer.copy_(copy)


class EpochStats:
    """Sums and histograms of chosen parameters, kept on the device until the epoch ends.

    Nothing here forces a host synchronisation during the epoch; ``summary``
    does one per epoch. Histograms count values into equal bins over a fixed
    range (values outside are clipped into the end bins) with a one-hot sum,
    which is deterministic on every device (``histc``/``bincount`` are not on CUDA).
    """

    def __init__(self, ranges: dict[str, tuple[float, float]], signed: tuple[str, ...] = (), bins: int = 36):
        self.ranges = ranges
        self.signed = signed  # quantities that can be negative also get a mean absolute value
        self.bins = bins
        self._moments: dict[str, torch.Tensor] = {}
        self._counts: dict[str, torch.Tensor] = {}

    def add(self, name: str, values: torch.Tensor) -> None:
        values = values.detach().float().reshape(-1)
        moments = torch.stack(
            [
                values.new_full((), float(values.numel())),  # a fill kernel, no host copy
                values.sum(),
                values.square().sum(),
                values.abs().sum(),
            ]
        )
        self._moments[name] = self._moments[name] + moments if name in self._moments else moments
        if name in self.ranges:
            counts = self._histogram(name, values)
            self._counts[name] = self._counts[name] + counts if name in self._counts else counts

    def _histogram(self, name: str, values: torch.Tensor) -> torch.Tensor:
        low, high = self.ranges[name]
        width = (high - low) / self.bins if high > low else 1.0
        index = ((values - low) / width).floor().long().clamp(0, self.bins - 1)
        bins = torch.arange(self.bins, device=values.device)
        return (index[:, None] == bins[None]).sum(dim=0)

    def edges(self, name: str) -> list[float]:
        low, high = self.ranges[name]
        return [
            round(edge, 6) for edge in torch.linspace(low, high, self.bins + 1, dtype=torch.float64).tolist()
        ]

    def summary(self) -> tuple[dict[str, float], dict[str, list[int]]]:
        """(scalars: <name>_mean/_std (+ _mean_abs if signed), histogram counts); then reset."""
        scalars: dict[str, float] = {}
        for name, moments in self._moments.items():
            count, total, squares, absolute = moments.double().tolist()
            if count == 0:
                continue
            mean = total / count
            scalars[f"{name}_mean"] = mean
            if name in self.signed:
                scalars[f"{name}_mean_abs"] = absolute / count
            scalars[f"{name}_std"] = math.sqrt(max(0.0, squares / count - mean * mean))
        histograms = {name: counts.tolist() for name, counts in self._counts.items()}
        self._moments, self._counts = {}, {}
        return scalars, histograms


class AscentMethod(AugmentMethod):
    """An augmentation whose parameters are moved by projected gradient ascent.

    Subclasses say how their parameters map to (N, k) vectors in which the
    budget is measured (``to_vector``/``from_vector``, with the box the vector
    must stay in), which parameters form the batch formulation's shared
    configuration (``configuration``) and what to record. The first
    ``round(adv_fraction * N)`` samples of the batch are attacked (the loop
    shuffles batches, so they are a random subset); the rest keep their start.
    The ascent runs its forward passes on the attacked samples only, in train
    mode, with BN running statistics restored afterwards; the model is then
    trained on the whole batch with the final parameters.
    """

    #: what each recorded quantity is measured in, for the artifacts
    units: dict[str, str] = {}
    #: recorded quantities that can be negative (their mean |value| is reported too)
    signed: tuple[str, ...] = ("delta",)
    #: the parameters one configuration theta consists of (shared by a batch in ``batch``)
    configuration: tuple[str, ...] = ()

    def __init__(self, params, info):
        super().__init__(params, info)
        self.ascent = AscentConfig.from_params(self.params)
        self.stats = EpochStats(self.histogram_ranges(), signed=self.signed)
        self.history: list[dict[str, Any]] = []
        self._last_budget = 0.0

    def histogram_ranges(self) -> dict[str, tuple[float, float]]:
        return {}

    def to_vector(
        self, params: dict[str, torch.Tensor]
    ) -> tuple[torch.Tensor, torch.Tensor | None, torch.Tensor | None]:
        """(start, lower, upper): (N, k) attacked coordinates per sample and their (k,) box."""
        raise NotImplementedError

    def from_vector(self, params: dict[str, torch.Tensor], vector: torch.Tensor) -> dict[str, torch.Tensor]:
        raise NotImplementedError

    def record(self, params: dict[str, torch.Tensor], delta: torch.Tensor) -> None:
        raise NotImplementedError

    def start_params(self, batch_size: int, rng: torch.Generator, device: torch.device) -> dict[str, torch.Tensor]:
        """The random start: per sample, or (``batch``) the first sample's configuration for all,
        rank 0's under data parallelism (other parameters, e.g. noise, stay per sample)."""
        params = self.sample_params(batch_size, rng, device)
        if self.ascent.formulation == "sample":
            return params
        for key in self.configuration:
            shared = broadcast_from_first(params[key][:1].clone())
            params[key] = shared.expand_as(params[key]).clone()
        return params

    def attack(
        self, model: nn.Module, images: torch.Tensor, labels: torch.Tensor, ctx: StepContext
    ) -> tuple[dict[str, torch.Tensor], torch.Tensor]:
        """Random start from ``ctx.rng``, moved uphill on the attacked samples: (params, delta).

        delta is (attacked, k) for ``sample`` and (1, k) -- the batch's one
        delta -- for ``batch``.
        """
        params = self.start_params(images.shape[0], ctx.rng, images.device)
        start, lower, upper = self.to_vector(params)
        attacked = self.ascent.attacked(images.shape[0])
        budget = self.ascent.budget_at(ctx.progress)
        self._last_budget = budget
        shared = self.ascent.formulation == "batch"
        rows = min(attacked, 1) if shared else attacked
        if attacked == 0 or budget == 0:  # budget 0: e.g. the start of a linear ramp, no ascent passes
            return params, start.new_zeros((rows, start.shape[1]))
        head = {key: value[:attacked] for key, value in params.items()}
        head_images, head_labels = images[:attacked], labels[:attacked]

        def objective(delta: torch.Tensor) -> torch.Tensor:
            moved = self.from_vector(head, start[:attacked] + delta)
            return ctx.criterion(model(self.apply(head_images, moved)), head_labels)

        with preserved_norm_stats(model):
            delta = ascend(
                objective,
                start[:rows],
                budget,
                self.ascent.steps,
                self.ascent.step_length(budget),
                self.ascent.norm,
                lower,
                upper,
                reduce=all_reduce_mean if shared else None,
            )
        vector = torch.cat([start[:attacked] + delta, start[attacked:]])
        return self.from_vector(params, vector), delta

    def loss(self, model, images, labels, ctx):
        params, delta = self.attack(model, images, labels, ctx)
        self.record(params, delta)
        return ctx.criterion(model(self.apply(images, params)), labels)

    def epoch_end(self, epoch: int) -> dict[str, Any]:
        scalars, histograms = self.stats.summary()
        self.history.append({"epoch": epoch + 1, "counts": histograms})
        return {**scalars, "budget": self._last_budget}

    def artifacts(self) -> dict[str, Any]:
        """Per-epoch histograms of the parameters actually used, with their bin edges."""
        return {
            "formulation": self.ascent.formulation,
            "norm": self.ascent.norm,
            "budget": self.ascent.budget,
            "bin_edges": {name: self.stats.edges(name) for name in self.histogram_ranges()},
            "units": dict(self.units),
            "histograms": self.history,
        }

    def state_dict(self) -> dict[str, Any]:
        return {"history": list(self.history)}

    def load_state_dict(self, state: dict[str, Any]) -> None:
        self.history = list(state.get("history", []))
