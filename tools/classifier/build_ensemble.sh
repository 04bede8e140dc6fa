#!/usr/bin/env bash
# Rebuilds models/injection-cnn as a seed ensemble: trains each member with build_student.sh (same recipe and validation
# split, --train-seed 13, 14, 15; one thread each, two at a time), joins them with seed_ensemble.py (logits averaged in one
# ONNX graph, temperature and threshold fitted on the shared validation split) and writes the manifest.
# Needs what build_student.sh needs. ~12 min on the 2-core development machine.
# usage: [OUT=dir] [VERSION=3.0.0] [SEEDS="13 14 15"] tools/classifier/build_ensemble.sh [train_student.py options...]
# Then: tools/classifier/evaluate.sh, tools/classifier/card.sh (as for one student)
set -euo pipefail
cd "$(dirname "$0")/../.."
DATASETS="${SECUREKERNEL_SHARED_DIR:-../shared}/datasets"
out="${OUT:-models/injection-cnn}"
members="$(mktemp -d)"
trap 'rm -rf "$members"' EXIT
read -r -a seeds <<< "${SEEDS:-13 14 15}"
# the teacher comparison is the same for every member (same validation split): only the first member computes it
train() {
  COMPARE_TEACHER=$([ "$1" = "${seeds[0]}" ] && echo 1 || echo 0) OUT="$members/s$1" VERSION=member \
    tools/classifier/build_student.sh 10 1 --train-seed "$1" "${@:2}" > "$members/s$1.log" 2>&1 \
    || { tail -n 20 "$members/s$1.log" >&2; echo "member --train-seed $1 failed" >&2; return 1; }
}
pids=()
for s in "${seeds[@]}"; do
  train "$s" "$@" &
  pids+=($!)
  if (( ${#pids[@]} == 2 )); then wait "${pids[0]}"; pids=("${pids[@]:1}"); fi
done
for p in "${pids[@]}"; do wait "$p"; done
mkdir -p "$out"
dirs=()
for s in "${seeds[@]}"; do dirs+=("$members/s$s"); echo "member $s: $(grep "^temperature" "$members/s$s.log")"; done
OMP_NUM_THREADS=2 /usr/bin/python3 tools/classifier/seed_ensemble.py --datasets "$DATASETS" --out "$out" "${dirs[@]}"
cp "$members/s${seeds[0]}/LICENSE" "$out/LICENSE"
/usr/bin/python3 tools/classifier/package_model.py "$out" injection-cnn "${VERSION:-3.0.0}" > /dev/null
echo "wrote $out (seed ensemble of ${#seeds[@]}: ${seeds[*]})"
