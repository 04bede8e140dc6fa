#!/usr/bin/env bash
# Model selection without the evaluation slices: trains one student configuration three times, each time with a third of
# BIPIA-train's attack categories and contexts held out (data.bipia_category_holdout, folds 0-2: BIPIA-test differs from
# BIPIA-train in exactly this way), and writes the held-out ("proxy") ROC AUC per fold and its mean.
# usage: tools/classifier/proxy_cv.sh <package dir> <out dir> <name> [train_student.py options...]
#   e.g. tools/classifier/proxy_cv.sh /tmp/pkg/package /tmp/cv context --instr 600 --context 32
# Needs the same Debian packages as build_student.sh; one thread per fold, two folds at a time (~10 min on 2 idle cores).
set -euo pipefail
cd "$(dirname "$0")/../.."
PKG="$1"; OUT="$2"; NAME="$3"; shift 3
DATASETS="${SECUREKERNEL_SHARED_DIR:-../shared}/datasets"
mkdir -p "$OUT"
for f in 0 1 2; do
  OMP_NUM_THREADS=1 nice -n 10 /usr/bin/python3 tools/classifier/train_student.py --package "$PKG" --teacher models/use-lite-injection \
    --datasets "$DATASETS" --out "$OUT/$NAME-f$f" --epochs 10 --threads 1 --proxy-holdout --proxy-frac 3 --proxy-fold $f "$@" > "$OUT/$NAME-f$f.log" 2>&1 &
  if [ $f = 1 ]; then wait; fi
done
wait
/usr/bin/python3 tools/classifier/proxy_summary.py "$OUT/$NAME" "$@" | tee "$OUT/$NAME.json"
