#!/usr/bin/env bash
# The third call of a GPU lease (tools/gpu/README.md) for the guard under load and the red team on CUDA: the CUDA provider
# library is in /root/ort (call 1), injection-cnn and injection-minilm-gpu in /root/models (call 2); this call carries
# .gpu/app2.tar.xz, tools/SecureKernel.LoadRun and src/SecureKernel.Cli published into one folder against the CUDA build
# of ONNX Runtime:
#   dotnet publish tools/SecureKernel.LoadRun -c Release -r linux-x64 --self-contained -p:OnnxRuntimeGpu=true \
#     -p:NuGetLockFilePath=packages.gpu.lock.json -o /tmp/app2    (then the same for src/SecureKernel.Cli, same -o)
# Steps, each under its own time limit, reports in $OUT as they are written:
#   1. load runs, 64 kernels x 60 turns: rules alone; rules + injection-cnn on the CPU; the same on CUDA; rules +
#      mean(injection-cnn, injection-minilm-gpu) on CUDA;
#   2. securekernel redteam with injection-cnn on the CPU and on CUDA, streaming and not (reports compared).
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
tar -xJf .gpu/app2.tar.xz -C /root
cp /root/ort/libonnxruntime_providers_cuda.so /root/app2/
app=/root/app2
m=/root/models
source tools/gpu/cuda_env.sh "$app"
nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv
nproc
run() { # name, seconds, command...
  local name=$1 s=$2; shift 2
  echo "== $name ($(date -u +%T))"
  timeout "$s" "$@" > "$OUT/$name.txt" 2>&1
  echo "exit $?"
  grep -v -E 'onnxruntime.*(W:|VerifyEachNodeIsAssignedToAnEp|Rerunning with verbose|Some nodes were not assigned)' "$OUT/$name.txt" | tail -12
}
lr="$app/SecureKernel.LoadRun --kernels 64 --turns 60"
run loadrun-rules 60 $lr
run loadrun-cnn-cpu 90 $lr --model $m/injection-cnn --device cpu
run loadrun-cnn-cuda 90 $lr --model $m/injection-cnn --device cuda
run loadrun-pair-cuda 120 $lr --model $m/injection-cnn --also-model $m/injection-minilm-gpu --device cuda
for d in Cpu Cuda; do
  echo "{ \"SecureKernel\": { \"Retrieval\": { \"Model\": { \"Directory\": \"$m/injection-cnn\", \"Device\": \"$d\" } } } }" > /tmp/redteam-$d.json
  run redteam-$d 90 $app/SecureKernel.Cli redteam --config /tmp/redteam-$d.json --format markdown
  run redteam-$d-stream 90 $app/SecureKernel.Cli redteam --config /tmp/redteam-$d.json --format markdown --stream
done
for s in "" -stream; do
  if cmp -s "$OUT/redteam-Cpu$s.txt" "$OUT/redteam-Cuda$s.txt"; then echo "redteam$s: CPU and CUDA reports identical"; else echo "redteam$s: reports differ"; diff "$OUT/redteam-Cpu$s.txt" "$OUT/redteam-Cuda$s.txt" | head -20; fi
done
date -u +%T
exit 0
