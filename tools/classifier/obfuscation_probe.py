#!/usr/bin/env python3
"""Obfuscation probe, TRAIN only: does the classifier still see an injection when its characters are disguised?

  python3 tools/classifier/obfuscation_probe.py write <datasets dir> /tmp/obf.jsonl
  dotnet run -c Release --project tools/SecureKernel.Eval -- --model models/injection-cnn --rows /tmp/obf.jsonl --scores-out /tmp/obf-scores.jsonl [--raw-text]
  python3 tools/classifier/obfuscation_probe.py summary /tmp/obf-scores.jsonl

120 short deepset-train attacks are each inserted into a BIPIA-train e-mail (retrieved content, label 1), and 120 sentences
of other benign TRAIN documents into the same e-mails (label 0), under fourteen disguises applied to the inserted text only:
none, zero-width characters between letters, Cyrillic look-alike letters, full-width forms, mathematical bold letters,
hidden Unicode tag characters (the inserted text is invisible; a renderer shows only the e-mail), a bidi override around
it (a reader sees it mirrored; a model reads it as written), and a bidi override around the reversed text (a reader sees it
as written; a model reads it reversed); and four ways a web page hides text: an HTML comment, a hidden element, an image's
alt attribute, and numeric character references; and two the normalizer leaves alone: letters spaced out, and base64 (no
"decode this" around it). The benign inserts get the same disguise, so the disguise alone is not the signal. ROC AUC per disguise.
"""
import base64
import json
import random
import sys

import data
from metrics import auc

TAG = 0xE0000


def disguise(kind, s, rnd):
    if kind == "none":
        return s
    if kind == "zero-width":
        return "".join(ch + (rnd.choice(data.ZW) if ch.isalpha() else "") for ch in s)
    if kind == "look-alike":
        return "".join(data.HOMO.get(ch, ch) for ch in s)
    if kind == "full-width":
        return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ("\u3000" if ch == " " else ch) for ch in s)
    if kind == "math-bold":
        return "".join(chr(0x1D400 + ord(ch) - 65) if "A" <= ch <= "Z" else chr(0x1D41A + ord(ch) - 97) if "a" <= ch <= "z" else ch for ch in s)
    if kind == "tag-characters":
        return "".join(chr(TAG + ord(ch)) for ch in s if " " <= ch <= "~")
    if kind == "bidi-wrapped":
        return "\u202e" + s + "\u202c"
    if kind == "bidi-override":
        return "\u202e" + s[::-1] + "\u202c"
    if kind == "html-comment":
        return "<!-- " + s + " -->"
    if kind == "html-hidden":
        return '<div style="display:none">' + s + "</div>"
    if kind == "html-attribute":
        return '<img src="logo.png" alt="' + s.replace('"', "&quot;") + '">'
    if kind == "html-entities":
        return "".join(f"&#{ord(ch)};" if ch.isalpha() else ch for ch in s)
    if kind == "spaced-letters":
        return " ".join(s)
    if kind == "base64":
        return base64.b64encode(s.encode()).decode()
    raise ValueError(kind)


KINDS = ["none", "zero-width", "look-alike", "full-width", "math-bold", "tag-characters", "bidi-wrapped", "bidi-override",
         "html-comment", "html-hidden", "html-attribute", "html-entities", "spaced-letters", "base64"]


def write(datasets, out):
    rows = data.load_pool(datasets)
    rnd = random.Random(29)
    attacks = sorted({r["text"] for r in rows if r["source"].startswith("deepset/") and r["label"] == 1 and 5 <= len(r["text"].split()) <= 40
                      and not data.looks_german(r["text"])})
    emails = sorted({r["text"] for r in rows if r["source"].startswith("bipia/email/") and r["label"] == 0 and 40 <= len(r["text"].split()) <= 250})
    sentences = sorted({s.strip() + "." for r in rows if r["label"] == 0 and r["source"].endswith("/passage") for s in r["text"].split(". ")
                        if 6 <= len(s.split()) <= 30})
    picks = [(rnd.choice(attacks), rnd.choice(sentences), rnd.choice(emails)) for _ in range(120)]
    with open(out, "w", encoding="utf-8") as f:
        for kind in KINDS:
            for i, (atk, benign, email) in enumerate(picks):
                for label, text in ((1, atk), (0, benign)):
                    cut = email.find(". ", len(email) // 2)
                    cut = len(email) if cut < 0 else cut + 2
                    doc = email[:cut] + disguise(kind, text, rnd) + " " + email[cut:]
                    f.write(json.dumps({"text": doc, "label": label, "source": f"bipia/email/probe/{kind}/{i}"}, ensure_ascii=False) + "\n")
    print(f"{out}: {len(KINDS) * len(picks) * 2} rows")


def summary(scores_file):
    by = {}
    for line in open(scores_file):
        r = json.loads(line)
        kind = r["source"].split("/")[-2]
        by.setdefault(kind, []).append((r["score"], r["label"], r["flagged"]))

    out = {k: {"auc": round(auc([s for s, _, _ in v], [y for _, y, _ in v]), 4), "attacks_flagged": f"{sum(1 for _, y, fl in v if y and fl)}/{sum(y for _, y, _ in v)}",
               "benign_flagged": f"{sum(1 for _, y, fl in v if not y and fl)}/{sum(1 - y for _, y, _ in v)}"} for k, v in by.items()}
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "write":
        write(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 3 and sys.argv[1] == "summary":
        summary(sys.argv[2])
    else:
        sys.exit(__doc__)
