"""Adversarial AutoAugment (Zhang et al., ICLR 2020, "Adversarial AutoAugment").

A policy is ``sub_policies`` (5 in the paper) sub-policies of two operations,
each an (operation, probability, magnitude level) triple; every image draws
one of its policy's sub-policies uniformly and applies each of the two
operations with its probability. An LSTM controller samples ``num_policies``
policies (M = 8 in the paper); the target network trains on the batch
augmented by each of them and the controller is trained with REINFORCE to
*maximise* the target's loss on each policy's images: the policies become
adversarial to the current network.

Search space (the paper's, without SamplePairing): 15 operations and magnitudes
in 10 levels; every chosen operation is applied. Zhang et al. count their space
as (16 x 10)^10 (operations x levels, for 10 operations per policy), and the
reference implementation (SeongwoongJo/adversarial-autoaugment-pytorch,
``models/controller.py``) samples only operations and levels.
``search_probability: true`` adds AutoAugment's application probabilities (11
values 0.0, ..., 1.0) to the search: not the paper's space. Magnitude ranges are torchvision's AutoAugment/RandAugment
ones (``advaug.ops.policy.randaugment_space``: shear 0.3, translation 150/331 of
the side, rotation 30 degrees, enhancement factor 1 +- 0.9, posterize 8..4 bits,
solarize threshold 1..0), with a random sign for the signed ones; Cutout is a
grey square of up to 20/32 of the side (AutoAugment's official CIFAR code: up
to 20 px on 32 x 32 images).

Training (the paper's Algorithm 1, with the update frequency as an option):
the controller samples M policies at the start of each of
``controller_updates_per_epoch`` equal segments of the epoch (1 = once per
epoch, as in the paper); each policy's reward R_m is the target's mean loss on
its images over the segment; the rewards are normalised across the M instances,
A_m = (R_m - mean R) / (std R + 1e-5) (the reference implementation's
``normalized_Lm``), and the controller takes one Adam step on
-(1/M) sum_m A_m log p(policy_m) - entropy_weight * mean_m H_m.

Data parallelism: there is one controller. Rank 0 samples the policies and
broadcasts them, the rewards are averaged over the processes (each saw its
shard of the batch), every rank takes the same step, and rank 0's parameters are
broadcast after it so the copies cannot drift apart. Cutout (``cutout`` px, the
paper's CIFAR protocol uses 16) is applied to every augmented copy after its
policy, as the reference implementation does.

``copies``:

``full``
    The paper: the target sees M augmented copies of every batch (the batch
    grows M-fold, and so does the step's compute and activation memory); the
    loss averages over the copies.
``split``
    The batch is split into M near-equal parts, one per policy: the step costs
    what a plain step costs, but each policy's reward is measured on N/M images.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

import torch
from torch import nn

from advaug.errors import UserError
from advaug.methods._ascent import all_reduce_mean, broadcast_from_first
from advaug.methods._cutout import CUTOUT_OPTION, apply_cutout
from advaug.methods.base import METHODS, Method, Option
from advaug.ops.color import cutout
from advaug.ops.policy import (
    IDENTITY,
    INTERPOLATIONS,
    AugmentationSpace,
    apply_per_sample,
    op_indices,
    randaugment_space,
)
from advaug.training.optim import Adam

# Zhang et al. 2020 (search space section): AutoAugment's operations; SamplePairing is left out here
OPERATIONS: tuple[str, ...] = (
    "ShearX",
    "ShearY",
    "TranslateX",
    "TranslateY",
    "Rotate",
    "AutoContrast",
    "Invert",
    "Equalize",
    "Solarize",
    "Posterize",
    "Contrast",
    "Color",
    "Brightness",
    "Sharpness",
    "Cutout",
)
CUTOUT = OPERATIONS.index("Cutout")
NUM_LEVELS = 10  # magnitudes discretised into 10 levels (Cubuk et al. 2019; Zhang et al. 2020)
NUM_PROBABILITIES = 11  # probabilities 0.0, 0.1, ..., 1.0 (Cubuk et al. 2019, Sec. 3)
CUTOUT_MAX_FRACTION = 20.0 / 32.0  # AutoAugment's augmentation_transforms.py: cutout up to 20 px at 32 px
CUTOUT_FILL = 0.5  # "set a random square patch ... to gray" (Cubuk et al. 2019, Table 1)


def build_space(image_size: int, device: torch.device | str | None = None) -> AugmentationSpace:
    """The 15 operations' magnitude tables; Cutout maps to Identity here and is applied apart."""
    tables = randaugment_space(NUM_LEVELS, image_size, image_size)
    tables["Invert"] = (None, False)
    tables["Cutout"] = (torch.linspace(0.0, CUTOUT_MAX_FRACTION * image_size, NUM_LEVELS), False)
    magnitudes = torch.zeros(len(OPERATIONS), NUM_LEVELS)
    for row, name in enumerate(OPERATIONS):
        values = tables[name][0]
        if values is not None:
            magnitudes[row] = values.float()
    signed = torch.tensor([tables[name][1] for name in OPERATIONS])
    op_ids = op_indices([name for name in OPERATIONS if name != "Cutout"])
    op_ids = torch.cat([op_ids, op_ids.new_tensor([IDENTITY])])
    return AugmentationSpace(op_ids.to(device), magnitudes.to(device), signed.to(device))


@dataclass
class Rollout:
    decisions: torch.Tensor  # (M, T) long
    log_prob: torch.Tensor  # (M,) sum over decisions
    entropy: torch.Tensor  # (M,) sum over decisions, nats
    op_probabilities: torch.Tensor  # (M, num ops) mean over the op decisions
    level_probabilities: torch.Tensor  # (M, levels) mean over the level decisions


class PolicyController(nn.Module):
    """A one-layer LSTM emitting a policy as a sequence of categorical decisions.

    As AutoAugment's (and NAS's) controller: each decision is a softmax over its
    kind's choices (operation, probability, level, cycling), and the embedding
    of the choice is the next step's input. Sampling takes an explicit generator;
    passing ``decisions`` instead scores given policies (teacher forcing), which
    is how REINFORCE gets log-probabilities with gradients.
    """

    def __init__(self, choice_sizes: tuple[int, ...], length: int, hidden: int = 100):
        super().__init__()
        self.choice_sizes = choice_sizes
        self.length = length
        self.start = nn.Parameter(torch.zeros(1, hidden))
        self.cell = nn.LSTMCell(hidden, hidden)
        self.embeddings = nn.ModuleList(nn.Embedding(size, hidden) for size in choice_sizes)
        self.heads = nn.ModuleList(nn.Linear(hidden, size) for size in choice_sizes)
        for parameter in self.parameters():
            # uniform(-0.1, 0.1) as NAS/ENAS controllers: near-uniform initial choices
            nn.init.uniform_(parameter, -0.1, 0.1)

    def forward(
        self, count: int, rng: torch.Generator | None = None, decisions: torch.Tensor | None = None
    ) -> Rollout:
        hidden = self.start.new_zeros(count, self.start.shape[1])
        state = (hidden, hidden)
        inputs = self.start.expand(count, -1)
        chosen, log_prob, entropy = [], 0.0, 0.0
        probabilities = [0.0] * len(self.choice_sizes)
        for position in range(self.length):
            kind = position % len(self.choice_sizes)
            state = self.cell(inputs, state)
            log_p = torch.log_softmax(self.heads[kind](state[0]), dim=1)
            if decisions is None:
                choice = torch.multinomial(log_p.detach().exp(), 1, generator=rng).squeeze(1)
            else:
                choice = decisions[:, position]
            log_prob = log_prob + log_p.gather(1, choice[:, None]).squeeze(1)
            entropy = entropy - (log_p.exp() * log_p).sum(dim=1)
            probabilities[kind] = probabilities[kind] + log_p.exp()
            chosen.append(choice)
            inputs = self.embeddings[kind](choice)
        ops_per_policy = self.length // len(self.choice_sizes)
        op, level = probabilities[0], probabilities[-1]  # the first and last kinds: op, level
        return Rollout(torch.stack(chosen, dim=1), log_prob, entropy, op / ops_per_policy, level / ops_per_policy)


def normalised_rewards(rewards: torch.Tensor) -> torch.Tensor:
    """Rewards centred and scaled across the M instances of a batch (Zhang et al. 2020; the
    reference implementation's ``(Lm - mean(Lm)) / (std(Lm) + 1e-5)``, unbiased std)."""
    if rewards.numel() < 2:
        return torch.zeros_like(rewards)
    return (rewards - rewards.mean()) / (rewards.std() + 1e-5)


@METHODS.register("advaa")
class AdversarialAutoAugment(Method):
    options = {
        "num_policies": Option(8, "M, policies sampled per update (Zhang et al. 2020: 8)", low=1),
        "sub_policies": Option(5, "sub-policies per policy (Cubuk et al. 2019; Zhang et al. 2020: 5)", low=1),
        "copies": Option(
            "full", "full: M copies of each batch (paper); split: the batch split M ways", choices=("full", "split")
        ),
        "search_probability": Option(False, "also search each op's probability (not in Zhang et al.'s space)"),
        # one LSTM layer of 100 units, Adam lr 0.00035, entropy weight 1e-5 (Zhang et al. 2020, implementation details)
        "controller_hidden": Option(100, "LSTM units of the controller", low=1),
        "controller_lr": Option(0.00035, "Adam learning rate of the controller", low=0, low_open=True),
        "entropy_weight": Option(1e-5, "weight of the entropy bonus", low=0),
        "controller_updates_per_epoch": Option(1, "controller updates per epoch (the paper: 1)", low=1),
        "interpolation": Option("nearest", "pixel interpolation of geometric ops", choices=INTERPOLATIONS),
        "cutout": CUTOUT_OPTION,
    }

    def __init__(self, params, info):
        super().__init__(params, info)
        self.kinds = ("op", "probability", "level") if self.params["search_probability"] else ("op", "level")
        self.controller: PolicyController | None = None
        self.optimizer: torch.optim.Optimizer | None = None
        self._pending_state: dict[str, Any] | None = None
        self._space: AugmentationSpace | None = None
        self._segment: tuple[int, int] | None = None
        self._decisions: torch.Tensor | None = None
        self._tables: tuple[torch.Tensor, torch.Tensor, torch.Tensor] | None = None
        self._reward_sum: torch.Tensor | None = None
        self._reward_steps = 0
        self._epoch_rewards: list[torch.Tensor] = []
        self._epoch_entropy: list[torch.Tensor] = []
        self._epoch_decisions: list[torch.Tensor] = []
        self._epoch_distribution: list[torch.Tensor] = []
        self._last_epoch: dict[str, Any] = {}

    # ---- controller -------------------------------------------------------------------------

    @property
    def choice_sizes(self) -> tuple[int, ...]:
        sizes = {"op": len(OPERATIONS), "probability": NUM_PROBABILITIES, "level": NUM_LEVELS}
        return tuple(sizes[kind] for kind in self.kinds)

    def setup(self, model: nn.Module, device: torch.device) -> None:
        """Build the controller on the training device (initialised from the seeded global RNG)."""
        length = self.params["sub_policies"] * 2 * len(self.kinds)
        self.controller = PolicyController(self.choice_sizes, length, self.params["controller_hidden"]).to(
            device
        )
        self._synchronise_controller()
        self.optimizer = Adam(self.controller.parameters(), lr=self.params["controller_lr"])
        self._space = build_space(self.info.image_size, device)
        if self._pending_state is not None:
            self.load_state_dict(self._pending_state)
            self._pending_state = None

    def _tables_from(self, decisions: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """(M, S, 2) op choices, probabilities and magnitude levels of the sampled policies."""
        shaped = decisions.view(decisions.shape[0], self.params["sub_policies"], 2, len(self.kinds))
        op, level = shaped[..., 0], shaped[..., -1]
        if self.params["search_probability"]:
            probability = shaped[..., 1].float() / (NUM_PROBABILITIES - 1)
        else:
            probability = torch.ones_like(op, dtype=torch.float32)
        return op, probability, level

    def _synchronise_controller(self) -> None:
        """Rank 0's controller parameters on every process (nothing in a single process)."""
        with torch.no_grad():
            for parameter in self.controller.parameters():
                parameter.copy_(broadcast_from_first(parameter.detach().clone()))

    def sample_policies(self, rng: torch.Generator) -> torch.Tensor:
        """Draw M policies from the controller (rank 0's draw); they stay in force until the next update."""
        with torch.no_grad(), torch.autocast(rng.device.type, enabled=False):
            rollout = self.controller(self.params["num_policies"], rng=rng)
        decisions = broadcast_from_first(rollout.decisions)
        self.use_policies(decisions)
        return decisions

    def use_policies(self, decisions: torch.Tensor) -> None:
        """Put (M, T) controller decisions in force and start collecting their rewards."""
        self._decisions = decisions
        self._tables = self._tables_from(decisions)
        self._reward_sum = torch.zeros(decisions.shape[0], device=decisions.device)
        self._reward_steps = 0
        self._epoch_decisions.append(decisions)

    def update_controller(self, rewards: torch.Tensor) -> None:
        """One REINFORCE step toward the policies whose rewards (target losses) beat the others'.

        ``rewards`` are this process's per-policy mean losses; they are averaged
        over the processes first, so every rank takes the step of the global batch.
        """
        rewards = all_reduce_mean(rewards.detach().float())
        advantage = normalised_rewards(rewards)
        with torch.autocast(rewards.device.type, enabled=False):
            rollout = self.controller(rewards.shape[0], decisions=self._decisions)
            objective = (advantage * rollout.log_prob).mean() + self.params["entropy_weight"] * rollout.entropy.mean()
            self.optimizer.zero_grad(set_to_none=True)
            (-objective).backward()
            self.optimizer.step()
        self._synchronise_controller()
        self._epoch_rewards.append(rewards.mean())
        self._epoch_entropy.append(rollout.entropy.mean().detach())
        self._epoch_distribution.append(
            torch.cat([rollout.op_probabilities.mean(0), rollout.level_probabilities.mean(0)]).detach()
        )

    def _finish_segment(self) -> None:
        if self._reward_steps > 0:
            self.update_controller(self._reward_sum / self._reward_steps)
        self._reward_steps = 0

    def _start_segment_if_due(self, ctx) -> None:
        updates = min(self.params["controller_updates_per_epoch"], ctx.steps_per_epoch)
        segment = (ctx.epoch, ctx.step * updates // ctx.steps_per_epoch)
        if segment != self._segment or self._tables is None:
            self._finish_segment()
            self.sample_policies(ctx.rng)
            self._segment = segment

    # ---- augmentation and loss --------------------------------------------------------------

    def layout(self, batch_size: int) -> list[int]:
        """Boundaries of each policy's contiguous rows in the augmented batch (M + 1 numbers)."""
        policies = self.params["num_policies"]
        if self.params["copies"] == "full":
            return [policy * batch_size for policy in range(policies + 1)]
        if batch_size < policies:
            raise UserError(
                f"advaa: copies 'split' needs batch_size >= num_policies ({batch_size} < {policies}); "
                "raise the batch size, lower num_policies or use copies: full"
            )
        # row i belongs to policy floor(i * M / N); policy m starts at ceil(m * N / M)
        return [-(-policy * batch_size // policies) for policy in range(policies + 1)]

    def apply_policies(
        self, images: torch.Tensor, policy_of_row: torch.Tensor, rng: torch.Generator
    ) -> torch.Tensor:
        """Apply each row's policy: a random sub-policy, each op applied with its probability."""
        op_table, probability_table, level_table = self._tables
        rows = images.shape[0]
        sub_policy = torch.randint(
            0, self.params["sub_policies"], (rows,), generator=rng, device=images.device
        )
        choice = op_table[policy_of_row, sub_policy]
        applied = (
            torch.rand(rows, 2, generator=rng, device=images.device)
            < probability_table[policy_of_row, sub_policy]
        )
        op, magnitude = self._space.choose(choice, level_table[policy_of_row, sub_policy], rng)
        op = torch.where(applied, op, torch.full_like(op, IDENTITY))
        cut = torch.where(applied & (choice == CUTOUT), magnitude, torch.zeros_like(magnitude))
        for step in range(2):
            images = apply_per_sample(
                images, op[:, step], magnitude[:, step], self.params["interpolation"]
            )
            images = cutout(images, cut[:, step], rng, fill=CUTOUT_FILL)
        return apply_cutout(images, self.params["cutout"], self.info, rng)

    def loss(self, model, images, labels, ctx):
        if self.controller is None:
            self.setup(model, images.device)
        self._start_segment_if_due(ctx)
        bounds = self.layout(images.shape[0])
        if self.params["copies"] == "full":
            copies = self.params["num_policies"]
            batch, targets = images.repeat(copies, 1, 1, 1), labels.repeat(copies)
        else:
            batch, targets = images, labels
        sizes = torch.tensor([end - start for start, end in zip(bounds, bounds[1:])], device=images.device)
        # output_size given: no host synchronisation on CUDA
        policy_of_row = torch.repeat_interleave(
            torch.arange(len(sizes), device=images.device), sizes, output_size=bounds[-1]
        )
        logits = model(self.apply_policies(batch, policy_of_row, ctx.rng))
        losses = torch.stack([ctx.criterion(logits[a:b], targets[a:b]) for a, b in zip(bounds, bounds[1:])])
        self._reward_sum += losses.detach().float()
        self._reward_steps += 1
        return (losses * (sizes.float() / bounds[-1])).sum()

    # ---- records and state ------------------------------------------------------------------

    def describe(self, decisions: torch.Tensor) -> list[list[dict[str, Any]]]:
        """One policy's decisions as sub-policies of readable (op, probability, level, magnitude)."""
        op, probability, level = (t.cpu() for t in self._tables_from(decisions[None]))
        space = build_space(self.info.image_size)
        magnitudes, signed = space.magnitudes, space.signed
        readable = []
        for sub_policy in range(op.shape[1]):
            steps = []
            for step in range(2):
                index, bin_ = int(op[0, sub_policy, step]), int(level[0, sub_policy, step])
                name = OPERATIONS[index]
                has_magnitude = name not in ("AutoContrast", "Invert", "Equalize")
                steps.append(
                    {
                        "op": name,
                        "probability": round(float(probability[0, sub_policy, step]), 2),
                        "level": bin_ if has_magnitude else None,
                        "magnitude": round(float(magnitudes[index, bin_]), 4) if has_magnitude else None,
                        "random_sign": bool(signed[index]),
                    }
                )
            readable.append(steps)
        return readable

    def epoch_end(self, epoch: int) -> dict[str, Any]:
        self._finish_segment()
        self._segment = None
        self._tables = None
        summary: dict[str, Any] = {}
        if self._epoch_rewards:
            summary["reward"] = float(torch.stack(self._epoch_rewards).mean())
            summary["entropy"] = float(torch.stack(self._epoch_entropy).mean())
            summary["controller_updates"] = len(self._epoch_rewards)
            summary.update(self._distribution_columns(torch.stack(self._epoch_distribution).mean(0).cpu()))
        if self._epoch_decisions:
            self._last_epoch = self._summarise(epoch, torch.cat(self._epoch_decisions).cpu())
        self._epoch_rewards, self._epoch_entropy, self._epoch_decisions = [], [], []
        self._epoch_distribution = []
        return summary

    @staticmethod
    def _distribution_columns(distribution: torch.Tensor) -> dict[str, float]:
        """The controller's mean op and level probabilities this epoch, as history columns
        ``op_<name>`` and ``level_<k>`` (what the report's controller figure draws)."""
        ops, levels = distribution[: len(OPERATIONS)], distribution[len(OPERATIONS) :]
        columns = {f"op_{name}": round(float(p), 5) for name, p in zip(OPERATIONS, ops)}
        columns.update({f"level_{index}": round(float(p), 5) for index, p in enumerate(levels)})
        return columns

    def _summarise(self, epoch: int, decisions: torch.Tensor) -> dict[str, Any]:
        counts = Counter(tuple(row) for row in decisions.tolist())
        policies = [
            {"count": count, "sub_policies": self.describe(torch.tensor(row))}
            for row, count in counts.most_common()
        ]
        op_column = decisions.view(decisions.shape[0], -1, len(self.kinds))[..., 0].reshape(-1)
        frequency = torch.bincount(op_column, minlength=len(OPERATIONS)).double() / op_column.numel()
        return {
            "epoch": epoch + 1,
            "policies_sampled": int(decisions.shape[0]),
            "policies": policies,
            "op_frequency": {name: round(float(f), 4) for name, f in zip(OPERATIONS, frequency)},
        }

    def artifacts(self) -> dict[str, Any]:
        """The policies sampled in the last epoch (with how often), and the search space."""
        space = build_space(self.info.image_size)
        return {
            "last_epoch": self._last_epoch,
            "search_space": {
                "operations": list(OPERATIONS),
                "levels": NUM_LEVELS,
                "probabilities": (
                    [round(i / (NUM_PROBABILITIES - 1), 2) for i in range(NUM_PROBABILITIES)]
                    if self.params["search_probability"]
                    else [1.0]
                ),
                "magnitudes": {
                    name: [round(v, 4) for v in space.magnitudes[row].tolist()]
                    for row, name in enumerate(OPERATIONS)
                    if name not in ("AutoContrast", "Invert", "Equalize")
                },
            },
        }

    def state_dict(self) -> dict[str, Any]:
        if self.controller is None:
            return dict(self._pending_state or {})
        return {
            "controller": self.controller.state_dict(),
            "optimizer": self.optimizer.state_dict(),
            "last_epoch": self._last_epoch,
        }

    def load_state_dict(self, state: dict[str, Any]) -> None:
        if not state:
            return
        if self.controller is None:
            self._pending_state = state
            return
        self.controller.load_state_dict(state["controller"])
        self.optimizer.load_state_dict(state["optimizer"])
        self._last_epoch = state.get("last_epoch", {})
