"""The ``advaug`` command: every Snakemake rule and DVC stage calls one of its verbs.

User mistakes (bad config, missing files, failed downloads) end as one line on
stderr and exit status 2; anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from advaug.errors import UserError


def _settings(args, slicer, *slice_args) -> dict:
    """Settings from --params (Snakemake passes the job's slice) or --config (DVC, by hand)."""
    from advaug import config as cfg

    if args.params is not None:
        return cfg.parse_settings(args.params, args.command)
    return slicer(cfg.load_config(args.config), *slice_args)


def cmd_prepare(args) -> None:
    from advaug import config as cfg
    from advaug.data import prepare

    settings = _settings(args, cfg.prepare_settings, args.dataset)
    meta = prepare(args.dataset, args.out, settings["cache_dir"], settings.get("sources") or None)
    print(f"prepared {args.dataset}: {meta['counts']['train']} train / {meta['counts']['test']} test images -> {args.out}")


def cmd_train(args) -> None:
    from advaug import config as cfg
    from advaug.data.canonical import load_prepared
    from advaug.runtime import lease_gpu, resolve_device, seed_everything, set_threads
    from advaug.training.loop import RunSpec, train

    settings = _settings(args, cfg.train_settings, args.method, args.model)
    device = args.device or settings.get("device", "auto")
    nproc = settings["training"].get("nproc", 1)
    if device in ("auto", "cuda"):
        lease_gpu(count=nproc if resolve_device(device) == "cuda" and nproc > 1 else 1)
    device = resolve_device(device)
    if nproc > 1 and "WORLD_SIZE" not in os.environ:
        _relaunch_under_torchrun(nproc, args.argv)
        return
    set_threads(args.threads)
    seed_everything(args.seed)
    data = load_prepared(args.data)
    gan = {"generator": args.generator, "discriminator": args.discriminator}
    spec = RunSpec(args.method, args.model, args.seed, settings, device)
    meta = train(data, spec, args.out, {key: path for key, path in gan.items() if path})
    print(f"trained {args.method}/{args.model}/seed{args.seed} on {meta['dataset']} ({device}) -> {args.out}")


def _relaunch_under_torchrun(nproc: int, argv: list[str]) -> None:
    """Data-parallel training: the same command, once per process, under torchrun."""
    import subprocess

    command = [sys.executable, "-m", "torch.distributed.run", "--standalone", f"--nproc_per_node={nproc}"]
    command += ["-m", "advaug", *argv]
    result = subprocess.run(command)
    if result.returncode != 0:
        raise SystemExit(result.returncode)


def cmd_evaluate(args) -> None:
    """Each --run into its --out, in one process: the Snakemake rule passes every seed of a
    method, so the seeds share one `import torch` (2 s on a CPU) and one start-up."""
    from advaug import config as cfg
    from advaug.errors import UserError
    from advaug.evaluation.evaluate import evaluate_run

    if len(args.run) != len(args.out):
        raise UserError(
            f"evaluate got {len(args.run)} --run but {len(args.out)} --out; give one --out per --run, in the same order"
        )
    settings = _settings(args, cfg.evaluate_settings)
    for run_dir, out in zip(args.run, args.out):
        metrics = evaluate_run(
            run_dir, args.data, out, settings, args.device, args.threads, corrupted_dir=args.corrupted,
            gan_samples_dir=args.gan_samples, unrestricted_dir=args.unrestricted, perturbed_path=args.perturbed,
            generator_path=args.generator, discriminator_path=args.discriminator,
        )
        print(f"evaluated {run_dir}: top1 {metrics['clean']['top1']:.4f} -> {out}", flush=True)


def cmd_corrupt(args) -> None:
    from advaug import config as cfg
    from advaug.corruptions.build import build_corrupted

    settings = _settings(args, cfg.corrupt_settings, args.dataset)
    device = _job_device(args, settings)
    meta = build_corrupted(args.data, args.out, settings, device)
    print(f"corrupted {meta['dataset']}: {meta['total']} images ({meta['source']}) -> {args.out}")


def _job_device(args, settings) -> str:
    """The job's device; a CUDA job first leases its GPU slot (advaug.runtime.lease_gpu)."""
    from advaug.runtime import lease_gpu, resolve_device, set_threads

    requested = args.device or settings.get("device", "auto")
    if requested in ("auto", "cuda"):
        lease_gpu()
    set_threads(args.threads)
    return resolve_device(requested)


def cmd_train_gan(args) -> None:
    from advaug import config as cfg
    from advaug.data.canonical import load_prepared
    from advaug.gan.train import train_gan

    settings = _settings(args, cfg.train_gan_settings)
    device = _job_device(args, settings)
    gan = settings["gan"]
    meta = train_gan(load_prepared(args.data), gan["train"], args.out, device, gan["seed"])
    _publish_last_grid(Path(args.out))
    print(f"trained AC-GAN on {meta.get('dataset', args.data)} ({device}) -> {args.out}")


def _publish_last_grid(out: Path) -> None:
    """The last epoch's class x latent grid under a fixed name, for the report."""
    import shutil

    from advaug import layout
    from advaug.io import atomic_path

    grids = sorted((out / "grids").glob("epoch_*.png"))
    if grids:
        with atomic_path(out / Path(layout.GAN["grid"]).name, suffix=".png") as tmp:
            shutil.copyfile(grids[-1], tmp)


def cmd_sample_gan(args) -> None:
    from advaug import config as cfg
    from advaug.gan.sample import write_generated_set

    settings = _settings(args, cfg.sample_gan_settings)
    device = _job_device(args, settings)
    gan = settings["gan"]
    meta = write_generated_set(args.generator, args.out, gan["samples_per_class"], gan["seed"], device)
    print(f"sampled {meta['counts']['train']} + {meta['counts']['test']} generated images -> {args.out}")


def cmd_unrestricted(args) -> None:
    from advaug import config as cfg
    from advaug.gan.unrestricted import write_unrestricted

    settings = _settings(args, cfg.unrestricted_settings)
    device = _job_device(args, settings)
    gan = settings["gan"]
    summary = write_unrestricted(
        args.generator, args.classifier, args.out, gan["unrestricted_per_class"], gan["seed"], device,
        discriminator_path=args.discriminator, settings=gan["unrestricted"],
    )
    rates = ", ".join(f"{split} success {summary[split]['success_rate']:.2%}" for split in ("train", "test"))
    print(f"unrestricted examples -> {args.out}: {rates}")


def cmd_perturb_testset(args) -> None:
    from advaug import config as cfg
    from advaug.data.canonical import load_prepared
    from advaug.evaluation.robustness import make_perturbed_testset, save_perturbed
    from advaug.training.loop import load_trained

    settings = _settings(args, cfg.perturb_testset_settings)
    device = _job_device(args, settings)
    data = load_prepared(args.data)
    reference, _ = load_trained(args.reference, device)
    options = settings["perturbed"]
    testset = make_perturbed_testset(
        data.test_images, data.test_labels, reference, options["mix"], options["seed"], settings["eval_batch_size"],
        options["group_size"], data.std,
    )
    save_perturbed(args.out, testset)
    print(f"perturbed test set ({len(testset['labels'])} images, transfer FGSM against {args.reference}) -> {args.out}")


def cmd_umap(args) -> None:
    from advaug import config as cfg
    from advaug import layout
    from advaug.data.canonical import load_prepared
    from advaug.evaluation.knn import embed_dataset
    from advaug.evaluation.robustness import load_perturbed, perturb_against
    from advaug.report.embeddings import umap_figure
    from advaug.training.loop import load_trained

    settings = _settings(args, cfg.umap_settings)
    out_dir = Path(args.out_dir)
    if not settings["enabled"]:  # DVC runs every stage; the config turned the figures off
        out_dir.mkdir(parents=True, exist_ok=True)
        print(f"UMAP figures are off (evaluation.umap: false); {out_dir} left empty")
        return
    data = load_prepared(args.data)
    testset = load_perturbed(args.perturbed)
    for method in settings["methods"]:
        run = layout.RUN_SUBDIR.format(method=method, seed=settings["seed"])
        model, meta = load_trained(Path(args.runs_dir) / run / Path(layout.TRAINED["model"]).name, "cpu")
        clean = embed_dataset(model, data.test_images)
        perturbed = embed_dataset(model, perturb_against(model, testset))  # FGSM against this model
        title = f"{meta['dataset']} / {meta['model']} / {method} (seed {meta['seed']})"
        umap_figure(clean, perturbed, data.test_labels.numpy(), data.class_names, title, out_dir / method)
    print(f"UMAP figures for {len(settings['methods'])} runs -> {out_dir}")


def cmd_gallery(args) -> None:
    """The same test images under every augmentation method's random draw."""
    import torch

    from advaug import config as cfg
    from advaug.data.canonical import load_prepared
    from advaug.methods import AugmentMethod, build_method
    from advaug.report.figures import augmentation_gallery
    from advaug.training.loop import data_info

    settings = _settings(args, cfg.gallery_settings)
    data = load_prepared(args.data)
    images = data.test_images[: args.images].float() / 255.0
    rows = {}
    for name, params in settings["method_params"].items():
        method = build_method(name, params, data_info(data))
        if isinstance(method, AugmentMethod) and name != "baseline":
            rows[name] = method.augment(images, torch.Generator().manual_seed(args.seed))
    augmentation_gallery(images, rows, Path(args.out).with_suffix(""), title=f"{data.name}: one random draw per method")
    print(f"gallery of {len(rows)} augmentation methods -> {args.out}")


def _pngs(paths: list[str]) -> list[Path]:
    """PNG files, with folders standing for the PNGs inside them."""
    found = []
    for path in map(Path, paths):
        found.extend(sorted(path.glob("*.png")) if path.is_dir() else [path])
    return found


def cmd_report(args) -> None:
    from advaug.report.build import build_report

    from advaug import config as cfg

    metrics, extras = args.metrics, {"gan_grids": args.gan_grids, "umap": args.umap, "gallery": args.gallery}
    settings = {}
    if args.params is not None:  # Snakemake passes the report's slice of the config
        settings = cfg.parse_settings(args.params, "report")
    elif args.config is not None or not metrics:  # DVC, or by hand: the study's config
        config = cfg.load_config(args.config or "params.yaml")
        settings = cfg.report_settings(config)
        if not metrics:  # the study's runs and figures
            metrics, extras = cfg.report_inputs(config), cfg.report_extras(config)
    outputs = build_report(
        [Path(p) for p in metrics],
        Path(args.out),
        gallery=[Path(p) for p in extras["gallery"]],
        gan_grids=[Path(p) for p in extras["gan_grids"]],
        umap_figures=_pngs(extras["umap"]),
        claims_file=Path(args.claims) if args.claims else None,
        benchmarks=[Path(p) for p in args.benchmarks],
        slices=settings.get("slice_of") or {},
        workers=args.threads,
    )
    print(f"report: {len(outputs)} files in {args.out}")


def cmd_bench(args) -> None:
    from advaug import config as cfg
    from advaug.runtime import resolve_device
    from advaug.training.bench import run_bench

    config = cfg.load_config(args.config)
    device = resolve_device(args.device or config["device"])
    model = args.model or config["models"][0]
    batch_size = args.batch_size or config["training"]["batch_size"]
    out = Path(args.out) if args.out else Path("benchmarks/results") / f"bench-{device}-{model}-b{batch_size}.json"
    report = run_bench(
        config, args.methods, model, device, args.warmup, args.steps, args.workers, args.images, out,
        batch_size=args.batch_size, compile_model=True if args.compile else None, note=args.note,
    )
    for name, entry in report["methods"].items():
        print(f"{name:15s} {entry['images_per_s']:10,.0f} img/s  x{entry['relative_to_baseline']:.2f} baseline")
    ref = report["reference_torchvision_dataloader"]
    print(f"{'torchvision DL':15s} {ref['images_per_s']:10,.0f} img/s (per-image pipeline, same model)")
    for name, entry in report["augmentation_only"].items():
        print(f"{name:15s} augmentation only: {entry['speedup']:.1f}x torchvision per-image")
    print(f"-> {out}")


def cmd_dvc_yaml(args) -> None:
    """dvc.yaml is generated from the results layout and the config slices, never edited by hand."""
    from advaug.dvc_yaml import COMMAND, generate
    from advaug.io import write_text

    out = Path(args.out)
    text = generate(out)
    if args.check:
        if not out.exists() or out.read_text() != text:
            raise UserError(f"{out} differs from what `{COMMAND}` generates; run `{COMMAND}` and commit it")
        print(f"{out} is up to date")
        return
    write_text(out, text)
    print(f"wrote {out} ({text.count(chr(10))} lines) from advaug.layout and {out.parent / 'params.yaml'}")


def cmd_list(args) -> None:
    from advaug.methods import METHODS
    from advaug.models import BACKBONES

    if args.what == "models":
        print("\n".join(BACKBONES.names()))
        return
    for name in METHODS.names():
        print(name)
        for key, option in METHODS.get(name).options.items():
            print(f"    {key} = {option.summary()}")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="advaug", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name, func, help_text):
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(func=func)
        p.add_argument("--usage", metavar="JSON", help="when the command succeeds, write its CPU seconds and peak "
                       "memory here (Snakemake's rules pass one per job, beside its benchmark file)")
        return p

    def with_settings(p):
        group = p.add_mutually_exclusive_group()
        group.add_argument("--config", default="params.yaml", help="study config (default: params.yaml)")
        group.add_argument("--params", help="the job's slice of the config as JSON (Snakemake passes this)")

    def with_compute(p):
        p.add_argument("--device", choices=["auto", "cpu", "cuda"], help="override the config's device")
        p.add_argument("--threads", type=int, default=0, help="CPU threads for torch (0: torch's default)")

    p = add("prepare", cmd_prepare, "fetch a data set once and write it in the canonical format")
    p.add_argument("--dataset", required=True, help="digits | cifar10 | cifar100 | svhn | npz:<path> | folder:<path>")
    p.add_argument("--out", required=True, help="output directory (data.npz + meta.json)")
    with_settings(p)

    p = add("train", cmd_train, "train one model with one method and seed")
    p.add_argument("--data", required=True, help="prepared data directory")
    p.add_argument("--method", required=True)
    p.add_argument("--model", required=True)
    p.add_argument("--seed", type=int, required=True)
    p.add_argument("--out", required=True, help="run directory (model.pt, history.csv, train_meta.json)")
    p.add_argument("--generator", help="generator.pt from train-gan (gan_aug, uae_aug draw from it while training)")
    p.add_argument("--discriminator", help="discriminator.pt from train-gan (uae_aug's searches keep the class with it)")
    with_settings(p)
    with_compute(p)

    p = add("evaluate", cmd_evaluate, "clean top-1/top-5, loss and calibration of a trained run")
    p.add_argument("--run", required=True, action="append", help="run directory holding model.pt (repeat for several runs)")
    p.add_argument("--data", required=True, help="prepared data directory")
    p.add_argument("--out", required=True, action="append", help="metrics JSON to write (one per --run, in order)")
    p.add_argument("--corrupted", help="a corrupted test set from `advaug corrupt` (writes corruption.csv beside --out)")
    p.add_argument("--perturbed", help="the shared perturbed test set from `advaug perturb-testset`")
    p.add_argument("--gan-samples", help="generated set from `advaug sample-gan` (accuracy on its test split)")
    p.add_argument("--unrestricted", help="unrestricted examples from `advaug unrestricted` (transfer accuracy on its test split)")
    p.add_argument("--generator", help="generator.pt: search unrestricted examples against this run's model")
    p.add_argument("--discriminator", help="discriminator.pt: its auxiliary classifier keeps the searched class")
    with_settings(p)
    with_compute(p)

    p = add("corrupt", cmd_corrupt, "make the corrupted test set (<dataset>-C) of a prepared data set")
    p.add_argument("--data", required=True, help="prepared data directory")
    p.add_argument("--dataset", required=True, help="the data set's spec as in the config (for its settings)")
    p.add_argument("--out", required=True, help="output directory (corrupted.npz + meta.json)")
    with_settings(p)
    with_compute(p)

    p = add("train-gan", cmd_train_gan, "train the class-conditional AC-GAN (WGAN-GP) of a data set")
    p.add_argument("--data", required=True, help="prepared data directory")
    p.add_argument("--out", required=True, help="output directory (generator.pt, discriminator.pt, history, grids)")
    with_settings(p)
    with_compute(p)

    p = add("sample-gan", cmd_sample_gan, "a class-balanced generated data set in the canonical format")
    p.add_argument("--generator", required=True, help="generator.pt from train-gan")
    p.add_argument("--out", required=True, help="output directory (data.npz + meta.json)")
    with_settings(p)
    with_compute(p)

    p = add("unrestricted", cmd_unrestricted, "unrestricted adversarial examples: optimise the GAN latent against a classifier")
    p.add_argument("--generator", required=True, help="generator.pt from train-gan")
    p.add_argument("--discriminator", required=True, help="discriminator.pt (its auxiliary classifier keeps the class)")
    p.add_argument("--classifier", required=True, help="model.pt of the trained classifier to fool")
    p.add_argument("--out", required=True, help="output directory (canonical set, unrestricted.json, grid)")
    with_settings(p)
    with_compute(p)

    p = add("perturb-testset", cmd_perturb_testset, "the fixed perturbed test set (FGSM, colour jitter, noise)")
    p.add_argument("--data", required=True, help="prepared data directory")
    p.add_argument("--reference", required=True, help="model.pt of the transfer set's FGSM (evaluate attacks each model itself)")
    p.add_argument("--out", required=True, help="output .npz")
    with_settings(p)
    with_compute(p)

    p = add("umap", cmd_umap, "2-D UMAP of clean and perturbed test embeddings, one figure per run")
    p.add_argument("--runs-dir", required=True, help="results/runs/<dataset>/<model>: <method>/seed<k>/model.pt below")
    p.add_argument("--data", required=True, help="prepared data directory")
    p.add_argument("--perturbed", required=True, help="perturbed test set (.npz)")
    p.add_argument("--out-dir", required=True, help="writes <method>.png and .pdf here")
    with_settings(p)

    p = add("gallery", cmd_gallery, "the same test images under every augmentation method")
    p.add_argument("--data", required=True, help="prepared data directory")
    p.add_argument("--out", required=True, help="PNG to write (a PDF beside it)")
    p.add_argument("--images", type=int, default=8, help="test images shown (columns)")
    p.add_argument("--seed", type=int, default=0)
    with_settings(p)

    p = add("report", cmd_report, "tables and figures from evaluated runs")
    p.add_argument("metrics", nargs="*", help="metrics JSON files or directories holding them")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--config", help="study config (default: params.yaml): its runs when no metrics are given, "
                                        "and its `slice_of` (reduced-scale slices of published data sets)")
    group.add_argument("--params", help='the report\'s slice of the config as JSON, {"slice_of": {slug: data set}} '
                                        "(Snakemake passes this)")
    p.add_argument("--out", required=True, help="report directory")
    for flag, what in (("--gallery", "augmentation gallery"), ("--gan-grids", "GAN sample / unrestricted grid"),
                       ("--umap", "UMAP embedding figure (or folder of them)")):
        p.add_argument(flag, nargs="*", action="extend", default=[], metavar="PNG", help=f"{what} PNGs to include")
    p.add_argument("--claims", metavar="YAML", help="published claims (default: the packaged published.yaml)")
    p.add_argument("--benchmarks", nargs="*", action="extend", default=[], metavar="TSV",
                   help="Snakemake benchmark files: the time-per-rule table and figure (skipped without them)")
    p.add_argument("--threads", type=int, default=1, help="processes drawing the figures (default: 1)")

    p = add("bench", cmd_bench, "training throughput of every method vs baseline and vs a torchvision DataLoader")
    p.add_argument("--config", default="params.yaml",
                   help="study config: training settings, model and method parameters (default: params.yaml)")
    p.add_argument("--methods", nargs="+", help="methods to time (default: all; baseline always)")
    p.add_argument("--model", help="model to time (default: the config's first model)")
    p.add_argument("--batch-size", type=int, help="override training.batch_size")
    p.add_argument("--device", choices=["auto", "cpu", "cuda"], help="override the config's device")
    p.add_argument("--compile", action="store_true", help="override training.compile: torch.compile the model")
    p.add_argument("--warmup", type=int, default=5, help="untimed steps first")
    p.add_argument("--steps", type=int, default=20, help="timed steps (the median is reported)")
    p.add_argument("--workers", type=int, default=0, help="DataLoader workers of the torchvision reference")
    p.add_argument("--images", type=int, default=4096, help="synthetic images to draw batches from")
    p.add_argument("--note", help="a remark stored with the environment (e.g. the machine was shared)")
    p.add_argument("--out", help="JSON path (default: benchmarks/results/bench-<device>-<model>-b<batch>.json)")

    p = add("dvc-yaml", cmd_dvc_yaml, "generate dvc.yaml from the results layout and params.yaml beside it")
    p.add_argument("--out", default="dvc.yaml", help="file to write (default: dvc.yaml); reads params.yaml beside it")
    p.add_argument("--check", action="store_true", help="write nothing; exit 2 when the file differs from the generated one")

    p = add("list", cmd_list, "list registered methods or models")
    p.add_argument("what", choices=["methods", "models"])
    return parser


def main(argv: list[str] | None = None) -> int:
    from advaug.runtime import keep_freed_memory

    keep_freed_memory()  # before any tensor: fewer page faults (advaug.runtime says why)
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser().parse_args(argv)
    args.argv = argv
    try:
        args.func(args)
        if args.usage:
            from advaug.runtime import write_usage

            write_usage(args.usage)
    except UserError as exc:
        print(f"advaug {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"advaug {args.command}: interrupted", file=sys.stderr)
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
