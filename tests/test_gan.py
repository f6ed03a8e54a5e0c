"""AC-GAN with gradient penalty: the penalty's value, shapes, determinism, resume, sampling,
unrestricted examples. Everything is tiny (16x16 images, 8-channel networks)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import torch

from advaug.data.canonical import PreparedData, load_prepared
from advaug.errors import UserError
from advaug.gan import train as gan_train
from advaug.gan.models import Discriminator, Generator, load_discriminator, load_generator
from advaug.gan.sample import TEST_SEED_OFFSET, sample_gan, write_generated_set
from advaug.gan.train import EMBEDDED_SETTINGS, gradient_penalty, interpolate, resolve_settings, train_gan
from advaug.gan.unrestricted import attack_model, margin_loss, unrestricted_examples, write_unrestricted
from advaug.io import torch_save
from advaug.models import build_model

TINY = {"z_dim": 8, "g_channels": 8, "d_channels": 8, "batch_size": 8, "n_critic": 2, "epochs": 2,
        "grid_latents": 2, "lr_g": 1e-3, "lr_d": 1e-3}


def tiny_data(channels: int = 1, size: int = 16, count: int = 32, classes: int = 3) -> PreparedData:
    rng = torch.Generator().manual_seed(0)
    images = torch.randint(0, 256, (count, channels, size, size), generator=rng, dtype=torch.uint8)
    labels = torch.arange(count) % classes
    return PreparedData(
        name="tiny", train_images=images, train_labels=labels, test_images=images[:4], test_labels=labels[:4],
        class_names=[f"c{i}" for i in range(classes)], mean=(0.5,) * channels, std=(0.25,) * channels,
        hflip=False, meta={},
    )


@pytest.fixture(scope="module")
def trained_gan(tmp_path_factory):
    out = tmp_path_factory.mktemp("gan")
    meta = train_gan(tiny_data(), TINY, out, "cpu", seed=3)
    return out, meta


def test_gradient_penalty_of_a_linear_critic_is_exact():
    # f(x) = w . x has gradient w everywhere, so the penalty is (||w|| - 1)^2 at any interpolate,
    # and (being built with create_graph) its gradient in w is 2 (||w|| - 1) w / ||w||.
    rng = torch.Generator().manual_seed(0)
    weight = torch.randn(3 * 4 * 4, generator=rng).requires_grad_(True)
    real, fake = torch.rand(5, 3, 4, 4, generator=rng), torch.rand(5, 3, 4, 4, generator=rng)
    mixed = interpolate(real, fake, rng).requires_grad_(True)
    assert ((mixed >= torch.minimum(real, fake) - 1e-6) & (mixed <= torch.maximum(real, fake) + 1e-6)).all()
    penalty = gradient_penalty(mixed.flatten(1) @ weight, mixed)
    norm = weight.norm().item()
    assert penalty.item() == pytest.approx((norm - 1) ** 2, rel=1e-5)
    penalty.backward()
    assert torch.allclose(weight.grad, 2 * (norm - 1) * weight.detach() / norm, rtol=1e-4)


@pytest.mark.parametrize("channels_last", [False, True])
def test_critic_step_is_the_wgan_gp_acgan_objective(channels_last):
    """critic_step's loss and gradients equal the objective written out term by term
    (Gulrajani et al. 2017, Algorithm 1, plus Odena et al.'s auxiliary cross-entropy), here with
    each term's own forward pass through the critic: batching real and fake together and the
    interpolates apart is an implementation choice that must not change the objective."""
    import torch.nn.functional as F

    from advaug.gan.models import build_discriminator, build_generator

    torch.manual_seed(0)
    if channels_last:  # the builders train_gan uses make both networks channels_last
        options = {"z_dim": 8, "num_classes": 3, "channels": 1, "size": 16, "g_channels": 8, "d_channels": 8}
        generator, critic = build_generator(options), build_discriminator(options)
        assert critic.blocks[0].conv2.weight.is_contiguous(memory_format=torch.channels_last)
    else:
        generator = Generator(z_dim=8, num_classes=3, channels=1, size=16, g_channels=8)
        critic = Discriminator(num_classes=3, channels=1, size=16, d_channels=8)
    real, labels = torch.rand(6, 1, 16, 16), torch.tensor([0, 1, 2, 0, 1, 2])
    settings = resolve_settings({"gp_weight": 10.0, "aux_weight": 0.7})
    stats = gan_train.critic_step(generator, critic, torch.optim.SGD(critic.parameters(), lr=0.0), real, labels,
                                  torch.Generator().manual_seed(1), settings)
    grads = [p.grad.clone() for p in critic.parameters()]

    rng = torch.Generator().manual_seed(1)  # the same draws, in critic_step's order
    fake_labels = torch.randint(3, (6,), generator=rng)
    with torch.no_grad():
        fake = generator(torch.randn(6, 8, generator=rng), fake_labels)
    mix = torch.rand(6, 1, 1, 1, generator=rng)
    mixed = (mix * real + (1 - mix) * fake).requires_grad_(True)
    real_score, real_logits = critic(real)
    fake_score, fake_logits = critic(fake)
    (input_grad,) = torch.autograd.grad(critic(mixed)[0].sum(), mixed, create_graph=True)
    penalty = ((input_grad.flatten(1).norm(dim=1) - 1) ** 2).mean()
    aux = F.cross_entropy(real_logits, labels) + F.cross_entropy(fake_logits, fake_labels)
    expected = fake_score.mean() - real_score.mean() + 10.0 * penalty + 0.7 * aux
    expected_grads = torch.autograd.grad(expected, list(critic.parameters()))
    assert float(stats["d_loss"]) == pytest.approx(float(expected.detach()), rel=1e-5)
    assert float(stats["gp"]) == pytest.approx(float(penalty.detach()), rel=1e-4)
    for got, want in zip(grads, expected_grads):
        assert torch.allclose(got, want, rtol=1e-4, atol=1e-6)


@pytest.mark.parametrize("channels,size", [(1, 16), (3, 32)])
def test_generator_and_discriminator_shapes(channels, size):
    generator = Generator(z_dim=8, num_classes=4, channels=channels, size=size, g_channels=8)
    critic = Discriminator(num_classes=4, channels=channels, size=size, d_channels=8)
    labels = torch.tensor([0, 1, 3])
    images = generator(torch.randn(3, 8), labels)
    assert images.shape == (3, channels, size, size)
    assert images.min() >= 0 and images.max() <= 1
    scores, logits = critic(images)
    assert scores.shape == (3,) and logits.shape == (3, 4)


def test_unsupported_size_and_unknown_settings_are_user_errors():
    with pytest.raises(UserError, match="16, 32, 64"):
        Generator(8, 3, 1, 28)
    with pytest.raises(UserError, match="unknown GAN setting"):
        resolve_settings({"n_critics": 5})
    with pytest.raises(UserError, match="n_critic"):
        resolve_settings({"n_critic": 0})
    assert resolve_settings(EMBEDDED_SETTINGS)["n_critic"] == 1


def test_training_writes_outputs_and_is_deterministic(trained_gan, tmp_path):
    out, meta = trained_gan
    history = pd.read_csv(out / "gan_history.csv")
    assert list(history.columns[:7]) == ["epoch", "d_loss", "g_loss", "gp", "aux_acc_real", "aux_acc_fake",
                                         "wasserstein"]
    assert len(history) == 2 and np.isfinite(history.iloc[:, 1:7].to_numpy()).all()
    assert (out / "grids" / "epoch_002.png").exists() and not (out / gan_train.CHECKPOINT).exists()
    assert meta["generator_steps"] == 2 * (32 // 8 // 2)
    train_gan(tiny_data(), TINY, tmp_path, "cpu", seed=3)
    first = torch.load(out / "generator.pt", weights_only=False)["state_dict"]
    again = torch.load(tmp_path / "generator.pt", weights_only=False)["state_dict"]
    assert all(torch.equal(first[key], again[key]) for key in first)
    generator, saved = load_generator(out / "generator.pt")
    assert saved["options"]["z_dim"] == 8 and generator.num_classes == 3
    assert load_discriminator(out / "discriminator.pt")[0].num_classes == 3


def test_resume_equals_an_uninterrupted_run(trained_gan, tmp_path, monkeypatch):
    out, _ = trained_gan
    real_report = gan_train._report_epoch

    def stop_after_first_epoch(progress, row, epochs, seconds_left):
        real_report(progress, row, epochs, seconds_left)
        raise KeyboardInterrupt  # as if the job were killed once epoch 1's checkpoint was written

    monkeypatch.setattr(gan_train, "_report_epoch", stop_after_first_epoch)
    with pytest.raises(KeyboardInterrupt):
        train_gan(tiny_data(), TINY, tmp_path, "cpu", seed=3)
    assert (tmp_path / gan_train.CHECKPOINT).exists() and not (tmp_path / "generator.pt").exists()
    monkeypatch.setattr(gan_train, "_report_epoch", real_report)
    train_gan(tiny_data(), TINY, tmp_path, "cpu", seed=3)
    for name in ("generator.pt", "discriminator.pt"):
        uninterrupted = torch.load(out / name, weights_only=False)["state_dict"]
        resumed = torch.load(tmp_path / name, weights_only=False)["state_dict"]
        assert all(torch.equal(uninterrupted[key], resumed[key]) for key in uninterrupted)
    columns = ["d_loss", "g_loss", "gp", "wasserstein"]
    pd.testing.assert_frame_equal(pd.read_csv(out / "gan_history.csv")[columns],
                                  pd.read_csv(tmp_path / "gan_history.csv")[columns])


def test_sampling_is_class_balanced_and_canonical(trained_gan, tmp_path):
    out, _ = trained_gan
    generated = sample_gan(out / "generator.pt", n_per_class=5, seed=0, batch_size=4)
    assert generated.images.dtype == np.uint8 and generated.images.shape == (15, 16, 16, 1)
    assert np.bincount(generated.labels).tolist() == [5, 5, 5] and generated.labels.dtype == np.int64
    again = sample_gan(out / "generator.pt", n_per_class=5, seed=0, batch_size=7)
    # Batching does not change samples (up to a rounding level from batch-size-dependent kernels).
    assert np.abs(generated.images.astype(int) - again.images.astype(int)).max() <= 1
    meta = write_generated_set(out / "generator.pt", tmp_path, n_per_class=4, seed=0, test_per_class=2)
    data = load_prepared(tmp_path)
    assert meta["class_counts"] == {"train": [4, 4, 4], "test": [2, 2, 2]}
    assert meta["generated_by"]["test_seed"] == TEST_SEED_OFFSET and data.in_channels == 1
    assert not torch.equal(data.train_images[:2], data.test_images[:2])


def test_margin_loss_is_the_true_class_lead():
    logits = torch.tensor([[3.0, 1.0, 0.0], [0.0, 5.0, 1.0]])
    assert margin_loss(logits, torch.tensor([0, 0]), kappa=10).tolist() == [2.0, -5.0]
    assert margin_loss(logits, torch.tensor([0, 0]), kappa=1).tolist() == [2.0, -1.0]


def classifier_for(generator: Generator, steps: int = 80, seed: int = 0):
    """A one-block small_cnn trained briefly to tell the generator's classes apart: confident on G(z0, y)."""
    torch.manual_seed(seed)
    model = build_model("small_cnn", in_channels=3, num_classes=generator.num_classes, widths=(16,))
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    rng = torch.Generator().manual_seed(1)
    for _ in range(steps):
        labels = torch.randint(generator.num_classes, (32,), generator=rng)
        with torch.no_grad():
            images = generator(torch.randn(32, generator.z_dim, generator=rng), labels)
        loss = torch.nn.functional.cross_entropy(model(images), labels)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return model.eval()


def test_unrestricted_search_lowers_confidence_in_the_true_class(tmp_path):
    torch.manual_seed(0)
    generator = Generator(z_dim=16, num_classes=10, channels=3, size=16, g_channels=16).eval()
    classifier = classifier_for(generator)
    critic = Discriminator(num_classes=10, channels=3, size=16, d_channels=8).eval()
    labels = torch.arange(10).repeat(2)
    result = unrestricted_examples(generator, classifier, labels, steps=20, lr=0.1, aux_weight=0.0,
                                   z_init_seed=0, discriminator=critic, batch_size=8)
    assert result["images_adv"].shape == (20, 3, 16, 16)
    assert result["images_adv"].min() >= 0 and result["images_adv"].max() <= 1
    assert (result["pred_clean"] == labels).float().mean() >= 0.7  # it does know the clean images
    assert result["confidence_adv"].mean() < result["confidence_clean"].mean() - 0.1
    assert (result["pred_adv"] != labels).float().mean() > (result["pred_clean"] != labels).float().mean()
    expected = (result["pred_adv"] != labels) & (result["aux_pred_adv"] == labels)
    assert torch.equal(result["success"], expected)
    assert all(p.requires_grad for p in classifier.parameters())  # networks handed back as they came

    # The writer: canonical set + JSON + figure, from saved models.
    torch_save(tmp_path / "model.pt", {
        "model": "small_cnn", "model_params": {"widths": [16]}, "in_channels": 3, "num_classes": 10,
        "mean": [0.5] * 3, "std": [0.25] * 3, "state_dict": classifier.state_dict(), "meta": {},
    })
    options = {"z_dim": 16, "num_classes": 10, "channels": 3, "size": 16, "g_channels": 16, "d_channels": 8,
               "taper": True}
    for name, net in (("generator.pt", generator), ("discriminator.pt", critic)):
        torch_save(tmp_path / name, {"options": options, "class_names": [str(i) for i in range(10)],
                                     "data": {"name": "digits", "hflip": False},
                                     "state_dict": net.state_dict()})
    out = tmp_path / "uae"
    report = write_unrestricted(tmp_path / "generator.pt", tmp_path / "model.pt", out, n_per_class=1, seed=0,
                                discriminator_path=tmp_path / "discriminator.pt", test_per_class=1,
                                settings={"steps": 3}, grid_per_class=1, grid_classes=3)
    assert set(report["train"]) >= {"success_rate", "mean_aux_confidence", "classifier_accuracy_clean",
                                     "classifier_accuracy_adv"}
    assert load_prepared(out).train_labels.tolist() == list(range(10))
    assert (out / "unrestricted_grid.png").exists() and (out / "unrestricted_grid.pdf").exists()


@pytest.fixture(scope="module")
def searchable():
    """A random generator and two classifiers (two seeds) that know its classes."""
    torch.manual_seed(0)
    generator = Generator(z_dim=16, num_classes=10, channels=3, size=16, g_channels=16).eval()
    return generator, [classifier_for(generator, seed=seed) for seed in (0, 1)]


class Oracle(torch.nn.Module):
    """A stand-in discriminator whose auxiliary head is a classifier that knows the classes."""

    def __init__(self, classifier):
        super().__init__()
        self.classifier = classifier

    def forward(self, images):
        return torch.zeros(len(images)), self.classifier(images)


def test_each_model_is_searched_against_itself(searchable):
    """Per-model unrestricted examples (advaug evaluate): each of two classifiers (two seeds)
    is fooled by the examples searched against it far more often than by the other's."""
    generator, models = searchable
    settings = {"per_class": 2, "seed": 0, "steps": 20, "lr": 0.1, "aux_weight": 0.0}
    own = [attack_model(generator, None, model, settings) for model in models]
    for result in own:
        assert result["searched"] == 20 and result["kept"] == 20  # no discriminator: nothing filtered
        assert result["top1"] == pytest.approx(1 - result["success_rate"])
        assert result["success_rate"] >= 0.5
    # the same latents searched against model 0, scored by model 1: a transfer score
    labels = torch.arange(10).repeat_interleave(2)
    found = unrestricted_examples(generator, models[0], labels, steps=20, lr=0.1, aux_weight=0.0, z_init_seed=0)
    transferred = models[1](found["images_adv"]).argmax(1).eq(labels).float().mean().item()
    print(f"own top-1 {own[0]['top1']:.2f} / {own[1]['top1']:.2f}; model 1 on model 0's examples {transferred:.2f}")
    assert own[1]["top1"] < transferred


def test_success_filter_drops_examples_that_changed_class(searchable):
    generator, models = searchable
    critic = Discriminator(num_classes=10, channels=3, size=16, d_channels=8).eval()  # untrained: a coin
    result = attack_model(generator, critic, models[0], {"per_class": 2, "steps": 5})
    assert result["kept"] < result["searched"]  # an untrained auxiliary head disagrees on most


# --- gan_aug and uae_aug: generated images added to the batch -----------------------------------


def mixing_setup(method_name: str, params: dict | None = None):
    from advaug.methods import DataInfo, build_method

    torch.manual_seed(0)
    generator = Generator(z_dim=16, num_classes=10, channels=3, size=16, g_channels=16).eval()
    critic = Discriminator(num_classes=10, channels=3, size=16, d_channels=8).eval()
    info = DataInfo(num_classes=10, in_channels=3, image_size=16, hflip=False)
    method = build_method(method_name, params or {}, info)
    method.use_gan(generator, critic if "discriminator" in method.gan_inputs else None)
    return method, generator, critic


class Recorder(torch.nn.Module):
    def __init__(self, model):
        super().__init__()
        self.model, self.inputs = model, []

    def forward(self, images):
        self.inputs.append(images.detach().clone())
        return self.model(images)


def step_context(step: int = 0, augmented: list | None = None):
    from advaug.methods import StepContext

    def augment(images):
        if augmented is not None:
            augmented.append(len(images))
        return images.flip(3)

    criterion = lambda logits, y: torch.nn.functional.cross_entropy(logits.float(), y)  # noqa: E731
    return StepContext(torch.Generator().manual_seed(step), criterion, 0, 1, step, 100, base_augment=augment)


def test_gan_aug_adds_fresh_samples_and_keeps_every_real_image(searchable):
    method, generator, _ = mixing_setup("gan_aug", {"ratio": 0.5, "weight": 0.3})
    model = Recorder(searchable[1][0])
    images, labels = torch.rand(8, 3, 16, 16), torch.arange(8)
    augmented = []
    loss = method.loss(model, images, labels, step_context(0, augmented))
    seen = model.inputs[-1]
    assert len(seen) == 12 and torch.equal(seen[:8], images) and augmented == [4]
    method.loss(model, images, labels, step_context(1))
    assert not torch.equal(model.inputs[-1][8:], seen[8:])  # fresh samples every step
    # the weight is the CS236 study's: (n CE_real + w m CE_gen) / (n + w m)
    generated_labels = torch.randint(10, (4,), generator=torch.Generator().manual_seed(0))  # the step's first draw
    with torch.no_grad():
        logits = model.model(seen)
    ce = torch.nn.functional.cross_entropy
    expected = (8 * ce(logits[:8], labels) + 0.3 * 4 * ce(logits[8:], generated_labels)) / (8 + 0.3 * 4)
    assert torch.isclose(loss, expected, atol=1e-5)


def test_uae_aug_trains_on_successful_searches_against_the_current_model(searchable):
    from advaug.methods import DataInfo, build_method

    generator, (model, other) = searchable
    critic = Oracle(other)
    method = build_method("uae_aug", {"regenerate_every": 3, "pool": 20, "search": {"steps": 20, "lr": 0.1}},
                          DataInfo(num_classes=10, in_channels=3, image_size=16, hflip=False))
    method.use_gan(generator, critic)
    images, labels = torch.rand(8, 3, 16, 16), torch.arange(8)
    method.loss(model, images, labels, step_context(0))
    pool, pool_labels = method.pool_images, method.pool_labels
    assert 0 < len(pool_labels) <= 20
    with torch.no_grad():  # every kept example fooled the model and kept its class
        assert not model(pool).argmax(1).eq(pool_labels).any()
        assert critic(pool)[1].argmax(1).eq(pool_labels).all()
    method.loss(model, images, labels, step_context(1))
    assert method.pool_images is pool  # reused between regenerations
    method.loss(model, images, labels, step_context(3))
    assert method.pool_images is not pool  # searched again at the interval
    record = method.epoch_end(0)
    assert 0 < record["uae_success_rate"] <= 1 and record["uae_pool"] == len(method.pool_labels)


def test_uae_aug_through_the_training_loop(trained_gan, tmp_path):
    """The loop hands the saved networks over and checkpoints the pool."""
    from advaug.training.loop import RunSpec, train

    gan_dir, _ = trained_gan
    training = {"epochs": 1, "batch_size": 8, "lr": 0.05, "momentum": 0.9, "nesterov": True, "weight_decay": 0.0,
                "schedule": "cosine", "warmup_epochs": 0, "label_smoothing": 0.0, "crop_padding": 2,
                "precision": "fp32", "channels_last": False, "compile": False, "eval_batch_size": 64,
                "eval_every": 1}
    settings = {"device": "cpu", "training": training, "model_params": {"widths": [4]},
                "method_params": {"regenerate_every": 2, "pool": 6, "search": {"steps": 3}}}
    spec = RunSpec("uae_aug", "small_cnn", 0, settings, "cpu")
    with pytest.raises(UserError, match="--discriminator"):
        train(tiny_data(), spec, tmp_path / "missing", {"generator": gan_dir / "generator.pt"})
    paths = {"generator": gan_dir / "generator.pt", "discriminator": gan_dir / "discriminator.pt"}
    meta = train(tiny_data(), spec, tmp_path / "run", paths)
    history = pd.read_csv(tmp_path / "run" / "history.csv")
    assert meta["steps_per_epoch"] == 4 and "method_uae_success_rate" in history


@pytest.mark.parametrize("name, params", [("gan_aug", {"ratio": -0.5}), ("gan_aug", {"weight": float("nan")}),
                                          ("uae_aug", {"pool": 0}), ("uae_aug", {"search": {"stpes": 5}})])
def test_bad_generated_mixing_parameters_are_user_errors(name, params):
    from advaug.methods import DataInfo, build_method

    with pytest.raises(UserError):
        build_method(name, params, DataInfo(num_classes=10, in_channels=3, image_size=16, hflip=False))


def test_reference_gan_options_decay_and_auxiliary_weights():
    """The CS236 reference's GAN options: lr falling linearly to 0 over the generator steps,
    the critic's auxiliary loss on real images only, the generator's auxiliary weight 0.1."""
    settings = resolve_settings({"lr_decay": "linear", "lr_g": 2e-4, "lr_d": 4e-4})
    optimizers = [torch.optim.Adam([torch.nn.Parameter(torch.zeros(1))], lr=1.0) for _ in range(2)]
    gan_train.decay_learning_rates(optimizers, settings, done=250, total=1000)
    assert [o.param_groups[0]["lr"] for o in optimizers] == pytest.approx([1.5e-4, 3e-4])
    gan_train.decay_learning_rates(optimizers, settings, done=1000, total=1000)
    assert optimizers[0].param_groups[0]["lr"] == 0.0
    for bad in ({"lr_decay": "cosine"}, {"aux_on_fake": "no"}, {"aux_weight_g": -1}):
        with pytest.raises(UserError):
            resolve_settings(bad)

    torch.manual_seed(0)
    generator = Generator(z_dim=8, num_classes=3, channels=1, size=16, g_channels=8)
    critic = Discriminator(num_classes=3, channels=1, size=16, d_channels=8)
    real, labels = torch.rand(4, 1, 16, 16), torch.tensor([0, 1, 2, 0])
    losses = {}
    for on_fake in (True, False):
        opt = torch.optim.SGD(critic.parameters(), lr=0.0)
        stats = gan_train.critic_step(generator, critic, opt, real, labels, torch.Generator().manual_seed(1),
                                      resolve_settings({"aux_on_fake": on_fake, "gp_weight": 0.0}))
        losses[on_fake] = float(stats["d_loss"])
    assert losses[False] < losses[True]  # the fake-class term is gone


@pytest.mark.slow
def test_small_digits_study_every_baseline_seed_falls_to_its_own_examples(digits, digits_dir, tmp_path):
    """The issue's check through the real pipeline functions: an AC-GAN on digits, two
    baseline seeds, `advaug evaluate` with the generator: each seed scores low on the
    unrestricted examples searched against itself, whatever it scores on the other's."""
    from advaug.evaluation.evaluate import evaluate_run
    from advaug.training.loop import RunSpec, train

    gan_dir = tmp_path / "gan"
    train_gan(digits, {**EMBEDDED_SETTINGS, "g_channels": 16, "d_channels": 16, "epochs": 6}, gan_dir, "cpu", seed=0)
    training = {"epochs": 4, "batch_size": 128, "lr": 0.05, "momentum": 0.9, "nesterov": True,
                "weight_decay": 5e-4, "schedule": "cosine", "warmup_epochs": 1, "label_smoothing": 0.0,
                "crop_padding": 2, "precision": "fp32", "channels_last": False, "compile": False,
                "eval_batch_size": 512, "eval_every": 4}
    evaluation = {"ece_bins": 15, "knn_k": 3, "robust": {"enabled": False},
                  "unrestricted": {"per_class": 2, "seed": 0, "steps": 30, "lr": 0.05}}
    results = []
    for seed in (0, 1):
        settings = {"device": "cpu", "training": training, "model_params": {"widths": [16, 32, 64]},
                    "method_params": {}}
        train(digits, RunSpec("baseline", "small_cnn", seed, settings, "cpu"), tmp_path / f"seed{seed}")
        metrics = evaluate_run(tmp_path / f"seed{seed}", digits_dir, tmp_path / f"seed{seed}.json",
                               {"device": "cpu", "evaluation": evaluation, "eval_batch_size": 512},
                               generator_path=gan_dir / "generator.pt",
                               discriminator_path=gan_dir / "discriminator.pt")
        results.append(metrics)
    print([(m["clean"]["top1"], m["gan"]) for m in results])
    for metrics in results:
        gan = metrics["gan"]
        # measured (contended 2-core machine): clean 0.84 / 0.81, success 0.70 / 0.50 of 20
        # searches, 14 / 10 kept, own top-1 0.00 / 0.00
        assert metrics["clean"]["top1"] > 0.7
        assert gan["unrestricted_kept"] >= 8 and gan["unrestricted_success_rate"] >= 0.4
        assert gan["unrestricted_top1"] <= 0.3
