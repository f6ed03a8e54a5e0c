from advaug.config import sample_gan_settings, train_gan_settings, unrestricted_settings


rule train_gan:
    input:
        **layout.PREPARED,
    output:
        **layout.GAN,
    log:
        layout.log("train_gan", "dataset"),
    benchmark:
        layout.benchmark("train_gan", "dataset")
    priority: PRIORITY_CRITICAL
    threads: 2 if USES_GPU else 1
    resources:
        gpu=1 if USES_GPU else 0,
    params:
        usage=layout.usage("train_gan", "dataset"),
        data_dir=lambda wc, input: os.path.dirname(input.data),
        out_dir=lambda wc, output: os.path.dirname(output.generator),
        settings=as_json(train_gan_settings(config)),
    shell:
        "advaug train-gan --usage {params.usage} --data {params.data_dir} --out {params.out_dir} --threads {threads}"
        " --params {params.settings:q} > {log} 2>&1"


rule sample_gan:
    input:
        generator=layout.GAN["generator"],
    output:
        **layout.GAN_SAMPLES,
    log:
        layout.log("sample_gan", "dataset"),
    benchmark:
        layout.benchmark("sample_gan", "dataset")
    priority: PRIORITY_CRITICAL
    threads: 1
    resources:
        gpu=1 if USES_GPU else 0,
    params:
        usage=layout.usage("sample_gan", "dataset"),
        out_dir=lambda wc, output: os.path.dirname(output.data),
        settings=as_json(sample_gan_settings(config)),
    shell:
        "advaug sample-gan --usage {params.usage} --generator {input.generator} --out {params.out_dir}"
        " --threads {threads} --params {params.settings:q} > {log} 2>&1"


rule unrestricted:
    input:
        generator=layout.GAN["generator"],
        discriminator=layout.GAN["discriminator"],
        classifier=REFERENCE_MODEL,
    output:
        **layout.UNRESTRICTED,
    log:
        layout.log("unrestricted", "setting"),
    benchmark:
        layout.benchmark("unrestricted", "setting")
    priority: PRIORITY_CRITICAL
    threads: 2 if USES_GPU else 1
    resources:
        gpu=1 if USES_GPU else 0,
    params:
        usage=layout.usage("unrestricted", "setting"),
        out_dir=lambda wc, output: os.path.dirname(output.data),
        settings=as_json(unrestricted_settings(config)),
    shell:
        "advaug unrestricted --usage {params.usage} --generator {input.generator} --discriminator {input.discriminator}"
        " --classifier {input.classifier} --out {params.out_dir} --threads {threads}"
        " --params {params.settings:q} > {log} 2>&1"
