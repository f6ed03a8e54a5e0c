from advaug.config import (
    gallery_settings,
    report_extras,
    report_inputs,
    report_settings,
)
from advaug.report.manifest import report_category, report_labels

ALL_METRICS = report_inputs(config)


# The figures present depend on what was evaluated, so the report's folders are
# the outputs; manifest.json (written by `advaug report`) gives each shown file
# its category and title, and each caption lies beside its file as <name>.rst.
rule report:
    input:
        metrics=ALL_METRICS,
        gan_grids=report_extras(config)["gan_grids"],
        umap=report_extras(config)["umap"],
        gallery=report_extras(config)["gallery"],
        benchmarks=study_benchmarks,
    output:
        tables=report(
            directory(layout.REPORT["tables"]),
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
            directory(layout.REPORT["figures"]),
            patterns=["{name}.png"],
            category=lambda wildcards, output: report_category(
                output.manifest, wildcards.name
            ),
            labels=lambda wildcards, output: report_labels(
                output.manifest, wildcards.name
            ),
            caption="captions/report_figure.rst",
        ),
        manifest=layout.REPORT["manifest"],
    log:
        layout.log("report"),
    benchmark:
        layout.benchmark("report")
    # figures drawn two at a time (matplotlib lays text out on one core); the report runs last
    threads: 2
    params:
        usage=layout.usage("report"),
        out_dir=lambda wc, output: os.path.dirname(output.manifest),
        # which data sets are reduced-scale slices of a published one (`slice_of`)
        settings=as_json(report_settings(config)),
    shell:
        "advaug report --usage {params.usage} {input.metrics:q} --gan-grids {input.gan_grids:q} --umap {input.umap:q} --gallery {input.gallery:q}"
        " --benchmarks {input.benchmarks:q} --params {params.settings:q} --out {params.out_dir}"
        " --threads {threads} > {log} 2>&1"


rule gallery:
    input:
        data=layout.PREPARED["data"],
    output:
        layout.GALLERY,
    log:
        layout.log("gallery", "dataset"),
    benchmark:
        layout.benchmark("gallery", "dataset")
    params:
        usage=layout.usage("gallery", "dataset"),
        data_dir=lambda wc, input: os.path.dirname(input.data),
        settings=as_json(gallery_settings(config)),
    shell:
        "advaug gallery --usage {params.usage} --data {params.data_dir} --out {output} --params {params.settings:q} > {log} 2>&1"
