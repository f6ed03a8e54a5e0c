"""Angular loss against hand-computed values, class-balanced batches, and the k-NN head."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from advaug.errors import UserError
from advaug.evaluation.knn import KNNHead, embed_dataset, knn_accuracy
from advaug.methods import DataInfo, StepContext, build_method
from advaug.methods.angular import angular_loss
from advaug.models import build_model


def info(num_classes: int = 10) -> DataInfo:
    return DataInfo(num_classes=num_classes, in_channels=3, image_size=16, hflip=False)


def rng(seed: int = 0) -> torch.Generator:
    return torch.Generator().manual_seed(seed)


# --- angular loss -----------------------------------------------------------------------------

# Two classes x two unit vectors in 2-D. Dot products:
#   x1.x2 = 0.6   x1.x3 = 0     x1.x4 = -0.6
#   x2.x3 = 0.8   x2.x4 = -1    x3.x4 = -0.8
POINTS = torch.tensor([[1.0, 0.0], [0.6, 0.8], [0.0, 1.0], [-0.6, -0.8]])
LABELS = torch.tensor([0, 0, 1, 1])


def test_angular_loss_matches_the_paper_formula_by_hand_at_45_degrees():
    # tan^2(45) = 1, so f = 4 (x_a + x_p).x_n - 4 x_a.x_p
    # pair (1, 2): n = 3: 4 (0 + 0.8) - 4 (0.6) = 0.8;   n = 4: 4 (-0.6 - 1) - 2.4 = -8.8
    # pair (3, 4): n = 1: 4 (0 - 0.6) + 3.2 = 0.8;      n = 2: 4 (0.8 - 1) + 3.2 = 2.4
    # (a, p) and (p, a) give the same terms, so the mean over the four ordered pairs is
    pair_12 = math.log(1 + math.exp(0.8) + math.exp(-8.8))
    pair_34 = math.log(1 + math.exp(0.8) + math.exp(2.4))
    expected = (pair_12 + pair_34) / 2
    assert angular_loss(POINTS, LABELS, 45.0).item() == pytest.approx(expected, rel=1e-6)


def test_angular_loss_uses_tan_squared_and_normalises():
    # alpha = 30 degrees: tan^2 = 1/3, f = (4/3) (x_a + x_p).x_n - (8/3) x_a.x_p
    # pair (1, 2): n = 3: (4/3)(0.8) - 1.6 = -0.5333;   n = 4: (4/3)(-1.6) - 1.6 = -3.7333
    # pair (3, 4): n = 1: (4/3)(-0.6) + 2.1333 = 1.3333; n = 2: (4/3)(-0.2) + 2.1333 = 1.8667
    pair_12 = math.log(1 + math.exp(4 / 3 * 0.8 - 1.6) + math.exp(4 / 3 * -1.6 - 1.6))
    pair_34 = math.log(1 + math.exp(4 / 3 * -0.6 + 8 / 3 * 0.8) + math.exp(4 / 3 * -0.2 + 8 / 3 * 0.8))
    expected = (pair_12 + pair_34) / 2
    scaled = POINTS * torch.tensor([[3.0], [0.5], [2.0], [7.0]])  # lengths must not matter
    assert angular_loss(scaled, LABELS, 30.0).item() == pytest.approx(expected, rel=1e-6)


def test_angular_loss_without_pairs_is_zero_but_differentiable():
    embeddings = torch.randn(3, 4, requires_grad=True)
    loss = angular_loss(embeddings, torch.tensor([0, 1, 2]), 45.0)
    loss.backward()
    assert loss.item() == 0.0 and embeddings.grad is not None


def test_minimising_angular_loss_separates_classes():
    generator = rng(0)
    labels = torch.arange(4).repeat_interleave(6)
    embeddings = torch.randn(24, 8, generator=generator).requires_grad_(True)
    optimiser = torch.optim.Adam([embeddings], lr=0.05)
    start = angular_loss(embeddings, labels, 45.0).item()
    for _ in range(150):
        optimiser.zero_grad()
        angular_loss(embeddings, labels, 45.0).backward()
        optimiser.step()
    assert angular_loss(embeddings, labels, 45.0).item() < 0.1 * start
    head = KNNHead(3).fit(embeddings.detach().numpy(), labels.numpy())
    unit = F.normalize(embeddings.detach(), dim=1)
    same = (labels[:, None] == labels[None]).float()
    cosine = unit @ unit.t()
    assert (cosine * same).sum() / same.sum() > 0.8  # classes pulled together...
    assert (cosine * (1 - same)).sum() / (1 - same).sum() < 0.1  # ...and apart
    assert head.accuracy(embeddings.detach().numpy(), labels.numpy()) == 1.0


def test_angular_method_trains_features_by_angular_loss_only():
    torch.manual_seed(0)
    model = build_model("small_cnn", in_channels=3, num_classes=4, widths=[4, 8], embed_dim=16)
    images = torch.rand(16, 3, 16, 16, generator=rng(1))
    labels = torch.arange(4).repeat(4)
    ctx = StepContext(rng(2), lambda logits, y: F.cross_entropy(logits.float(), y), 0, 1, 0, 1)
    grads = {}
    for probe in (True, False):
        model.zero_grad()
        method = build_method("angular", {"linear_probe": probe}, info(4))
        method.loss(model, images, labels, ctx).backward()
        grads[probe] = {name: p.grad.clone() for name, p in model.named_parameters() if p.grad is not None}
    # the probe trains the head and leaves every feature gradient exactly as the angular loss makes it
    assert "head.weight" in grads[True] and "head.weight" not in grads[False]
    features = [name for name in grads[False] if not name.startswith("head")]
    assert features and all(torch.equal(grads[True][name], grads[False][name]) for name in features)
    assert all(grads[False][name].abs().sum() > 0 for name in features)


def test_angular_rejects_bad_options():
    with pytest.raises(UserError):
        build_method("angular", {"alpha_deg": 90}, info())
    with pytest.raises(UserError):
        build_method("angular", {"samples_per_class": 1}, info())
    with pytest.raises(UserError):  # batch 15 for 10 classes: one sample per class, no pairs
        build_method("angular", None, info()).batch_order(torch.arange(100) % 10, 15, 2, rng())


# --- class-balanced batches -------------------------------------------------------------------


def imbalanced_labels() -> torch.Tensor:
    """Nine classes of 30 samples and one (class 9) of 12, in shuffled order."""
    labels = torch.cat([torch.arange(9).repeat_interleave(30), torch.full((12,), 9)])
    return labels[torch.randperm(len(labels), generator=rng(9))]


def test_balanced_batches_hold_exactly_k_per_class_without_repeats():
    labels = imbalanced_labels()
    method = build_method("angular", None, info())
    batches = method.batch_order(labels, 40, 7, rng(0))  # k = 4 -> 28 of each class per epoch
    assert batches.shape == (7, 40) and batches.dtype == torch.int64
    for row in batches:
        assert torch.equal(labels[row].bincount(minlength=10), torch.full((10,), 4))
    for label in range(9):  # 30 samples, 28 needed: no sample twice in the epoch
        drawn = batches.flatten()[labels[batches.flatten()] == label]
        assert len(drawn) == 28 and len(drawn.unique()) == 28
    small = batches.flatten()[labels[batches.flatten()] == 9]  # 12 samples, 28 needed: cycles
    assert len(small[:12].unique()) == 12 and small.bincount().max() <= 3


def test_balanced_batches_shape_rule_and_seeds():
    labels = imbalanced_labels()
    method = build_method("angular", None, info())
    assert method.batch_order(labels, 45, 3, rng(0)).shape == (3, 40)  # 45 // 10 = 4, so 4 x 10
    explicit = build_method("angular", {"samples_per_class": 3}, info())
    assert explicit.batch_order(labels, 128, 3, rng(0)).shape == (3, 30)
    assert torch.equal(method.batch_order(labels, 40, 5, rng(1)), method.batch_order(labels, 40, 5, rng(1)))
    other_seed = method.batch_order(labels, 40, 5, rng(2))
    assert not torch.equal(method.batch_order(labels, 40, 5, rng(1)), other_seed)


# --- k-NN head --------------------------------------------------------------------------------


def blobs(seed: int, count: int = 200, classes: int = 4):
    generator = np.random.default_rng(seed)
    labels = generator.integers(0, classes, count)
    centres = np.eye(classes, 8) * 4.0
    return centres[labels] + generator.normal(size=(count, 8)), labels


def test_knn_head_classifies_separable_data_and_fails_shuffled_labels():
    train, train_labels = blobs(0)
    test, test_labels = blobs(1)
    assert KNNHead(3).fit(train, train_labels).accuracy(test, test_labels) > 0.95
    shuffled = np.random.default_rng(2).permutation(train_labels)
    assert KNNHead(3).fit(train, shuffled).accuracy(test, test_labels) < 0.45  # chance is 0.25


def test_knn_head_is_scale_invariant():
    train, train_labels = blobs(0)
    test, _ = blobs(1)
    head = KNNHead(3).fit(train, train_labels)
    scales = np.random.default_rng(3).uniform(0.1, 10.0, size=(len(test), 1))
    assert np.array_equal(head.predict(test), head.predict(test * scales))


def test_embed_dataset_is_batched_float32_in_eval_mode():
    torch.manual_seed(0)
    model = build_model("small_cnn", in_channels=3, num_classes=4, widths=[4, 8], embed_dim=6).train()
    images = torch.randint(0, 256, (10, 3, 16, 16), dtype=torch.uint8, generator=rng(0))
    whole = embed_dataset(model, images, batch_size=10)
    pieces = embed_dataset(model, images, batch_size=3)
    assert whole.dtype == np.float32 and whole.shape == (10, 6)
    np.testing.assert_allclose(whole, pieces, rtol=1e-5, atol=1e-6)  # eval mode: no batch statistics
    assert model.training


def test_knn_accuracy_on_digits_features(digits):
    # even an untrained CNN's features separate digits well above chance (0.1) -- unless the
    # training labels are shuffled, which must bring the k-NN vote down to chance
    torch.manual_seed(0)
    model = build_model(
        "small_cnn", in_channels=3, num_classes=10, widths=[8, 16], mean=digits.mean, std=digits.std
    )
    train_images, train_labels = digits.train_images[:600], digits.train_labels[:600]
    accuracy = knn_accuracy(model, train_images, train_labels, digits.test_images, digits.test_labels, k=3)
    shuffled = train_labels[torch.randperm(600, generator=rng(0))]
    chance = knn_accuracy(model, train_images, shuffled, digits.test_images, digits.test_labels, k=3)
    assert accuracy > 0.6 and chance < 0.25


@pytest.mark.slow
def test_umap_figure_writes_png_and_pdf(tmp_path):
    pytest.importorskip("umap")
    from advaug.report.embeddings import umap_figure

    clean, labels = blobs(0, count=90, classes=3)
    perturbed = clean + np.random.default_rng(1).normal(size=clean.shape)
    paths = umap_figure(clean, perturbed, labels, ["a", "b", "c"], "toy", tmp_path / "umap")
    assert [p.suffix for p in paths] == [".png", ".pdf"]
    assert all(p.stat().st_size > 1000 for p in paths)


@pytest.mark.slow
def test_umap_on_our_exact_neighbours_builds_umap_learns_own_graph():
    """The neighbours handed to umap-learn are the ones it finds by itself on small data: the
    fuzzy graph it builds from them matches its own (float rounding apart), and the layout is
    as faithful to the embedding (trustworthiness; the layouts' random draws differ)."""
    pytest.importorskip("umap")
    import umap
    from sklearn.manifold import trustworthiness

    from advaug.report.embeddings import exact_neighbours

    points, _ = blobs(0, count=240, classes=4)
    points = (points / np.linalg.norm(points, axis=1, keepdims=True)).astype(np.float32)
    own = umap.UMAP(n_neighbors=15, random_state=0, n_jobs=1).fit(points)
    ours = umap.UMAP(n_neighbors=15, random_state=0, n_jobs=1, precomputed_knn=exact_neighbours(points, 15)).fit(points)
    assert own._small_data and not ours._small_data  # the two paths really differ
    np.testing.assert_allclose(ours.graph_.toarray(), own.graph_.toarray(), atol=1e-5)
    faithful = [trustworthiness(points, r.embedding_, n_neighbors=10) for r in (own, ours)]
    assert abs(faithful[0] - faithful[1]) < 0.02 and min(faithful) > 0.9


UMAP_FIT_SCRIPT = """
import json, sys
import numpy as np
import advaug.report.embeddings as embeddings
if sys.argv[1] == "uncached":
    embeddings.cache_umap_kernels = lambda: None
points = np.random.default_rng(0).normal(size=(240, 32)).astype(np.float32)
coordinates = embeddings.umap_coordinates(points)
stats = {}
for module_name, name in embeddings.UNCACHED_UMAP_KERNELS:
    kernel = getattr(sys.modules[module_name], name)
    stats[name] = [sum(kernel.stats.cache_hits.values()), sum(kernel.stats.cache_misses.values())]
print(json.dumps({"coordinates": coordinates.tolist(), "stats": stats}))
"""


@pytest.mark.slow
def test_umap_kernels_compile_once_per_environment_and_draw_the_same_layout():
    """umap-learn compiles three kernels without numba's disk cache; cache_umap_kernels turns the
    cache on, so a second process loads them (a hit, no miss, for each) instead of compiling,
    and the layout is the same to the last bit as with kernels compiled in the process."""
    pytest.importorskip("umap")
    import json
    import subprocess
    import sys

    def fit(mode: str) -> dict:
        done = subprocess.run([sys.executable, "-c", UMAP_FIT_SCRIPT, mode], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout.splitlines()[-1])

    first, second, uncached = fit("cached"), fit("cached"), fit("uncached")
    assert all(hits >= 1 and misses == 0 for hits, misses in second["stats"].values()), second["stats"]
    assert all(hits == 0 for hits, _ in uncached["stats"].values()), uncached["stats"]
    assert first["coordinates"] == second["coordinates"] == uncached["coordinates"]


def test_evaluate_fits_the_knn_head_on_the_trained_subset_only(digits, digits_dir, tmp_path):
    """With train_fraction 0.2, the images outside the run's subset must not vote: planting
    mislabelled copies of the test images there leaves the evaluated k-NN accuracy unchanged
    (a head fitted on the whole training set would find them at distance zero)."""
    from advaug.data.canonical import RawSplits, write_prepared
    from advaug.evaluation.evaluate import evaluate_run
    from advaug.training.loop import RunSpec, stratified_subset, train

    training = {"epochs": 1, "batch_size": 64, "lr": 0.05, "momentum": 0.9, "nesterov": True, "weight_decay": 0.0,
                "schedule": "cosine", "warmup_epochs": 0, "label_smoothing": 0.0, "crop_padding": 2,
                "precision": "fp32", "channels_last": False, "compile": False, "eval_batch_size": 512,
                "eval_every": 1, "train_fraction": 0.2}
    settings = {"device": "cpu", "training": training, "model_params": {"widths": [8, 16], "embed_dim": 16},
                "method_params": {}}
    train(digits, RunSpec("baseline", "small_cnn", 0, settings, "cpu"), tmp_path / "run")

    subset = stratified_subset(digits.train_labels, 0.2)
    outside = torch.ones(len(digits.train_labels), dtype=torch.bool)
    outside[subset] = False
    images = digits.train_images.clone()
    donors = torch.arange(len(images)) % len(digits.test_labels)
    planted = outside & (digits.test_labels[donors] != digits.train_labels)
    images[planted] = digits.test_images[donors[planted]]
    write_prepared(RawSplits(images.permute(0, 2, 3, 1).numpy(), digits.train_labels.numpy(),
                             digits.test_images.permute(0, 2, 3, 1).numpy(), digits.test_labels.numpy(),
                             digits.class_names, hflip=False), tmp_path / "planted", "digits", "test")

    evaluation = {"ece_bins": 15, "knn_k": 3, "robust": {"enabled": False}}
    options = {"device": "cpu", "evaluation": evaluation, "eval_batch_size": 512}
    real = evaluate_run(tmp_path / "run", digits_dir, tmp_path / "real.json", options)
    mixed = evaluate_run(tmp_path / "run", tmp_path / "planted", tmp_path / "planted.json", options)
    assert real["knn"]["train_images"] == len(subset) < len(digits.train_labels) // 4
    assert planted.sum() > 500
    assert mixed["knn"]["top1"] == real["knn"]["top1"] > 0.3  # one epoch on 287 images
    whole = knn_accuracy(embedder(tmp_path / "run"), images, digits.train_labels, digits.test_images,
                         digits.test_labels, k=3)
    assert whole < real["knn"]["top1"] - 0.2  # what fitting on every training image would have given


def embedder(run_dir):
    from advaug.training.loop import load_trained

    return load_trained(run_dir / "model.pt")[0]


@pytest.mark.parametrize("k", [1, 2, 3, 4])
def test_knn_head_predicts_as_scikit_learn(k):
    """The numpy head against the reference it replaces (KNeighborsClassifier, euclidean, uniform
    vote); even k makes tied votes, which both give to the smallest label."""
    from sklearn.neighbors import KNeighborsClassifier

    from advaug.evaluation.knn import normalise

    train, train_labels = blobs(0, count=300, classes=5)
    test, _ = blobs(1, count=500, classes=5)
    train_labels = train_labels * 3 + 1  # labels that are not 0..n-1
    reference = KNeighborsClassifier(n_neighbors=k, metric="euclidean").fit(normalise(train), train_labels)
    ours = KNNHead(k).fit(train, train_labels).predict(test, chunk=64)
    np.testing.assert_array_equal(ours, reference.predict(normalise(test)))
