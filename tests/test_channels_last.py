"""channels_last, the default memory layout on every device (training.channels_last: auto):
a saved run comes back in the layout it trained in, and evaluation in that layout gives
the numbers of the plain layout (the same arithmetic, summed in another order)."""

from __future__ import annotations

import copy

import numpy as np
import torch

from advaug.data.canonical import RawSplits, load_prepared, write_prepared
from advaug.evaluation.knn import embed_dataset
from advaug.evaluation.metrics import is_channels_last, predict_logits
from advaug.evaluation.robustness import robust_accuracy
from advaug.models import build_model
from advaug.training.loop import channels_last_for, load_trained


def _model_and_images(count: int = 48):
    torch.manual_seed(0)
    model = build_model("small_cnn", in_channels=3, num_classes=10, widths=[8, 16], embed_dim=16).eval()
    images = torch.randint(0, 256, (count, 3, 16, 16), dtype=torch.uint8)
    return model, images, torch.arange(count) % 10


def test_auto_is_channels_last_on_every_device():
    assert channels_last_for({"channels_last": "auto"}) is True
    assert channels_last_for({"channels_last": False}) is False


def test_evaluation_in_channels_last_equals_the_plain_layout():
    model, images, labels = _model_and_images()
    model_cl = copy.deepcopy(model).to(memory_format=torch.channels_last)
    assert is_channels_last(model_cl) and not is_channels_last(model)
    torch.testing.assert_close(predict_logits(model_cl, images, 16), predict_logits(model, images, 16),
                               rtol=1e-4, atol=1e-5)
    np.testing.assert_allclose(embed_dataset(model_cl, images, 16), embed_dataset(model, images, 16),
                               rtol=1e-4, atol=1e-5)
    pgd = dict(attack_name="pgd", eps=8 / 255, steps=3, batch_size=16)
    assert robust_accuracy(model_cl, images, labels, **pgd) == robust_accuracy(model, images, labels, **pgd)


def test_load_trained_restores_the_layout_the_run_trained_in(tmp_path):
    from advaug.training.loop import RunSpec, train

    rng = np.random.default_rng(0)
    splits = RawSplits(rng.integers(0, 256, (40, 16, 16, 3), dtype=np.uint8), np.arange(40) % 10,
                       rng.integers(0, 256, (10, 16, 16, 3), dtype=np.uint8), np.arange(10) % 10,
                       [str(c) for c in range(10)])
    write_prepared(splits, tmp_path / "data", "random", "test")
    training = {"epochs": 1, "batch_size": 20, "lr": 0.05, "momentum": 0.9, "nesterov": True, "weight_decay": 0.0,
                "schedule": "cosine", "warmup_epochs": 0, "label_smoothing": 0.0, "crop_padding": 2,
                "precision": "fp32", "compile": False, "eval_batch_size": 10, "eval_every": 1}
    for layout, expected in (("auto", True), (False, False)):
        settings = {"training": {**training, "channels_last": layout},
                    "model_params": {"widths": [8], "embed_dim": 8}}
        out = tmp_path / str(layout)
        train(load_prepared(tmp_path / "data"), RunSpec("baseline", "small_cnn", 0, settings, "cpu"), out)
        model, meta = load_trained(out / "model.pt")
        assert meta["channels_last"] is expected and is_channels_last(model) is expected
