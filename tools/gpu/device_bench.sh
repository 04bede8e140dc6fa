#!/usr/bin/env bash
# GPU figures of the bundled classifier through the library's own CUDA path (OnnxDevice.Cuda):
#   1. --device-check: the red-team corpus and the benchmark inputs scored on the CPU and on the GPU; fails when any score
#      differs by more than 1e-3 or any verdict differs; plain-clock GPU windows/s at batch 64, 256 and 1024;
#   2. BenchmarkDotNet OnnxDeviceBenchmarks: CPU (2 threads, the target machine) as the baseline, the CPU with every core,
#      and CUDA, on the same inputs in the same run.
# usage: tools/gpu/device_bench.sh [APP_DIR]        (on a Linux x64 machine with an NVIDIA GPU, CUDA 13 and cuDNN 9)
#        tools/gpu/device_bench.sh --publish DIR    (only publish the self-contained app, e.g. to copy it to the GPU machine)
# Without APP_DIR it publishes first (needs the .NET SDK). Results go to $OUT, else BenchmarkDotNet.Artifacts/gpu.
# DEVICE_CHECK_ONLY=1 skips BenchmarkDotNet (about three of the four minutes on an H200); BDN_WARMUP / BDN_ITERATIONS
# (default 3 / 10) shorten it for a slow model's CPU baseline; BDN_ARGS adds BenchmarkDotNet arguments (e.g. --anyCategories
# Retrieval10x300); DEVICE_CHECK=0 skips the device check. SECUREKERNEL_MODEL picks the model folder (default injection-cnn);
# SECUREKERNEL_CPU_MODEL gives BenchmarkDotNet's CPU rows the model's CPU form (injection-minilm for injection-minilm-gpu);
# SECUREKERNEL_ALSO_MODEL adds the two-model guard detector (rules + mean of both) to the device check.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)

publish() {
  # the CUDA build of ONNX Runtime, with its own lock file: the tracked ones pin the CPU build
  dotnet publish "$root/bench/SecureKernel.Benchmarks" -c Release -r linux-x64 --self-contained \
    -p:OnnxRuntimeGpu=true -p:NuGetLockFilePath=packages.gpu.lock.json -o "$1"
}

if [[ ${1:-} == --publish ]]; then
  publish "${2:?usage: device_bench.sh --publish DIR}"
  exit 0
fi

app=${1:-}
if [[ -z $app ]]; then
  app=$(mktemp -d)
  publish "$app"
fi

source "$root/tools/gpu/cuda_env.sh" "$app"
export SECUREKERNEL_MODEL=${SECUREKERNEL_MODEL:-$root/models/injection-cnn}

out=${OUT:-$root/BenchmarkDotNet.Artifacts/gpu}
mkdir -p "$out"
nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv || echo "nvidia-smi: not available (no NVIDIA driver here?)"
nproc
cd "$root"
status=0
if [[ ${DEVICE_CHECK:-1} != 0 ]]; then
  "$app/SecureKernel.Benchmarks" --device-check 2>&1 | tee "$out/device-check.txt" || status=$?
fi
if [[ ${DEVICE_CHECK_ONLY:-0} != 1 ]]; then
  "$app/SecureKernel.Benchmarks" --filter '*OnnxDeviceBenchmarks*' --inProcess --warmupCount "${BDN_WARMUP:-3}" --iterationCount "${BDN_ITERATIONS:-10}" ${BDN_ARGS:-} --artifacts "$out/bdn" > "$out/bdn-log.txt" 2>&1 || status=$?
  grep -E '^\|' "$out/bdn-log.txt" || tail -20 "$out/bdn-log.txt"
fi
exit $status
