"""The learned adversarial augmentations: dr, dpg (projected ascent) and advaa (REINFORCE controller)."""

from __future__ import annotations

import copy

import pytest
import torch
import torch.nn.functional as F
from torch import nn

from advaug import ops
from advaug.errors import UserError
from advaug.methods import METHODS, DataInfo, StepContext, build_method
from advaug.methods._ascent import ascend, preserved_norm_stats, project
from advaug.methods.advaa import CUTOUT, OPERATIONS
from advaug.ops.differentiable import soft_gaussian_patch, soft_square_mask

SIZE = 16


def _info(channels=1, classes=2):
    return DataInfo(num_classes=classes, in_channels=channels, image_size=SIZE, hflip=False)


def _ctx(seed=0, step=0, steps=1, epoch=0, epochs=1):
    rng = torch.Generator().manual_seed(seed)
    return StepContext(rng, F.cross_entropy, epoch, epochs, step, steps)


class BarNet(nn.Module):
    """Tiny CNN with BatchNorm: enough to tell horizontal from vertical bars."""

    def __init__(self, channels=1, classes=2):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(channels, 8, 3, padding=1),
            nn.BatchNorm2d(8),
            nn.ReLU(),
            nn.Conv2d(8, 16, 3, padding=1, stride=2),
            nn.BatchNorm2d(16),
            nn.ReLU(),
        )
        self.head = nn.Linear(16, classes)

    def forward(self, images):
        return self.head(self.features(images).amax(dim=(2, 3)))


def _bars(count, seed):
    """Class 0: a horizontal bar, class 1: a vertical one, at random offsets, on a faint texture."""
    generator = torch.Generator().manual_seed(seed)
    labels = torch.arange(count) % 2
    offset = torch.randint(4, SIZE - 4, (count,), generator=generator)
    images = torch.rand(count, 1, SIZE, SIZE, generator=generator) * 0.1
    lines = torch.arange(SIZE)
    band = ((lines[None] - offset[:, None]).abs() <= 1).float()  # (N, SIZE)
    horizontal = band[:, :, None].expand(-1, SIZE, SIZE)
    vertical = band[:, None, :].expand(-1, SIZE, SIZE)
    bar = torch.where(labels.view(-1, 1, 1) == 0, horizontal, vertical)
    return (images + 0.8 * bar[:, None]).clamp(0, 1), labels


@pytest.fixture(scope="module")
def trained():
    """A fixed small model trained on clean bars (no augmentation), returned in eval mode."""
    torch.manual_seed(0)
    model = BarNet()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    for step in range(60):
        images, labels = _bars(64, seed=step)
        optimizer.zero_grad()
        F.cross_entropy(model(images), labels).backward()
        optimizer.step()
    images, labels = _bars(64, seed=1000)
    model.eval()
    with torch.no_grad():
        assert (model(images).argmax(1) == labels).float().mean() > 0.95
    return model


def test_methods_are_registered():
    assert {"dr", "dpg", "advaa"} <= set(METHODS.names())


# ---- projection and ascent -------------------------------------------------------------------


@pytest.mark.parametrize("norm", ["l2", "linf"])
def test_ascent_stays_in_the_ball_and_box_even_with_huge_steps(norm):
    generator = torch.Generator().manual_seed(0)
    start = torch.rand(50, 3, generator=generator)
    weights = torch.randn(50, 3, generator=generator)
    lower, upper = torch.zeros(3), torch.ones(3)
    delta = ascend(lambda d: (weights * (start + d)).sum(), start, 0.7, 3, 1e6, norm, lower, upper)
    if norm == "l2":
        lengths = torch.linalg.vector_norm(delta, dim=1)
        assert lengths.max() <= 0.7 * (1 + 1e-6)
        assert lengths.median() > 0.69  # every row is its own ball, mostly used up
    else:
        assert delta.abs().max() <= 0.7
    moved = start + delta
    assert moved.min() >= 0.0 and moved.max() <= 1.0
    # the ascent went uphill: every coordinate moved along its weight's sign (or stayed at a bound)
    assert ((delta * weights) >= 0).all()


def test_l2_projection_is_per_row_and_linf_per_entry():
    delta = torch.tensor([[3.0, 4.0], [0.0, 0.5]])
    torch.testing.assert_close(project(delta, 1.0, "l2"), torch.tensor([[0.6, 0.8], [0.0, 0.5]]))
    torch.testing.assert_close(project(delta, 1.0, "linf"), torch.tensor([[1.0, 1.0], [0.0, 0.5]]))
    assert torch.equal(project(delta, 10.0, "l2"), delta)  # inside the ball: unchanged


def test_preserved_norm_stats_restores_running_statistics():
    model = BarNet().train()
    before = copy.deepcopy(model.state_dict())
    with preserved_norm_stats(model):
        model(torch.rand(8, 1, SIZE, SIZE))
    for key, value in model.state_dict().items():
        assert torch.equal(value, before[key]), key


# ---- dr and dpg ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name,params",
    [
        ("dr", {"budget": 60.0, "norm": "l2"}),
        ("dr", {"budget": 15.0, "norm": "linf", "steps": 3, "step_size": 6.0}),
        ("dpg", {"budget": 2.0, "norm": "l2", "sigma": 0.5, "patch_size": 12}),
        ("dpg", {"budget": 0.3, "norm": "linf", "steps": 2, "sigma": 0.5, "patch_size": 12}),
    ],
)
def test_ascent_raises_the_loss_above_the_random_parameters(trained, name, params):
    method = build_method(name, params, _info())
    images, labels = _bars(32, seed=7)
    random_params = method.sample_params(32, torch.Generator().manual_seed(3), torch.device("cpu"))
    adversarial, delta = method.attack(trained, images, labels, _ctx(seed=3))
    start, _, _ = method.to_vector(random_params)
    torch.testing.assert_close(method.to_vector(adversarial)[0] - delta, start)  # same samples, same start
    with torch.no_grad():
        random_loss = F.cross_entropy(trained(method.apply(images, random_params)), labels)
        adversarial_loss = F.cross_entropy(trained(method.apply(images, adversarial)), labels)
    assert adversarial_loss > random_loss * 1.5


@pytest.mark.parametrize("name", ["dr", "dpg"])
@pytest.mark.parametrize("norm", ["l2", "linf"])
def test_method_ascent_respects_the_budget_with_a_huge_step(trained, name, norm):
    budget = 20.0 if name == "dr" else 0.5
    method = build_method(name, {"budget": budget, "norm": norm, "steps": 2, "step_size": 1e6}, _info())
    images, labels = _bars(16, seed=1)
    _, delta = method.attack(trained, images, labels, _ctx())
    if norm == "l2":
        assert torch.linalg.vector_norm(delta, dim=1).max() <= budget * (1 + 1e-5)
    else:
        assert delta.abs().max() <= budget
    assert delta.abs().max() > 0


def test_dpg_parameters_stay_in_bounds_after_ascent(trained):
    params = {"budget": 5.0, "norm": "linf", "steps": 3, "step_size": 1e3, "sigma": 0.4, "patch_size": 10}
    method = build_method("dpg", params, _info())
    images, labels = _bars(64, seed=2)
    adversarial, _ = method.attack(trained, images, labels, _ctx())
    sigma, size = adversarial["sigma"], adversarial["size"]
    assert sigma.min() >= 0 and sigma.max() <= 0.4
    assert size.min() >= 0 and size.max() <= 10
    # with such steps the box binds: the bounds themselves are reached
    assert (sigma == 0.4).any() and ((size == 0) | (size == 10)).any()
    # the location is Patch Gaussian's random draw, not part of the configuration moved
    random_params = method.sample_params(64, torch.Generator().manual_seed(0), torch.device("cpu"))
    assert torch.equal(adversarial["centre"], random_params["centre"])


def test_soft_patch_tends_to_the_hard_patch_at_low_temperature():
    centre = torch.tensor([[5, 7], [0, 15], [10, 3]])
    side = torch.tensor([4, 5, 0])
    hard = ops.square_mask(centre, side, SIZE, SIZE, torch.zeros(3, 1, SIZE, SIZE))
    # the hard square covers [c - s // 2, c - s // 2 + s) in continuous coordinates
    continuous = centre - (side // 2)[:, None] + side[:, None] / 2.0
    soft = soft_square_mask(continuous.float(), side.float(), SIZE, SIZE, 0.01, torch.zeros(3, 1, SIZE, SIZE))
    assert torch.equal(soft > 0.5, hard)
    images = torch.full((3, 1, SIZE, SIZE), 0.5)
    noise = torch.randn(3, 1, SIZE, SIZE, generator=torch.Generator().manual_seed(0))
    out = soft_gaussian_patch(
        images, continuous.float(), side.float(), torch.tensor([0.2, 0.2, 0.2]), noise, 0.01
    )
    expected = ops.gaussian_patch(images, centre, side, torch.tensor([0.2, 0.2, 0.2]), noise=noise)
    torch.testing.assert_close(out, expected, atol=1e-4, rtol=0)


@pytest.mark.parametrize("name", ["dr", "dpg"])
def test_loss_trains_the_model_and_the_ascent_leaves_no_trace(name):
    torch.manual_seed(0)
    model = BarNet().train()
    twin = copy.deepcopy(model)
    method = build_method(name, {"steps": 2}, _info())
    images, labels = _bars(16, seed=4)
    loss = method.loss(model, images, labels, _ctx(seed=5))
    # the ascent gave no gradient to the model: only the training loss's backward does
    assert all(p.grad is None for p in model.parameters())
    loss.backward()
    assert model.features[0].weight.grad.abs().sum() > 0
    # BN running stats saw exactly one batch, the training one (the ascent passes were undone)
    twin_method = build_method(name, {"steps": 2}, _info())
    adversarial, _ = twin_method.attack(twin, images, labels, _ctx(seed=5))
    twin(twin_method.apply(images, adversarial))
    for (key, mine), (_, theirs) in zip(model.state_dict().items(), twin.state_dict().items()):
        assert torch.equal(mine, theirs), key
    assert int(model.features[1].num_batches_tracked) == 1


@pytest.mark.parametrize("name", ["dr", "dpg"])
def test_attack_alone_leaves_batchnorm_untouched(name):
    torch.manual_seed(0)
    model = BarNet().train()
    before = copy.deepcopy(model.state_dict())
    method = build_method(name, {"steps": 3}, _info())
    images, labels = _bars(16, seed=4)
    method.attack(model, images, labels, _ctx())
    for key, value in model.state_dict().items():
        assert torch.equal(value, before[key]), key


def test_adv_fraction_attacks_only_the_first_samples(trained):
    method = build_method("dr", {"adv_fraction": 0.25}, _info())
    images, labels = _bars(16, seed=5)
    adversarial, delta = method.attack(trained, images, labels, _ctx(seed=2))
    random_params = method.sample_params(16, torch.Generator().manual_seed(2), torch.device("cpu"))
    assert delta.shape == (4, 1)
    assert torch.equal(adversarial["angle"][4:], random_params["angle"][4:])
    assert not torch.equal(adversarial["angle"][:4], random_params["angle"][:4])


def test_linear_budget_schedule_ramps_from_zero(trained):
    method = build_method("dr", {"budget_schedule": "linear", "budget": 40.0, "norm": "linf"}, _info())
    images, labels = _bars(8, seed=6)
    _, delta = method.attack(trained, images, labels, _ctx(step=0, steps=4))
    assert delta.abs().max() == 0
    _, delta = method.attack(trained, images, labels, _ctx(step=2, steps=4))  # progress 0.5
    assert delta.abs().max() <= 20.0 and delta.abs().max() > 19.0


def test_dr_records_the_angles_it_used(trained):
    method = build_method("dr", {"max_angle": 10.0, "budget": 5.0}, _info())
    images, labels = _bars(16, seed=8)
    for step in range(3):
        method.loss(trained, images, labels, _ctx(seed=step, step=step, steps=3))
    row = method.epoch_end(0)
    assert {"angle_mean_abs", "angle_std", "delta_mean_abs", "budget"} <= set(row)
    assert 0 < row["angle_mean_abs"] <= 15.0 and row["delta_mean_abs"] > 0
    artifacts = method.artifacts()
    edges = artifacts["bin_edges"]["angle"]
    assert len(edges) == 37 and edges[0] == -15.0 and edges[-1] == 15.0
    (epoch,) = artifacts["histograms"]
    assert epoch["epoch"] == 1 and sum(epoch["counts"]["angle"]) == 48
    # the history survives a checkpoint round trip
    fresh = build_method("dr", {"max_angle": 10.0, "budget": 5.0}, _info())
    fresh.load_state_dict(method.state_dict())
    assert fresh.artifacts()["histograms"] == artifacts["histograms"]


def _reach(method, model, images, labels, batch_size):
    """Each sample's ||delta|| when ``images`` go through the attack in batches of ``batch_size``."""
    lengths = []
    for first in range(0, len(labels), batch_size):
        chunk = slice(first, first + batch_size)
        _, delta = method.attack(model, images[chunk], labels[chunk], _ctx(seed=first))
        per_sample = delta.expand(len(labels[chunk]), -1)  # batch: the one delta applies to all
        lengths.append(torch.linalg.vector_norm(per_sample, dim=1))
    return torch.cat(lengths)


@pytest.mark.parametrize("formulation", ["sample", "batch"])
def test_dr_budget_reaches_every_sample_whatever_the_batch_size(trained, formulation):
    """The issue's measurement: one L2 ball over the batch gave each sample ~B/sqrt(m). Now a
    one-step ascent (step 2.5 B, projected) moves every sample's angle by exactly B in one
    batch of 512 and in four of 128 alike."""
    method = build_method("dr", {"budget": 30.0, "formulation": formulation}, _info())
    images, labels = _bars(512, seed=21)
    for batch_size in (512, 128):
        reach = _reach(method, trained, images, labels, batch_size)
        torch.testing.assert_close(reach, torch.full_like(reach, 30.0))


@pytest.mark.parametrize("formulation", ["sample", "batch"])
def test_dpg_budget_reach_does_not_shrink_with_the_batch(trained, formulation):
    budget = 0.2
    method = build_method("dpg", {"budget": budget, "formulation": formulation}, _info())
    images, labels = _bars(512, seed=22)
    medians = []
    for batch_size in (512, 128):
        reach = _reach(method, trained, images, labels, batch_size)
        assert reach.max() <= budget * (1 + 1e-5)
        medians.append(float(reach.median()))
    # the box (sigma >= 0, side >= 0, ...) may stop some moves short, never the batch size
    assert min(medians) > 0.5 * budget and abs(medians[0] - medians[1]) < 0.25 * budget, medians


def test_batch_formulation_uses_one_configuration_and_one_delta(trained):
    method = build_method("dr", {"formulation": "batch", "budget": 10.0, "steps": 3}, _info())
    images, labels = _bars(32, seed=23)
    adversarial, delta = method.attack(trained, images, labels, _ctx(seed=4))
    assert delta.shape == (1, 1) and torch.linalg.vector_norm(delta) <= 10.0 + 1e-4
    assert torch.all(adversarial["angle"] == adversarial["angle"][0])
    assert abs(float(adversarial["angle"][0])) <= 30.0 + 10.0
    dpg = build_method("dpg", {"formulation": "batch"}, _info())
    moved, delta = dpg.attack(trained, images, labels, _ctx(seed=4))
    assert delta.shape == (1, 2)
    for key in ("sigma", "size"):
        assert torch.all(moved[key] == moved[key][:1]), key
    assert not torch.equal(moved["centre"][0], moved["centre"][1])  # the location stays random
    assert not torch.equal(moved["noise"][0], moved["noise"][1])  # the noise stays per sample


def test_dpg_starts_from_rpgs_exact_images(trained):
    """Same generator, same draw, same hard square: at delta = 0 dpg's images are rpg's."""
    images, _ = _bars(64, seed=24)
    for params in ({}, {"patch_size": 7, "sigma": 0.3}):
        rpg = build_method("rpg", params, _info())
        dpg = build_method("dpg", {**params, "budget": 0.0}, _info())
        expected = rpg.augment(images, torch.Generator().manual_seed(5))
        assert torch.equal(dpg.augment(images, torch.Generator().manual_seed(5)), expected)
        assert not torch.equal(expected, images)


def test_dpg_batch_start_is_rpgs_square_with_the_shared_side():
    """formulation: batch shares the first sample's side and sigma; at delta = 0 every image must
    be rpg's with that side at the sample's own pixel centre (a centre placed for the sample's own
    side of the other parity covered side - 1 pixels per axis)."""
    images, labels = _bars(64, seed=25)
    rpg = build_method("rpg", {}, _info())
    dpg = build_method("dpg", {"formulation": "batch", "budget": 0.0}, _info())
    params, _ = dpg.attack(BarNet(), images, labels, _ctx(seed=5))  # budget 0: no ascent pass
    patch = rpg.sample_params(64, torch.Generator().manual_seed(5), torch.device("cpu"))
    assert len(set(patch["size"].remainder(2).tolist())) == 2  # both parities occur
    shared = {**patch, "size": patch["size"][:1].expand(64), "sigma": patch["sigma"][:1].expand(64)}
    assert torch.equal(dpg.apply(images, params), rpg.apply(images, shared))


def test_dpg_straight_through_mask_is_hard_forward_with_soft_gradients():
    from advaug.ops.differentiable import patch_mask

    centre = torch.tensor([[5.0, 7.0]], requires_grad=True)
    side = torch.tensor([4.0], requires_grad=True)
    reference = torch.zeros(1, 1, SIZE, SIZE)
    mask = patch_mask(centre, side, SIZE, SIZE, 0.5, reference)
    assert set(mask.unique().tolist()) == {0.0, 1.0} and int(mask.sum()) == 16
    (mask * torch.arange(SIZE * SIZE).view(1, 1, SIZE, SIZE)).sum().backward()
    assert centre.grad.abs().sum() > 0 and side.grad.abs().sum() > 0


def _ddp_attack(rank, init_file, out_file):
    """One of two gloo processes: rank r attacks its half of the batch (rank 0 draws from seed 0)."""
    import torch.distributed as dist

    dist.init_process_group("gloo", init_method=f"file://{init_file}", rank=rank, world_size=2)
    try:
        torch.manual_seed(0)
        model = _trained_barnet()
        images, labels = _bars(64, seed=25)
        half = slice(32 * rank, 32 * (rank + 1))
        result = {}
        for formulation in ("batch", "sample"):
            for steps in (3, 1):
                params = {"formulation": formulation, "budget": 12.0, "steps": steps}
                method = build_method("dr", params, _info())
                moved, delta = method.attack(model, images[half], labels[half], _ctx(seed=100 * rank))
                result[formulation, steps] = {"angle": moved["angle"], "delta": delta}
        torch.save(result, f"{out_file}.{rank}")
    finally:
        dist.destroy_process_group()


def _trained_barnet():
    torch.manual_seed(0)
    model = BarNet()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    for step in range(30):
        images, labels = _bars(64, seed=step)
        optimizer.zero_grad()
        F.cross_entropy(model(images), labels).backward()
        optimizer.step()
    return model.eval()


def test_two_gloo_processes_reach_the_same_bound_as_one(tmp_path):
    """Split over two processes, the batch formulation shares rank 0's configuration and one
    delta found on the all-reduced gradient -- the same as one process on the whole batch --
    and every sample of either formulation moves by the full budget."""
    import torch.multiprocessing as mp

    out = tmp_path / "result"
    mp.spawn(_ddp_attack, args=(tmp_path / "init", out), nprocs=2, join=True)
    parts = [torch.load(f"{out}.{rank}") for rank in (0, 1)]
    model = _trained_barnet()
    method = build_method("dr", {"formulation": "batch", "budget": 12.0, "steps": 3}, _info())
    images, labels = _bars(64, seed=25)
    whole, delta = method.attack(model, images, labels, _ctx(seed=0))
    # batch: three steps on the all-reduced gradient give one process's answer, on every rank
    torch.testing.assert_close(parts[0]["batch", 3]["delta"], parts[1]["batch", 3]["delta"])
    torch.testing.assert_close(parts[0]["batch", 3]["delta"], delta, atol=1e-4, rtol=0)
    angles = torch.cat([part["batch", 3]["angle"] for part in parts])
    torch.testing.assert_close(angles, whole["angle"], atol=1e-4, rtol=0)
    for part in parts:  # one step of 2.5 B, projected: every sample moves by exactly B
        for formulation in ("batch", "sample"):
            reach = torch.linalg.vector_norm(part[formulation, 1]["delta"], dim=1)
            torch.testing.assert_close(reach, torch.full_like(reach, 12.0))


@pytest.mark.parametrize("name", ["dr", "dpg", "advaa"])
def test_seeded_generator_gives_identical_steps(name):
    images, labels = _bars(16, seed=9)
    losses = []
    for seed in (11, 11, 12):
        torch.manual_seed(0)
        model = BarNet().train()
        method = build_method(name, {"num_policies": 2} if name == "advaa" else None, _info())
        method.setup(model, torch.device("cpu"))
        losses.append(method.loss(model, images, labels, _ctx(seed=seed)).item())
    assert losses[0] == losses[1] and losses[0] != losses[2]


@pytest.mark.parametrize(
    "name,params,message",
    [
        ("dr", {"norm": "l3"}, "norm"),
        ("dpg", {"adv_fraction": 2}, "adv_fraction"),
        ("dpg", {"temperature": 0}, "temperature"),
        ("advaa", {"copies": "half"}, "copies"),
        ("advaa", {"num_policies": 0}, "num_policies"),
    ],
)
def test_bad_options_are_user_errors(name, params, message):
    with pytest.raises(UserError, match=message):
        build_method(name, params, _info())


# ---- advaa -----------------------------------------------------------------------------------


def _decisions(method, ops_and_probs):
    """(M, T) decisions giving every sub-policy of policy m the two (op, prob bin) steps listed."""
    rows = []
    for steps in ops_and_probs:
        step_decisions = []
        for op, prob_bin in steps:
            step_decisions += [OPERATIONS.index(op), prob_bin, 9]
        rows.append(step_decisions * method.params["sub_policies"])
    return torch.tensor(rows)


def test_advaa_applies_each_rows_policy_in_one_batched_pass():
    params = {"num_policies": 3, "copies": "split", "search_probability": True}
    method = build_method("advaa", params, _info(channels=3))
    method.setup(nn.Identity(), torch.device("cpu"))
    method.use_policies(
        _decisions(
            method,
            [
                [("Invert", 10), ("Rotate", 0)],
                [("Invert", 0), ("Cutout", 0)],
                [("Cutout", 10), ("Invert", 10)],
            ],
        )
    )
    images = torch.rand(12, 3, SIZE, SIZE, generator=torch.Generator().manual_seed(0)) * 0.4
    bounds = method.layout(12)
    assert bounds == [0, 4, 8, 12]
    policy_of_row = torch.tensor([0] * 4 + [1] * 4 + [2] * 4)
    out = method.apply_policies(images, policy_of_row, torch.Generator().manual_seed(1))
    assert torch.equal(out[:4], 1 - images[:4])  # Invert always, Rotate never
    assert torch.equal(out[4:8], images[4:8])  # both never
    # Cutout (level 9: a grey square of 20/32 * 16 * 9/9 = 10 px) then Invert: 0.5 stays 0.5
    grey = (out[8:] == 0.5).all(dim=1).flatten(1).sum(1)
    assert (grey >= 5 * 5).all()
    assert torch.equal(out[8:][out[8:] != 0.5], (1 - images[8:])[out[8:] != 0.5])


def test_advaa_full_copies_train_on_m_copies_and_split_on_parts():
    torch.manual_seed(0)
    model = BarNet(channels=3).train()
    images = torch.rand(8, 3, SIZE, SIZE)
    labels = torch.arange(8) % 2
    for copies, rows in (("full", 32), ("split", 8)):
        method = build_method("advaa", {"num_policies": 4, "copies": copies}, _info(channels=3))
        method.setup(model, torch.device("cpu"))
        seen = []
        handle = model.register_forward_hook(lambda module, args, out: seen.append(args[0].shape[0]))
        loss = method.loss(model, images, labels, _ctx())
        handle.remove()
        assert seen == [rows]
        model.zero_grad()
        loss.backward()
        assert model.features[0].weight.grad.abs().sum() > 0
        assert method._reward_steps == 1 and method._reward_sum.shape == (4,)


class BrightnessJudge(nn.Module):
    """A fixed 'target' whose loss on label 0 grows with mean brightness: Invert hurts it most."""

    def __init__(self):
        super().__init__()
        self.scale = nn.Parameter(torch.tensor(20.0))

    def forward(self, images):
        score = self.scale * (0.5 - images.mean(dim=(1, 2, 3)))
        return torch.stack([score, torch.zeros_like(score)], dim=1)


def _invert_probability(method, samples=256):
    rollout = method.controller(samples, rng=torch.Generator().manual_seed(123))
    return rollout.op_probabilities[:, OPERATIONS.index("Invert")].mean().item()


def test_advaa_controller_learns_to_choose_the_harmful_operation():
    torch.manual_seed(0)
    judge = BrightnessJudge()
    steps = 40
    params = {
        "num_policies": 8,
        "copies": "full",
        "controller_lr": 0.02,
        "entropy_weight": 0.0,
        "controller_updates_per_epoch": steps,
    }
    method = build_method("advaa", params, _info(channels=1))
    method.setup(judge, torch.device("cpu"))
    before = _invert_probability(method)
    images = torch.rand(16, 1, SIZE, SIZE, generator=torch.Generator().manual_seed(0)) * 0.3
    labels = torch.zeros(16, dtype=torch.long)
    rng = torch.Generator().manual_seed(0)
    for step in range(steps):
        ctx = StepContext(rng, F.cross_entropy, 0, 1, step, steps)
        method.loss(judge, images, labels, ctx)
    row = method.epoch_end(0)
    after = _invert_probability(method)
    assert row["controller_updates"] == steps
    assert before < 1.5 / len(OPERATIONS)  # near uniform at the start
    assert after > 2 * before
    last = method.artifacts()["last_epoch"]
    assert last["op_frequency"]["Invert"] == max(last["op_frequency"].values())


def test_advaa_state_round_trip_and_readable_artifacts():
    torch.manual_seed(0)
    model = BarNet(channels=3).train()
    params = {"num_policies": 4, "copies": "split", "controller_updates_per_epoch": 2, "controller_lr": 0.01}
    method = build_method("advaa", params, _info(channels=3))
    method.setup(model, torch.device("cpu"))
    images, labels = torch.rand(8, 3, SIZE, SIZE), torch.arange(8) % 2
    rng = torch.Generator().manual_seed(0)
    for step in range(4):
        method.loss(model, images, labels, StepContext(rng, F.cross_entropy, 0, 1, step, 4))
    row = method.epoch_end(0)
    assert row["controller_updates"] == 2 and row["entropy"] > 0 and "reward" in row
    last = method.artifacts()["last_epoch"]
    assert last["policies_sampled"] == 8 and sum(p["count"] for p in last["policies"]) == 8
    step = last["policies"][0]["sub_policies"][0][0]
    assert step["op"] in OPERATIONS and 0.0 <= step["probability"] <= 1.0
    assert abs(sum(last["op_frequency"].values()) - 1.0) < 1e-3

    torch.manual_seed(99)  # a different initialisation, overwritten by the saved state
    resumed = build_method("advaa", params, _info(channels=3))
    resumed.setup(model, torch.device("cpu"))
    resumed.load_state_dict(method.state_dict())
    mine = method.sample_policies(torch.Generator().manual_seed(5))
    theirs = resumed.sample_policies(torch.Generator().manual_seed(5))
    assert torch.equal(mine, theirs)
    assert resumed.optimizer.state_dict()["state"].keys() == method.optimizer.state_dict()["state"].keys()
    assert resumed.artifacts()["last_epoch"] == last


def test_advaa_cutout_is_in_the_space_and_sized_by_level():
    method = build_method("advaa", None, _info(channels=3))
    method.setup(nn.Identity(), torch.device("cpu"))
    assert len(OPERATIONS) == 15 and "SamplePairing" not in OPERATIONS
    magnitudes = method.artifacts()["search_space"]["magnitudes"]
    assert magnitudes["Cutout"][-1] == 10.0 and magnitudes["Rotate"][-1] == 30.0
    assert OPERATIONS[CUTOUT] == "Cutout"


def test_rewards_are_normalised_across_the_m_instances_as_the_reference_does():
    from advaug.methods.advaa import normalised_rewards

    rewards = torch.tensor([1.0, 2.0, 3.0, 6.0])
    # reference: (Lm - mean(Lm)) / (std(Lm) + 1e-5), torch.std unbiased: mean 3, std sqrt(14/3)
    expected = (rewards - 3.0) / ((14.0 / 3.0) ** 0.5 + 1e-5)
    torch.testing.assert_close(normalised_rewards(rewards), expected)
    # so the update ignores the scale and level of the target's loss
    steps = []
    for scaled in (rewards, 10.0 * rewards + 5.0):
        torch.manual_seed(0)
        method = build_method("advaa", {"num_policies": 4}, _info())
        method.setup(nn.Identity(), torch.device("cpu"))
        method.sample_policies(torch.Generator().manual_seed(1))
        method.update_controller(scaled)
        steps.append([p.detach().clone() for p in method.controller.parameters()])
    for mine, theirs in zip(*steps):
        torch.testing.assert_close(mine, theirs)


def test_advaa_records_the_controller_distribution_per_epoch():
    torch.manual_seed(0)
    method = build_method("advaa", {"num_policies": 4, "copies": "split", "controller_updates_per_epoch": 2}, _info())
    method.setup(BarNet(), torch.device("cpu"))
    images, labels = _bars(8, seed=3)
    rng = torch.Generator().manual_seed(0)
    for step in range(4):
        method.loss(BarNet(), images, labels, StepContext(rng, F.cross_entropy, 0, 1, step, 4))
    row = method.epoch_end(0)
    ops = [row[f"op_{name}"] for name in OPERATIONS]
    levels = [row[f"level_{k}"] for k in range(10)]
    assert abs(sum(ops) - 1) < 1e-3 and abs(sum(levels) - 1) < 1e-3
    assert max(ops) < 1.5 / len(OPERATIONS)  # two small steps from a near-uniform start


def _ddp_controller(rank, init_file, out_file):
    """One of two gloo processes training advaa on its own shard with its own generator."""
    import torch.distributed as dist

    dist.init_process_group("gloo", init_method=f"file://{init_file}", rank=rank, world_size=2)
    try:
        torch.manual_seed(0)
        model = BarNet()
        torch.manual_seed(rank)  # different controller initialisations: rank 0's must win
        params = {"num_policies": 4, "copies": "full", "controller_updates_per_epoch": 3, "controller_lr": 0.01}
        method = build_method("advaa", params, _info())
        method.setup(model, torch.device("cpu"))
        images, labels = _bars(16, seed=30 + rank)  # different shards
        rng = torch.Generator().manual_seed(100 + rank)
        decisions = []
        for step in range(6):
            method.loss(model, images, labels, StepContext(rng, F.cross_entropy, 0, 1, step, 6))
            decisions.append(method._decisions.clone())
        row = method.epoch_end(0)
        torch.save(
            {"controller": method.controller.state_dict(), "decisions": decisions, "reward": row["reward"]},
            f"{out_file}.{rank}",
        )
    finally:
        dist.destroy_process_group()


def test_two_gloo_processes_train_one_controller(tmp_path):
    import torch.multiprocessing as mp

    out = tmp_path / "result"
    mp.spawn(_ddp_controller, args=(tmp_path / "init", out), nprocs=2, join=True)
    first, second = (torch.load(f"{out}.{rank}") for rank in (0, 1))
    for mine, theirs in zip(first["decisions"], second["decisions"]):
        assert torch.equal(mine, theirs)  # rank 0's policies in force everywhere
    for key, value in first["controller"].items():
        assert torch.equal(value, second["controller"][key]), key
    assert first["reward"] == second["reward"]  # rewards averaged over both shards


@pytest.mark.slow
def test_paper_controller_settings_learn_within_a_short_real_run(digits, tmp_path):
    """config/paper.yaml's controller settings on 4 epochs of real digits (80 updates): the policy
    entropy falls and the op distribution leaves uniform (with the paper's lr 3.5e-4 it stays
    uniform: the issue measured 74.0 nats after 40 updates).

    The path is chaotic: thread count and summation order change which policies are drawn. After
    3 epochs one CI run had fallen only 0.95 nats (local runs 3.6-6.3), so the run is 4 epochs:
    over 12 runs (1 and 2 threads, seeds 0-4, 576-704 images) the last epoch's entropy was 1.8-13
    nats below the first's and its KL from uniform 0.12-0.66."""
    import csv
    import dataclasses
    import math

    import yaml

    from advaug.config import REPO_ROOT
    from advaug.training.loop import RunSpec, train

    paper = yaml.safe_load((REPO_ROOT / "config" / "paper.yaml").read_text())["method_params"]["advaa"]
    search = ("entropy_weight", "num_policies", "search_probability", "sub_policies")
    controller = {k: v for k, v in paper.items() if k.startswith("controller_") or k in search}
    subset = dataclasses.replace(digits, train_images=digits.train_images[:640], train_labels=digits.train_labels[:640])
    training = {
        "epochs": 4, "batch_size": 32, "lr": 0.05, "momentum": 0.9, "nesterov": True, "weight_decay": 5e-4,
        "schedule": "cosine", "warmup_epochs": 1, "label_smoothing": 0.0, "crop_padding": 2, "precision": "fp32",
        "channels_last": False, "compile": False, "eval_batch_size": 512, "eval_every": 100,
    }
    settings = {"device": "cpu", "training": training, "method_params": {**controller, "copies": "full"},
                "model_params": {"widths": [8, 16, 32]}}
    train(subset, RunSpec("advaa", "small_cnn", 0, settings, "cpu"), tmp_path)
    rows = list(csv.DictReader(open(tmp_path / "history.csv")))
    entropy = [float(row["method_entropy"]) for row in rows]
    ops = [[float(v) for k, v in row.items() if k.startswith("method_op_")] for row in rows]
    divergence = [sum(p * math.log(p * len(op)) for p in op if p > 0) for op in ops]  # KL(op || uniform)
    print(f"entropy per epoch {entropy}, KL from uniform {divergence}")
    assert entropy[0] > 49.5  # 10 op (ln 15) + 10 level (ln 10) decisions: 50.1 nats when uniform
    assert entropy[-1] < entropy[0] - 1.0
    assert divergence[-1] > 0.05 and divergence[-1] > 5 * divergence[0]
