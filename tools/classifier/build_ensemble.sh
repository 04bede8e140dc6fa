#!/usr/bin/env bash
# Rebuilds models/injection-cnn as a seed ensemble: trains each member with build_student.sh (same recipe and validation
# split, --train-seed 13, 14, 15; one thread each, two at a time), joins them with seed_ensemble.py (logits averaged in one
# ONNX graph, temperature and threshold fitted on the shared validation split) and writes the manifest.
# Needs what build_student.sh needs. ~12 min on the 2-core development machine.
# usage: [OUT=dir] [VERSION=3.0.0] [SEEDS="13 14 15"] tools/classifier/build_ensemble.sh [train_student.py options...]
# Distillation (tried after 3.0.0, not shipped; model card): DISTILL=models/injection-minilm [CORPORA=5] [DISTILL_WEIGHT=0.5] tools/classifier/build_ensemble.sh ...
#   each member trains on CORPORA augmented corpora (cycled over the 10 epochs) whose every crop the teacher model has scored
#   through the C# runtime (SecureKernel.Eval --rows, one window per run: scores do not depend on batch-mates); a crop's
#   target is (1 - w) * label + w * teacher probability. Needs the .NET SDK too; ~25 min more for the teacher's scores.
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
distill=()
if [ -n "${DISTILL:-}" ]; then
  corpora="${CORPORA:-5}"
  dotnet build -c Release tools/SecureKernel.Eval > "$members/eval-build.log" 2>&1 || { tail -n 20 "$members/eval-build.log" >&2; exit 1; }
  for s in "${seeds[@]}"; do
    DISTILL_ROWS="$members/rows-s$s" tools/classifier/build_student.sh 10 1 --train-seed "$s" --corpora "$corpora" "$@" > "$members/rows-s$s.log" 2>&1 \
      || { tail -n 20 "$members/rows-s$s.log" >&2; exit 1; }
    for ((c = 0; c < corpora; c++)); do
      dotnet tools/SecureKernel.Eval/bin/Release/net10.0/SecureKernel.Eval.dll --model "$DISTILL" --rows "$members/rows-s$s/c$c.jsonl" \
        --scores-out "$members/rows-s$s/c$c.scores.jsonl" --threads 2 --batch 1 --out "$members/rows-s$s/c$c.eval.json" > /dev/null
    done
    echo "member $s: teacher scores of $corpora corpora"
  done
  distill=(--corpora "$corpora" --distill-weight "${DISTILL_WEIGHT:-0.5}" --distill-teacher "$DISTILL")
fi
pids=()
for s in "${seeds[@]}"; do
  train "$s" "$@" ${DISTILL:+"${distill[@]}" --distill-scores "$members/rows-s$s"} &
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
