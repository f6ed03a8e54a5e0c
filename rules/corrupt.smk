from advaug.config import corrupt_settings


rule corrupt:
    input:
        **layout.PREPARED,
    output:
        **layout.CORRUPTED,
    log:
        layout.log("corrupt", "dataset"),
    benchmark:
        layout.benchmark("corrupt", "dataset")
    priority: PRIORITY_CRITICAL
    # one core on the CPU: a two-thread job waits for both cores to be free, and on two cores
    # that came only after the last classifier trained (20 idle core-seconds in a `make run`)
    threads: 2 if USES_GPU else 1
    resources:
        gpu=1 if USES_GPU else 0,
    params:
        usage=layout.usage("corrupt", "dataset"),
        spec=lambda wc: DATASETS[wc.dataset],
        data_dir=lambda wc, input: os.path.dirname(input.data),
        out_dir=lambda wc, output: os.path.dirname(output.corrupted),
        settings=lambda wc: as_json(corrupt_settings(config, DATASETS[wc.dataset])),
    shell:
        "advaug corrupt --usage {params.usage} --data {params.data_dir} --dataset {params.spec:q} --out {params.out_dir}"
        " --threads {threads} --params {params.settings:q} > {log} 2>&1"
