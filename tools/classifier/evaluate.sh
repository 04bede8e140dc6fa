#!/usr/bin/env bash
# Re-evaluates the bundled model on the held-out slices (BIPIA-test, deepset-test, NotInject) plus a latency/memory probe.
# usage: [ENSEMBLE=1] [ORIGIN=rows|retrieved] tools/classifier/evaluate.sh [model-dir (default: models/injection-cnn, the bundled default)] [out.json]
# ENSEMBLE=1 scores what apps run: the rule detector + the model, EnsemblePolicy.Calibrated, default thresholds.
# ORIGIN: rows (default) scans documents as Retrieved and prompts as User, as apps do; retrieved scans all as Retrieved.
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet run -c Release --project tools/SecureKernel.Eval -- --model "${1:-models/injection-cnn}" --datasets "${SECUREKERNEL_SHARED_DIR:-../shared}/datasets" --latency --threads 2 ${2:+--out "$2"} ${ENSEMBLE:+--ensemble} --origin "${ORIGIN:-rows}"
