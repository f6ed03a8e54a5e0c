from advaug.config import sample_gan_settings, train_gan_settings, unrestricted_settings


rule train_gan:
    input:
        data="results/data/{dataset}/data.npz",
        meta="results/data/{dataset}/meta.json",
    output:
        generator=f"{GAN_DIR}/generator.pt",
        discriminator=f"{GAN_DIR}/discriminator.pt",
        history=f"{GAN_DIR}/gan_history.csv",
        grid=f"{GAN_DIR}/samples_grid.png",
    log:
        "results/logs/train_gan/{dataset}.log",
    benchmark:
        "results/benchmarks/train_gan/{dataset}.tsv"
    threads: 2 if USES_GPU else 1
    resources:
        gpu=1 if USES_GPU else 0,
    params:
        data_dir=lambda wc, input: os.path.dirname(input.data),
        out_dir=lambda wc, output: os.path.dirname(output.generator),
        settings=as_json(train_gan_settings(config)),
    shell:
        "advaug train-gan --data {params.data_dir} --out {params.out_dir} --threads {threads}"
        " --params {params.settings:q} > {log} 2>&1"


rule sample_gan:
    input:
        generator=f"{GAN_DIR}/generator.pt",
    output:
        data=f"{GAN_DIR}/samples/data.npz",
        meta=f"{GAN_DIR}/samples/meta.json",
    log:
        "results/logs/sample_gan/{dataset}.log",
    benchmark:
        "results/benchmarks/sample_gan/{dataset}.tsv"
    threads: 1
    resources:
        gpu=1 if USES_GPU else 0,
    params:
        out_dir=lambda wc, output: os.path.dirname(output.data),
        settings=as_json(sample_gan_settings(config)),
    shell:
        "advaug sample-gan --generator {input.generator} --out {params.out_dir}"
        " --threads {threads} --params {params.settings:q} > {log} 2>&1"


rule unrestricted:
    input:
        generator=f"{GAN_DIR}/generator.pt",
        discriminator=f"{GAN_DIR}/discriminator.pt",
        classifier=REFERENCE_MODEL,
    output:
        data=f"{UNRESTRICTED_DIR}/data.npz",
        meta=f"{UNRESTRICTED_DIR}/meta.json",
        summary=f"{UNRESTRICTED_DIR}/unrestricted.json",
        grid=f"{UNRESTRICTED_DIR}/unrestricted_grid.png",
    log:
        "results/logs/unrestricted/{dataset}/{model}.log",
    benchmark:
        "results/benchmarks/unrestricted/{dataset}/{model}.tsv"
    threads: 2 if USES_GPU else 1
    resources:
        gpu=1 if USES_GPU else 0,
    params:
        out_dir=lambda wc, output: os.path.dirname(output.data),
        settings=as_json(unrestricted_settings(config)),
    shell:
        "advaug unrestricted --generator {input.generator} --discriminator {input.discriminator}"
        " --classifier {input.classifier} --out {params.out_dir} --threads {threads}"
        " --params {params.settings:q} > {log} 2>&1"
