#!/usr/bin/env bash
# Derives models/injection-minilm-gpu from models/injection-minilm: the same int8 weights with float activations
# (weight_only.py: ONNX Runtime's CUDA execution provider cannot run the dynamic int8 form on the GPU), its own threshold
# from the validation split held out of TRAIN scored through the C# runtime (calibrate_rows.py, as build_minilm.sh), and
# the largest score difference from the CPU model on those rows. No training: minutes on the 2-core VM.
# usage: [SRC=models/injection-minilm] [OUT=models/injection-minilm-gpu] [VERSION=1.0.0] tools/classifier/build_minilm_gpu.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
DATASETS="${SECUREKERNEL_SHARED_DIR:-../shared}/datasets"
src="${SRC:-models/injection-minilm}"
out="${OUT:-models/injection-minilm-gpu}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
PYTHONPATH=tools/classifier /usr/bin/python3 tools/classifier/weight_only.py "$src/model.onnx" "$out/model.onnx"
for f in vocab.txt training.json LICENSE NOTICE; do cp "$src/$f" "$out/$f"; done
if [ ! -f "$out/MODEL_CARD.md" ] && [ -f models/injection-minilm-gpu/MODEL_CARD.md ]; then cp models/injection-minilm-gpu/MODEL_CARD.md "$out/"; fi
/usr/bin/python3 tools/classifier/package_model.py "$out" injection-minilm-gpu "${VERSION:-1.0.0}" > /dev/null
/usr/bin/python3 tools/classifier/calibrate_rows.py write "$DATASETS" "$work/val.jsonl"
dotnet build -c Release tools/SecureKernel.Eval -nologo -v quiet > /dev/null
eval_rows() { dotnet tools/SecureKernel.Eval/bin/Release/net10.0/SecureKernel.Eval.dll --model "$1" --rows "$work/val.jsonl" --scores-out "$2" --out "$2.eval.json" > /dev/null; }
eval_rows "$src" "$work/cpu.scores.jsonl"
eval_rows "$out" "$work/gpu.scores.jsonl"
/usr/bin/python3 tools/classifier/calibrate_rows.py threshold "$out/training.json" "$work/gpu.scores.jsonl"
/usr/bin/python3 - "$out/training.json" "$work/cpu.scores.jsonl" "$work/gpu.scores.jsonl" "$src/training.json" "$src/model.onnx" <<'PY'
import hashlib, json, sys
info = json.load(open(sys.argv[1]))
cpu = [json.loads(l) for l in open(sys.argv[2])]
gpu = [json.loads(l) for l in open(sys.argv[3])]
cpu_thr = json.load(open(sys.argv[4]))["threshold"]
assert [r["source"] for r in cpu] == [r["source"] for r in gpu]
info["gpu_form"] = {
    "derived_from": "injection-minilm model.onnx by tools/classifier/weight_only.py (int8 weights, float activations)",
    "source_model_sha256": hashlib.sha256(open(sys.argv[5], "rb").read()).hexdigest(),
    "cpu_model_threshold": cpu_thr,
    "max_probability_difference_from_cpu_model": round(max(abs(a["score"] - b["score"]) for a, b in zip(cpu, gpu)), 4),
    "verdicts_differing_from_cpu_model": sum((a["score"] >= cpu_thr) != (b["score"] >= info["threshold"]) for a, b in zip(cpu, gpu)),
    "validation_rows": len(gpu),
}
json.dump(info, open(sys.argv[1], "w"), indent=2)
print(json.dumps(info["gpu_form"]))
PY
/usr/bin/python3 tools/classifier/package_model.py "$out" injection-minilm-gpu "${VERSION:-1.0.0}" > /dev/null
echo "wrote $out"
