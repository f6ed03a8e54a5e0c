"""advaug.training.optim: torch.optim's SGD and Adam minus the torch._dynamo import.

The classes must update parameters, keep state and save/restore exactly as
torch.optim does, and a training job built on them must never import
torch._dynamo (the seconds per job they exist to save).
"""

from __future__ import annotations

import copy
import os
import subprocess
import sys

import pytest
import torch

from advaug.training import optim
from conftest import REPO

CASES = {
    "sgd nesterov": (optim.SGD, torch.optim.SGD, {"lr": 0.1, "momentum": 0.9, "nesterov": True,
                                                  "weight_decay": 5e-4}),
    "adam gan betas": (optim.Adam, torch.optim.Adam, {"lr": 1e-3, "betas": (0.0, 0.9)}),
    "adam defaults": (optim.Adam, torch.optim.Adam, {"lr": 0.05}),
}


def net() -> torch.nn.Module:
    torch.manual_seed(0)
    return torch.nn.Sequential(torch.nn.Linear(6, 5), torch.nn.BatchNorm1d(5), torch.nn.ReLU(),
                               torch.nn.Linear(5, 3))


def train(model, optimizer, steps: int, start: int = 0) -> None:
    """Steps ``start`` .. ``start + steps - 1`` of a fixed problem under a warm-up schedule."""
    for step in range(start, start + steps):
        inputs = torch.randn(16, 6, generator=torch.Generator().manual_seed(step))
        loss = model(inputs).sin().square().mean()
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()


def scheduled(optimizer):
    return torch.optim.lr_scheduler.LambdaLR(optimizer, lambda step: min(1.0, (step + 1) / 4))


@pytest.mark.parametrize("case", sorted(CASES))
def test_updates_state_and_schedule_equal_torch_optim_step_for_step(case):
    ours_class, torch_class, options = CASES[case]
    ours_model, torch_model = net(), net()
    ours, reference = ours_class(ours_model.parameters(), **options), torch_class(torch_model.parameters(), **options)
    assert isinstance(ours, torch_class)  # so the LR schedulers accept it
    ours_schedule, torch_schedule = scheduled(ours), scheduled(reference)
    for step in range(12):
        for model, optimizer, schedule in ((ours_model, ours, ours_schedule), (torch_model, reference, torch_schedule)):
            train(model, optimizer, 1, start=step)
            schedule.step()
        for mine, theirs in zip(ours_model.parameters(), torch_model.parameters()):
            assert torch.equal(mine, theirs), f"step {step}"
        assert ours.param_groups[0]["lr"] == reference.param_groups[0]["lr"]
    torch.testing.assert_close(ours.state_dict(), reference.state_dict(), rtol=0, atol=0)


@pytest.mark.parametrize("case", sorted(CASES))
def test_state_dict_resumes_exactly_and_loads_into_torch_optim(case):
    """A checkpoint of ours resumes ours, and torch.optim's, to the uninterrupted result."""
    ours_class, torch_class, options = CASES[case]
    straight = net()
    train(straight, ours_class(straight.parameters(), **options), 10)
    first = net()
    optimizer = ours_class(first.parameters(), **options)
    train(first, optimizer, 6)
    saved = optimizer.state_dict()
    for resumed_class in (ours_class, torch_class):
        resumed = net()
        resumed.load_state_dict(first.state_dict())
        resumed_optimizer = resumed_class(resumed.parameters(), **options)
        resumed_optimizer.load_state_dict(copy.deepcopy(saved))  # as from a checkpoint file: no shared tensor
        train(resumed, resumed_optimizer, 4, start=6)
        for mine, theirs in zip(resumed.parameters(), straight.parameters()):
            assert torch.equal(mine, theirs), resumed_class


def test_jobs_that_train_or_search_never_import_torch_dynamo(digits_dir, tmp_path):
    """A train job (SGD; advaa's controller: Adam), with its per-epoch checkpoints, and the
    unrestricted search's Adam leave torch._dynamo and torch._inductor unimported (2.9 s per
    job on the AMD VM). (The AC-GAN's jobs still import both: torchvision's make_grid, for the
    sample grids, imports torchvision.ops, which imports torch._dynamo.)"""
    from advaug.config import as_json, train_settings, validate_config

    config = validate_config({
        "datasets": ["digits"], "models": ["small_cnn"], "methods": ["advaa"], "seeds": [0], "device": "cpu",
        "training": {"epochs": 1, "batch_size": 128, "train_fraction": 0.2},
        "model_params": {"small_cnn": {"widths": [4, 8], "activation": "relu"}},
    })
    argv = ["train", "--data", str(digits_dir), "--method", "advaa", "--model", "small_cnn", "--seed", "0",
            "--out", str(tmp_path / "run"), "--threads", "1",
            "--params", as_json(train_settings(config, "advaa", "small_cnn"))]
    code = (
        "import sys, torch\n"
        "from advaug.cli import main\n"
        f"assert main({argv!r}) == 0\n"

        "from advaug.training.optim import Adam\n"
        "z = torch.randn(3, 4).requires_grad_(True)\n"
        "z0 = z.detach().clone()\n"
        "adam = Adam([z], lr=0.1)\n"
        "z.square().sum().backward()\n"
        "adam.step()\n"
        "assert torch.allclose(z0 - z.detach(), 0.1 * z0.sign(), atol=1e-6)\n"
        "print('torch._dynamo' in sys.modules, 'torch._inductor' in sys.modules)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "OMP_NUM_THREADS": "1"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    assert (tmp_path / "run" / "model.pt").exists()
    assert result.stdout.strip().splitlines()[-1] == "False False"
