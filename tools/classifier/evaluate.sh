#!/usr/bin/env bash
# Re-evaluates the bundled model on the held-out slices (BIPIA-test, deepset-test, NotInject) plus a latency/memory probe.
# usage: tools/classifier/evaluate.sh [model-dir (default: models/injection-cnn, the bundled default)] [out.json]
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet run -c Release --project tools/SecureKernel.Eval -- --model "${1:-models/injection-cnn}" --datasets "${SECUREKERNEL_SHARED_DIR:-../shared}/datasets" --latency --threads 2 ${2:+--out "$2"}
