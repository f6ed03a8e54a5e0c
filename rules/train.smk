from advaug.config import train_settings


rule train:
    input:
        unpack(train_inputs),
    output:
        **layout.TRAINED,
    log:
        layout.log("train", "run"),
    benchmark:
        layout.benchmark("train", "run")
    priority: train_priority
    threads: 2 if USES_GPU else 1
    resources:
        gpu=config["training"]["nproc"] if USES_GPU else 0,
    params:
        usage=layout.usage("train", "run"),
        run_dir=lambda wc, output: os.path.dirname(output.model),
        data_dir=lambda wc, input: os.path.dirname(input.data),
        extra=gan_options,
        settings=lambda wc: as_json(train_settings(config, wc.method, wc.model)),
    shell:
        "advaug train --usage {params.usage} --data {params.data_dir} --method {wildcards.method}"
        " --model {wildcards.model} --seed {wildcards.seed} --out {params.run_dir} {params.extra}"
        " --threads {threads} --params {params.settings:q} > {log} 2>&1"
