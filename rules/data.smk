from advaug.config import prepare_settings


rule prepare:
    output:
        **layout.PREPARED,
    log:
        layout.log("prepare", "dataset"),
    benchmark:
        layout.benchmark("prepare", "dataset")
    params:
        usage=layout.usage("prepare", "dataset"),
        spec=lambda wc: DATASETS[wc.dataset],
        out_dir=lambda wc, output: os.path.dirname(output.data),
        settings=lambda wc: as_json(prepare_settings(config, DATASETS[wc.dataset])),
    shell:
        "advaug prepare --usage {params.usage} --dataset {params.spec:q} --out {params.out_dir}"
        " --params {params.settings:q} > {log} 2>&1"
