#!/usr/bin/env bash
# The second call of a short GPU lease (tools/gpu/README.md): the CUDA provider library is in /root/ort (call 1); this call
# carries .gpu/app3.tar.xz (tools/SecureKernel.LoadRun published against the CUDA build of ONNX Runtime, as in
# lease_loadrun.sh) and .gpu/cnn.tar.xz (models/injection-cnn). Load runs, 64 kernels x 60 turns, rules + injection-cnn on
# CUDA: batching across concurrent scans off (every scan its own runs, no limit on runs in flight: the behaviour before
# OnnxInjectionDetectorOptions.CoalesceConcurrentScans) against on with 1, 2 and 4 runs in flight, then off and 2 again.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
mkdir -p /root/models
tar -xJf .gpu/app3.tar.xz -C /root
tar -xJf .gpu/cnn.tar.xz -C /root/models
cp /root/ort/libonnxruntime_providers_cuda.so /root/app3/
source tools/gpu/cuda_env.sh /root/app3
nvidia-smi --query-gpu=name,driver_version --format=csv,noheader
lr="/root/app3/SecureKernel.LoadRun --kernels 64 --turns 60 --model /root/models/injection-cnn --device cuda"
for pass in 1 2; do
  variants=("off" "on --max-runs 1" "on --max-runs 2" "on --max-runs 4")
  [[ $pass == 2 ]] && variants=("off" "on --max-runs 2")
  for v in "${variants[@]}"; do
    name="coalesce-${v// /}-$pass"; name=${name//--max-runs/-runs}
    echo "== $name ($(date -u +%T))"
    timeout 30 $lr --coalesce $v > "$OUT/$name.txt" 2>&1; echo "exit $?"
    grep -E 'detectors built|guarded  :|added|checks' "$OUT/$name.txt"
  done
done
exit 0
