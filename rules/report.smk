from advaug.report.manifest import report_category, report_labels

ALL_METRICS = expand(
    "results/runs/{dataset}/{model}/{method}/seed{seed}/metrics.json",
    dataset=DATASETS,
    model=config["models"],
    method=config["methods"],
    seed=config["seeds"],
)


# The figures present depend on what was evaluated, so the report's folders are
# the outputs; manifest.json (written by `advaug report`) gives each shown file
# its category and title, and each caption lies beside its file as <name>.rst.
rule report:
    input:
        metrics=ALL_METRICS,
        gan_grids=(
            expand(f"{GAN_DIR}/samples_grid.png", dataset=DATASETS)
            + expand(
                f"{UNRESTRICTED_DIR}/unrestricted_grid.png",
                dataset=DATASETS,
                model=config["models"],
            )
            if WITH_GAN
            else []
        ),
        umap=(
            expand(
                UMAP_FIGURES,
                dataset=DATASETS,
                model=config["models"],
                method=config["methods"],
            )
            if WITH_UMAP
            else []
        ),
    output:
        tables=report(
            directory("results/report/tables"),
            patterns=["{name}.html"],
            category=lambda wildcards, output: report_category(
                output.manifest, wildcards.name
            ),
            labels=lambda wildcards, output: report_labels(
                output.manifest, wildcards.name
            ),
            caption="captions/report_table.rst",
        ),
        figures=report(
            directory("results/report/figures"),
            patterns=["{name}.png"],
            category=lambda wildcards, output: report_category(
                output.manifest, wildcards.name
            ),
            labels=lambda wildcards, output: report_labels(
                output.manifest, wildcards.name
            ),
            caption="captions/report_figure.rst",
        ),
        manifest="results/report/manifest.json",
    log:
        "results/logs/report.log",
    conda:
        ENV
    shell:
        "advaug report {input.metrics:q} --gan-grids {input.gan_grids:q} --umap {input.umap:q} --out results/report > {log} 2>&1"
