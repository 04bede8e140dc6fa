#!/usr/bin/env bash
# Re-evaluates the bundled model on the held-out slices (BIPIA-test, deepset-test, NotInject) plus a latency/memory probe.
# usage: tools/classifier/evaluate.sh [model-dir] [out.json]
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet run -c Release --project tools/SecureKernel.Eval -- --model "${1:-models/use-lite-injection}" --datasets ../shared/datasets --latency --threads 2 ${2:+--out "$2"}
