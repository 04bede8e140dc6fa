#!/usr/bin/env bash
# The TRAIN-only gates a candidate injection-cnn faces before any evaluation slice is run (eval/*/rule.txt): writes every
# probe from TRAIN, the build machine's files and the hand-written strings, scans each with rules + model (what apps run)
# or the model alone where the rule says so, runs the red team in both modes, and prints one line per gate. It never reads an
# evaluation slice (SecureKernel.Eval --train-benign scans only TRAIN's benign rows). The genre and documentation probes are
# drawn from the installed files, so compare a candidate with the shipped model on the same machine (run both).
# usage: tools/classifier/candidate_gates.sh MODEL_DIR OUT_DIR      (after `dotnet build -c Release SecureKernel.sln`)
set -uo pipefail
cd "$(dirname "$0")/../.."
M="$1"; O="$2"; mkdir -p "$O"; P=/usr/bin/python3
datasets="${SECUREKERNEL_SHARED_DIR:-../shared}/datasets"
EV="dotnet tools/SecureKernel.Eval/bin/Release/net10.0/SecureKernel.Eval.dll"
CLI="dotnet src/SecureKernel.Cli/bin/Release/net10.0/SecureKernel.Cli.dll"
probes="$O/probes"; mkdir -p "$probes"
$P tools/classifier/genre_probe.py write-written "$probes/written.jsonl" tools/classifier/genre_probe_written.json "$datasets" > /dev/null
$P tools/classifier/genre_probe.py write "$probes/genres.jsonl" "$datasets" > /dev/null
$P tools/classifier/code_probe.py write "$probes/code.jsonl" "$datasets" > /dev/null
$P tools/classifier/code_probe.py write-docs "$probes/docs.jsonl" "$datasets" > /dev/null
$P tools/classifier/origin_probe.py write "$probes/origin.jsonl" > /dev/null
$P tools/classifier/obfuscation_probe.py write "$datasets" "$probes/obf.jsonl" > /dev/null
for p in written genres code docs; do
  $EV --model "$M" --ensemble --datasets "$datasets" --rows "$probes/$p.jsonl" --scores-out "$O/$p-ens.scores.jsonl" --threads 2 --out "$O/$p-ens.eval.json" > /dev/null
done
$P tools/classifier/genre_probe.py summary "$O/written-ens.scores.jsonl" > "$O/written-ens.txt"
$P tools/classifier/genre_probe.py summary "$O/genres-ens.scores.jsonl" > "$O/genres-ens.txt"
$P tools/classifier/code_probe.py summary "$O/code-ens.scores.jsonl" > "$O/code-probe-ensemble.json"
$P tools/classifier/code_probe.py summary "$O/docs-ens.scores.jsonl" > "$O/docs-probe-ensemble.json"
$EV --model "$M" --train-benign --datasets "$datasets" --threads 2 --out "$O/train-benign.json" > /dev/null
$EV --model "$M" --datasets "$datasets" --rows "$probes/origin.jsonl" --scores-out "$O/origin.scores.jsonl" --threads 2 --out "$O/origin.eval.json" > /dev/null
$P tools/classifier/origin_probe.py summary "$O/origin.scores.jsonl" > "$O/origin-probe.json"
$EV --model "$M" --datasets "$datasets" --rows "$probes/obf.jsonl" --scores-out "$O/obf.scores.jsonl" --threads 2 --out "$O/obf.eval.json" > /dev/null
$P tools/classifier/obfuscation_probe.py summary "$O/obf.scores.jsonl" > "$O/probe-normalized.json"
printf '{ "SecureKernel": { "Retrieval": { "Model": { "Directory": "%s", "Device": "Cpu" } } } }\n' "$(realpath "$M")" > "$O/redteam-config.json"
$CLI redteam --config "$O/redteam-config.json" --format markdown > "$O/redteam.md" 2> /dev/null
$CLI redteam --config "$O/redteam-config.json" --format markdown --stream > "$O/redteam-stream.md" 2> /dev/null
echo "== $M"
echo "written genres (benign / attacks flagged):"; sed 's/^/  /' "$O/written-ens.txt"
echo "genre probe:"; sed 's/^/  /' "$O/genres-ens.txt"
echo "code probe: $(cat "$O/code-probe-ensemble.json")"
echo "documentation probe: $(cat "$O/docs-probe-ensemble.json")"
echo "TRAIN benign flagged by the model alone: $($P -c "import json,sys; print(json.load(open(sys.argv[1]))[-1]['fpr_at_threshold'])" "$O/train-benign.json")"
echo "origin probe: $(tr -d '\n' < "$O/origin-probe.json")"
echo "obfuscation probe, no disguise: $($P -c "import json,sys; print(json.load(open(sys.argv[1]))['none'])" "$O/probe-normalized.json")"
echo "red team: $(grep '^| \*\*all' "$O/redteam.md")"
echo "red team, streaming: $(grep '^| \*\*all' "$O/redteam-stream.md")"
