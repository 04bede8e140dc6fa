#!/usr/bin/env bash
# The last call of a GPU lease (tools/gpu/README.md): the CUDA provider library is in /root/ort (call 1); the model folders
# are in /root/models (call 2) or travel with this call as .gpu/models.tar.xz; this call carries .gpu/app.tar.xz. Each step
# has its own time limit so a slow one cannot take the others' reports with it; every report lands in $OUT as it is
# written. STEPS picks the steps (default "1 2 3"); without injection-minilm-gpu, step 1 checks injection-cnn alone and
# step 2 is skipped.
#   1. device check of injection-cnn, with rules + mean(injection-cnn, injection-minilm-gpu) (score parity, varied
#      retrievals, GPU memory);
#   2. BenchmarkDotNet OnnxDeviceBenchmarks for injection-minilm-gpu, its CPU rows on the int8 injection-minilm;
#   3. BenchmarkDotNet OnnxDeviceBenchmarks for injection-cnn, retrieval and 384-token rows only.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
tar -xJf .gpu/app.tar.xz -C /root
cp /root/ort/libonnxruntime_providers_cuda.so /root/app/
mkdir -p models
if [[ -f .gpu/models.tar.xz ]]; then tar -xJf .gpu/models.tar.xz -C models; else cp -r /root/models/* models/; fi
ls models
steps=" ${STEPS:-1 2 3} "
also=()
# the device machine may keep a model folder that did not travel this time (an eval/ folder, no manifest): test the manifest
[[ -f models/injection-minilm-gpu/manifest.json ]] && also=(SECUREKERNEL_ALSO_MODEL="$root/models/injection-minilm-gpu")
export PYTHONUNBUFFERED=1
m=$root/models
date -u +%FT%TZ
if [[ $steps == *" 1 "* ]]; then
  env "${also[@]}" SECUREKERNEL_MODEL=$m/injection-cnn DEVICE_CHECK_ONLY=1 OUT=$OUT/cnn \
    timeout "${STEP1_S:-170}" tools/gpu/device_bench.sh /root/app
  date -u +%FT%TZ
fi
if [[ $steps == *" 2 "* && ${#also[@]} -gt 0 ]]; then
  SECUREKERNEL_MODEL=$m/injection-minilm-gpu SECUREKERNEL_CPU_MODEL=$m/injection-minilm DEVICE_CHECK=0 BDN_WARMUP=2 BDN_ITERATIONS=6 \
    OUT=$OUT/minilm timeout "${STEP2_S:-230}" tools/gpu/device_bench.sh /root/app
  date -u +%FT%TZ
fi
if [[ $steps == *" 3 "* ]]; then
  SECUREKERNEL_MODEL=$m/injection-cnn DEVICE_CHECK=0 BDN_WARMUP=2 BDN_ITERATIONS=8 BDN_ARGS='--anyCategories Retrieval10x300 Single384' \
    OUT=$OUT/cnnbdn timeout "${STEP3_S:-110}" tools/gpu/device_bench.sh /root/app
  date -u +%FT%TZ
fi
# BenchmarkDotNet's reports sit too deep for the transfer (two folders at most): bring them up
for d in minilm cnnbdn; do
  for f in "$OUT/$d"/bdn/results/*-report-github.md; do [[ -f $f ]] && cp "$f" "$OUT/$d/report-github.md"; done
  rm -rf "$OUT/$d/bdn"
done
exit 0
