#!/usr/bin/env bash
# Regenerates models/injection-cnn/MODEL_CARD.md from its training.json and eval/ files, then rewrites manifest.json (the
# manifest hashes the card, so it must come second). Run after evaluate.sh has written eval/eval*.json and eval/latency.json.
# usage: tools/classifier/card.sh [version (default: the manifest's)]
set -euo pipefail
cd "$(dirname "$0")/../.."
m=models/injection-cnn; e=$m/eval
version="${1:-$(/usr/bin/python3 -c "import json; print(json.load(open('$m/manifest.json'))['version'])")}"
(cd tools/classifier && /usr/bin/python3 model_card.py "../../$m" "../../$e/eval.json" ../../models/use-lite-injection/eval/eval-float.json \
  "this model, latency only (2026-11-26, 16 windows per run, after a full GC)=../../$e/latency.json" \
  "this model, the same command again=../../$e/docs/latency-run2.json" \
  "version 4.0.0, the same command right after=../../$e/docs/latency-v4.0.0.json" \
  "version 4.0.0, latency only (earlier, 2026-11-26)=../../$e/v4.0.0/latency.json" \
  "version 4.0.0, the same command again (earlier)=../../$e/distill/latency-run2.json" \
  "version 3.0.0, the same command right after=../../$e/distill/latency-v3.0.0.json" \
  "version 3.0.0, latency only (2026-11-26 03:51 UTC, 64 windows per run, CPU arena on, after a full GC)=../../$e/v3.0.0/latency.json" \
  "version 3.0.0, the same command again=../../$e/seed-ensemble/latency-run2.json" \
  "version 2.0.0, latency only, run right after the two above=../../$e/v2.0.0/latency-back-to-back.json" \
  "version 2.0.0, latency only (earlier, 2026-11-26)=../../$e/v2.0.0/latency.json" \
  "version 1.0.0, latency only (2026-11-25, same conditions)=../../$e/v1.0.0/latency.json" \
  "teacher use-lite-injection (float), latency only=../../$e/latency-teacher.json" \
  "teacher use-lite-injection-int8, latency only (earlier run)=../../$e/latency-teacher-int8.json")
/usr/bin/python3 tools/classifier/package_model.py "$m" injection-cnn "$version" > /dev/null
echo "wrote $m/MODEL_CARD.md and $m/manifest.json (version $version)"
