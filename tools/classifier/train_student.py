"""Trains the fast student classifier (student.py) and exports it as ONNX (`input_ids`/`attention_mask` -> `logits`).

usage: /usr/bin/python3 tools/classifier/train_student.py --package <npm package dir> --teacher models/use-lite-injection \
           --datasets ../shared/datasets --out models/injection-cnn
Reads only the TRAIN pool (data.py); the validation split is the teacher's (same seed), held out of TRAIN, and is the only
data the threshold sees. Each epoch draws a fresh augmented corpus (seed + epoch), so the student sees many more
augmented examples than the teacher did. Hard labels only (no distillation term: the student's validation AUC passes the
teacher's after one epoch). After training, a temperature fitted on the validation split is folded into the output layer
and the threshold is calibrated there. Deterministic for a given seed and thread count.
"""
import argparse
import hashlib
import json
import os
import random
import sys
import time
import unicodedata

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(__file__))
import data  # noqa: E402
import optim  # noqa: E402
import student  # noqa: E402
import use_lite  # noqa: E402
from metrics import auc  # noqa: E402


def encode(sp, text):
    return sp.encode(unicodedata.normalize("NFKC", text)) or [0]


def attack_span(text, clean_texts):
    """Character span of the attack inserted into a BIPIA row (diff with the closest clean context), or None."""
    best = data.closest_clean(text, clean_texts)
    if best and best[0] > 40:
        return best[1], len(text) - best[2]
    return None


def crop_ids(sp, text, label, span, max_tokens, rnd):
    """Token ids of the text, at most max_tokens; attack rows keep their attack (span) inside the crop."""
    return crop(sp, text, label, span, max_tokens, rnd, text_too=False)[0]


def crop(sp, text, label, span, max_tokens, rnd, text_too=True):
    """(token ids, text) of the crop: at most max_tokens ids, and the NFKC-normalised text those ids cover (what a
    distillation teacher with another tokenizer scores; needs a SentencePiece tokenizer, None when not text_too).
    Draws from rnd exactly as crop_ids always did."""
    if span is not None and len(text) > 4 * max_tokens:
        s, e = span
        room = max(0, 3 * max_tokens - (e - s))
        left = rnd.randint(0, room)
        text = text[max(0, s - left): e + (room - left)]
    ids = encode(sp, text)
    if len(ids) <= max_tokens:
        return ids, unicodedata.normalize("NFKC", text)
    if span is not None:
        # keep the middle part around where the attack sits (the crop above centred it)
        st = (len(ids) - max_tokens) // 2
    elif label == 1:
        # jailbreaks / direct attacks span the text; a random crop is still an attack (mostly) - prefer the start
        st = 0 if rnd.random() < 0.5 else rnd.randrange(len(ids) - max_tokens + 1)
    else:
        st = rnd.randrange(len(ids) - max_tokens + 1)
    if not text_too:  # train_minilm.py's WordPiece tokenizer has no piece offsets, and only the ids are needed
        return ids[st: st + max_tokens], None
    norm = unicodedata.normalize("NFKC", text)
    pieces = sp.encode(norm, out_type="immutable_proto").pieces
    return ids[st: st + max_tokens], norm[pieces[st].begin: pieces[st + max_tokens - 1].end]


def windows(ids, size, stride):
    out = []
    st = 0
    while True:
        out.append(ids[st: st + size])
        if st + size >= len(ids):
            return out
        st += stride


def pad(seqs):
    T = max(len(s) for s in seqs)
    x = torch.zeros(len(seqs), T, dtype=torch.int64)
    m = torch.zeros(len(seqs), T, dtype=torch.int64)
    for r, s in enumerate(seqs):
        x[r, : len(s)] = torch.tensor(s)
        m[r, : len(s)] = 1
    return x, m


def _max_over_windows(model, ids_list, size, stride, bs, per_window, floor, origins=None, wrap=None):
    """Per text: the max over its windows of per_window(logits) (windows batched by length, as OnnxInjectionDetector does).
    origins (one 0/1 per text) feeds an origin-aware model's `origin` input; wrap adds a tokenizer's special tokens to each
    window (WordPiece: [CLS] ... [SEP])."""
    model.eval()
    wins, owner = [], []
    for i, ids in enumerate(ids_list):
        for w in windows(ids, size, stride):
            wins.append(w if wrap is None else wrap(w))
            owner.append(i)
    order = sorted(range(len(wins)), key=lambda k: len(wins[k]))
    v = np.zeros(len(wins))
    with torch.no_grad():
        for b in range(0, len(order), bs):
            idx = order[b: b + bs]
            x, m = pad([wins[k] for k in idx])
            if origins is None:
                v[idx] = per_window(model(x, m))
            else:
                v[idx] = per_window(model(x, m, torch.tensor([float(origins[owner[k]]) for k in idx])))
    out = np.full(len(ids_list), floor)
    for k, i in enumerate(owner):
        out[i] = max(out[i], v[k])
    return out


def score_texts(model, ids_list, size, stride, bs=128, origins=None, wrap=None):
    """Probability of 'injection' per text = max over windows (as OnnxInjectionDetector does)."""
    return _max_over_windows(model, ids_list, size, stride, bs, lambda lg: torch.softmax(lg, -1)[:, 1].numpy(), 0.0, origins, wrap)


def margins(model, ids_list, size, stride, bs=128, origins=None, wrap=None):
    """Per text: max over windows of logit(injection) - logit(benign) (the text probability is its sigmoid)."""
    return _max_over_windows(model, ids_list, size, stride, bs, lambda lg: (lg[:, 1] - lg[:, 0]).numpy(), -np.inf, origins, wrap)


def fit_temperature(margin, labels):
    """Temperature T minimising the validation log-loss of sigmoid(margin / T) (temperature scaling; a monotone map, so
    rankings and AUC are unchanged, but scores stop saturating at exactly 1.0 in float32)."""
    y = np.asarray(labels, dtype=np.float64)
    best = None
    for t in np.exp(np.linspace(np.log(0.25), np.log(32.0), 400)):
        z = margin / t
        nll = float(np.mean(np.logaddexp(0.0, -z) * y + np.logaddexp(0.0, z) * (1 - y)))
        if best is None or nll < best[1]:
            best = (float(t), nll)
    return best


def threshold_at_fpr(scores, labels, target):
    neg = sorted((s for s, y in zip(scores, labels) if y == 0), reverse=True)
    k = int(target * len(neg))
    thr = float(min(0.999999, max(0.5, neg[k] + 1e-6))) if neg else 0.5
    tp = sum(1 for s, y in zip(scores, labels) if y == 1 and s >= thr) / max(1, sum(labels))
    fp = sum(1 for s, y in zip(scores, labels) if y == 0 and s >= thr) / max(1, len(neg))
    return thr, tp, fp


def training_pool(datasets, seed, gettext, code=0, docs=0, written=None, probes=False):
    """The TRAIN pool, plus `gettext` non-English catalog documents (data.gettext_documents), `code` benign code answers
    (data.code_documents), `docs` benign documentation chunks (data.doc_documents) and the texts of the `written` file
    (data.written_documents); returns (rows, {"gettext": ..., "code": ..., "docs": ..., "written": ...} with an entry for each
    kind added, as training.json records it)."""
    pool = data.load_pool(datasets)
    extras = {}
    if gettext:
        docs_, digest, catalogs = data.gettext_documents(gettext, seed)
        print(f"gettext: {len(docs_)} documents from {catalogs} catalogs (sha256 {digest})", flush=True)
        pool += docs_
        extras["gettext"] = {"documents": len(docs_), "catalogs": catalogs, "catalogs_sha256": digest, "domains": data.GETTEXT_DOMAINS,
                             "debian_packages": data.GETTEXT_PACKAGES}
    if code:
        docs_, digest, files = data.code_documents(code, seed)
        print(f"code: {len(docs_)} documents from {files} standard-library files (sha256 {digest})", flush=True)
        pool += docs_
        extras["code"] = {"documents": len(docs_), "files": files, "files_sha256": digest, "root": data.CODE_ROOT, "debian_package": "libpython3.11-stdlib"}
    if docs:
        docs_, digest, packages = data.doc_documents(docs, seed)
        print(f"docs: {len(docs_)} documentation chunks from {packages} packages (sha256 {digest})", flush=True)
        pool += docs_
        extras["docs"] = {"documents": len(docs_), "packages": packages, "files_sha256": digest, "root": data.DOC_ROOT}
    if written:
        docs_, digest = data.written_documents(written)
        print(f"written: {len(docs_)} texts from {os.path.basename(written)} (sha256 {digest})", flush=True)
        pool += docs_
        extras["written"] = {"documents": len(docs_), "file": os.path.basename(written), "sha256": digest}
    if probes:
        docs_, digest, files = data.probe_documents()
        print(f"probes: {len(docs_)} texts from {len(files)} development probe files (sha256 {digest})", flush=True)
        pool += docs_
        extras["probes"] = {"documents": len(docs_), "attacks": sum(d["label"] for d in docs_), "files": files, "sha256": digest}
    return pool, extras


def pool_of(datasets, info):
    """The pool a model's training.json (`info`) describes: its seed and the kinds of documents it added (the written texts
    are data.WRITTEN_TRAINING, checked against the recorded SHA-256); what seed_ensemble.py and quantize_student.py rebuild."""
    written = None
    if info.get("written"):
        written = data.WRITTEN_TRAINING
        if data.written_documents(written)[1] != info["written"]["sha256"]:
            sys.exit(f"{written} is not the file the model was trained with (its SHA-256 differs from training.json's)")
    probes = bool(info.get("probes"))
    if probes and data.probe_documents()[1] != info["probes"]["sha256"]:
        sys.exit("the development probes are not the files the model was trained with (their SHA-256 differs from training.json's)")
    counts = ((info.get(k) or {}).get("documents", 0) for k in ("gettext", "code", "docs"))
    return training_pool(datasets, info["seed"], *counts, written, probes)[0]


def planting(instr_no_code, instr_english_deepset, instr_no_deepset, origin):
    """data.augment's planted-instruction options, the same for validation and training (counts scale with each)."""
    plant = {"instr_code": not instr_no_code, "instr_deepset": "english" if instr_english_deepset else not instr_no_deepset}
    if origin:
        plant["origins"] = True
    return plant


def validation_texts(val_rows, seed, instr, reader, multi, plant, addr=0):
    """The validation split as (text, label, origin) rows: exactly the teacher's split (train.py with --val-scale 0.5),
    augmented at 1/8 of the training counts (calibrate_rows.py writes these same rows for the C# runtime)."""
    return data.augment(val_rows, seed + 1, n_insert=125, n_obf=40, n_hardneg=75, extra_attacks=data.bipia_attack_strings(val_rows),
                        n_instr=int(instr * 0.125), n_reader=int(reader * 0.125), n_multi=int(multi * 0.125), n_addr=int(addr * 0.125), **plant)


def validation_set(sp, val_rows, seed, instr, reader, multi, plant, addr=0):
    """The validation texts (validation_texts) as token ids, their labels and (origin-aware recipes) origins; whole texts,
    scored window by window."""
    va = validation_texts(val_rows, seed, instr, reader, multi, plant, addr)
    return [encode(sp, v[0]) for v in va], [v[1] for v in va], ([v[2] for v in va] if plant.get("origins") else None)


def crop_digest(text):
    """A short digest of a crop's text: --distill-rows writes it into each row's source, --distill-scores checks it, so a
    teacher's scores of other crops (another seed's or recipe's corpora, of the same size) cannot be used by mistake."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def distill_info(a):
    """What training.json records of a distillation: the weight, and the teacher model (name, version, model.onnx SHA-256)."""
    info = {"weight": a.distill_weight, "corpora": a.corpora, **({"mode": a.distill_mode} if a.distill_mode != "blend" else {}),
            **({"keep_origin_pairs": True} if a.distill_keep_origin_pairs else {}),
            **({"keep_code": True} if a.distill_keep_code else {}), **({"keep_docs": True} if a.distill_keep_docs else {}),
            **({"keep_written": True} if a.distill_keep_written else {})}
    if a.distill_teacher:
        m = json.load(open(os.path.join(a.distill_teacher, "manifest.json")))
        info["teacher"] = {"name": m["name"], "version": m["version"],
                           "model_sha256": next(f["sha256"] for f in m["files"] if f["path"] == m["model"])}
    return info


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--package", required=True)
    ap.add_argument("--teacher", required=True, help="the fine-tuned USE-Lite model folder (embedding init, comparison)")
    ap.add_argument("--datasets", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--train-seed", type=int, default=None,
                    help="seed of the weight initialisation and of each epoch's augmented corpus (default: --seed); the validation"
                         " split, its augmentation and the gettext documents stay --seed's, so members of a seed ensemble share them")
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--emb-lr", type=float, default=5e-4)
    ap.add_argument("--dim", type=int, default=128)
    ap.add_argument("--hidden", type=int, default=128)
    ap.add_argument("--layers", type=int, default=2, choices=[2, 3], help="residual conv layers (dilations 1, 2[, 4])")
    ap.add_argument("--context", type=int, default=0, help="neighbourhood (tokens) of the out-of-place context layer; 0 = none")
    ap.add_argument("--mean-pool", action="store_true", help="concatenate a masked mean pool to the max pool")
    ap.add_argument("--max-tokens", type=int, default=384, help="training texts are cropped to this many tokens")
    ap.add_argument("--window", type=int, default=128)
    ap.add_argument("--stride", type=int, default=96)
    ap.add_argument("--scale", type=float, default=3.0, help="augmented examples per epoch, relative to the teacher's")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--target-fpr", type=float, default=0.01)
    ap.add_argument("--instr", type=int, default=0,
                    help="documents with a planted task instruction per epoch (x scale; data.augment n_instr); 0 = as before")
    ap.add_argument("--instr-no-deepset", action="store_true", help="planted instructions from self-instruct tasks only (not deepset-train prompts)")
    ap.add_argument("--instr-english-deepset", action="store_true", help="planted deepset-train prompts only where they do not look German")
    ap.add_argument("--instr-no-code", action="store_true", help="no planted task instructions in code documents")
    ap.add_argument("--reader", type=int, default=0, help="documents with a planted reader-directed (benign) instruction per epoch (x scale)")
    ap.add_argument("--multi", type=int, default=0, help="non-English template attacks per epoch (x scale; data.augment n_multi), plus half as many benign ones")
    ap.add_argument("--addr", type=int, default=0, help="benign texts with e-mail addresses and links per epoch (x scale; data.augment n_addr)")
    ap.add_argument("--origin", action="store_true",
                    help="origin-aware model: a third ONNX input `origin` (1 = retrieved/tool content, 0 = user prompt); training texts"
                         " carry their origin (data.augment origins=True), planted task instructions are attacks only as retrieved content")
    ap.add_argument("--code", type=int, default=0,
                    help="add this many benign code answers (standard-library snippets with docstring prose) to the pool (data.code_documents)")
    ap.add_argument("--docs", type=int, default=0,
                    help="add this many benign documentation chunks (the installed packages' READMEs, change logs, HTML manuals) to the pool (data.doc_documents)")
    ap.add_argument("--written", default=None,
                    help="add the benign texts of this file (tools/classifier/written_training.json: chat transcripts, wiki excerpts, tickets) to the pool (data.written_documents)")
    ap.add_argument("--probes", action="store_true",
                    help="add the development probes' texts (tools/classifier/*_probe_v*.json: attacks and benign look-alikes) to the pool (data.probe_documents)")
    ap.add_argument("--gettext", type=int, default=0,
                    help="add this many benign non-English documents from Debian's message catalogs to the pool (data.gettext_documents)")
    ap.add_argument("--proxy-holdout", action="store_true",
                    help="hold a third of BIPIA-train's attack categories and contexts out of training and report AUC on them each"
                         " epoch (data.bipia_category_holdout: a category-disjoint check from TRAIN only, for comparing configurations)")
    ap.add_argument("--proxy-frac", type=int, default=3, help="--proxy-holdout holds out every n-th category and context")
    ap.add_argument("--proxy-fold", type=int, default=0, help="which of the --proxy-frac folds is held out")
    ap.add_argument("--proxy-deepset", action="store_true",
                    help="also hold the same fold of deepset-train out (data.deepset_holdout) and report its AUC as the user's prompts")
    ap.add_argument("--ema", type=float, default=0.0,
                    help="keep an exponential moving average of the weights with this decay (e.g. 0.999) and use it for scoring,"
                         " calibration and export; 0 = the last weights")
    ap.add_argument("--compare-teacher", action="store_true", help="also score the validation split with the teacher")
    ap.add_argument("--corpora", type=int, default=0,
                    help="draw only this many augmented corpora and cycle through them (epoch e trains on corpus e mod n); 0 = a fresh"
                         " corpus every epoch. Distillation needs a teacher score for every crop, so it needs a finite set")
    ap.add_argument("--distill-rows", default=None,
                    help="write the crops of the --corpora corpora as SecureKernel.Eval --rows files (DIR/c<k>.jsonl: text, label, and"
                         " a source that carries the origin) for a teacher to score, then exit without training")
    ap.add_argument("--distill-scores", default=None,
                    help="DIR/c<k>.scores.jsonl: SecureKernel.Eval --scores-out of --distill-rows' files; each crop's training target"
                         " becomes (1 - w) * label + w * teacher probability (distillation weight w: --distill-weight)")
    ap.add_argument("--distill-weight", type=float, default=0.5)
    ap.add_argument("--distill-mode", choices=["blend", "agree"], default="blend",
                    help="blend: every crop's target is blended; agree: only crops whose teacher probability is on the label's side of 0.5"
                         " (where the teacher disagrees, the label stands: the teacher cannot unteach what it gets wrong)")
    ap.add_argument("--distill-keep-code", action="store_true",
                    help="with --distill-scores: the pool's code documents keep their labels (the teacher never saw benign code)")
    ap.add_argument("--distill-keep-docs", action="store_true",
                    help="with --distill-scores: the pool's documentation chunks keep their labels (the teacher flags link-dense documentation)")
    ap.add_argument("--distill-keep-written", action="store_true",
                    help="with --distill-scores: the pool's written texts (--written, and --probes' texts, whose sources are written/...) keep their labels (the teacher flags chat transcripts)")
    ap.add_argument("--distill-keep-origin-pairs", action="store_true",
                    help="where the same text is in the corpus with both origins and different labels (the planted task instructions),"
                         " the labels stand: their difference is the origin, which a teacher that barely weighs it cannot teach")
    ap.add_argument("--distill-teacher", default=None, help="the teacher's model folder, recorded in training.json (name, version, model SHA-256)")
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    train_seed = a.seed if a.train_seed is None else a.train_seed
    optim.seed_everything(train_seed)
    t0 = time.time()
    os.makedirs(a.out, exist_ok=True)
    dist = os.path.join(a.package, "dist")
    use_lite.write_spm_model(os.path.join(dist, "vocab.json"), os.path.join(a.out, "spm.model"))
    import sentencepiece
    sp = sentencepiece.SentencePieceProcessor(model_file=os.path.join(a.out, "spm.model"))

    pool, extras = training_pool(a.datasets, a.seed, a.gettext, a.code, a.docs, a.written, a.probes)
    proxy_rows = []
    if a.proxy_holdout:
        pool, proxy_rows = data.bipia_category_holdout(pool, a.proxy_frac, a.proxy_fold)
        print(f"proxy: {len(proxy_rows)} rows ({sum(r['label'] for r in proxy_rows)} attacks) held out of training", flush=True)
    deepset_rows = []
    if a.proxy_deepset:
        pool, deepset_rows = data.deepset_holdout(pool, a.proxy_frac, a.proxy_fold)
        print(f"proxy: {len(deepset_rows)} deepset-train rows ({sum(r['label'] for r in deepset_rows)} attacks) held out of training", flush=True)
    deepset_ids = [encode(sp, r["text"]) for r in deepset_rows]
    proxy_ids = [encode(sp, r["text"]) for r in proxy_rows]
    proxy_y = [r["label"] for r in proxy_rows]
    proxy_o = [data.origin_of(r["source"]) for r in proxy_rows] if a.origin else None
    train_rows, val_rows = data.split(pool, a.seed)
    clean = [r["text"] for r in train_rows if r["source"].startswith("bipia/") and r["label"] == 0]
    spans = {}
    for r in train_rows:
        if r["source"].startswith("bipia/") and r["label"] == 1:
            spans[r["text"]] = attack_span(r["text"], clean)
    extra = data.bipia_attack_strings(train_rows)
    plant = planting(a.instr_no_code, a.instr_english_deepset, a.instr_no_deepset, a.origin)
    va_ids, va_y, va_o = validation_set(sp, val_rows, a.seed, a.instr, a.reader, a.multi, plant, a.addr)

    model = student.Student(student.teacher_embedding(os.path.join(a.teacher, "model.onnx")), a.dim, a.hidden, layers=a.layers, mean_pool=a.mean_pool, context=a.context, origin_input=a.origin)
    emb_params = list(model.emb.parameters())
    other = [p for n, p in model.named_parameters() if not n.startswith("emb.")]
    opt = torch.optim.AdamW([{"params": emb_params, "lr": a.emb_lr, "weight_decay": 0.0}, {"params": other, "lr": a.lr}], weight_decay=0.01)
    ema = {k: v.detach().clone() for k, v in model.state_dict().items()} if a.ema else None
    per_epoch = None
    step, steps = 0, None
    log = []
    best = None
    def corpus(ep):
        """Epoch ep's augmented training texts (with --corpora n: corpus ep mod n) as (crops, crop texts, labels, origins)."""
        c = ep % a.corpora if a.corpora else ep
        rnd = random.Random(train_seed * 1000 + c)
        tr = data.augment(train_rows, train_seed * 1000 + c, n_insert=int(1000 * a.scale), n_obf=int(350 * a.scale), n_hardneg=int(700 * a.scale), extra_attacks=extra,
                          n_instr=int(a.instr * a.scale), n_reader=int(a.reader * a.scale), n_multi=int(a.multi * a.scale), n_addr=int(a.addr * a.scale), **plant)
        crops = [crop(sp, v[0], v[1], spans.get(v[0]), a.max_tokens, rnd) for v in tr]
        return c, rnd, [x for x, _ in crops], [t for _, t in crops], [v[1] for v in tr], ([v[2] for v in tr] if a.origin else None), tr

    def origin_pairs(tr):
        """Per text: whether the corpus holds the same text with both origins and different labels."""
        seen = {}
        for v in tr:
            seen.setdefault(v[0], set()).add((v[2], v[1]))
        return [len({o for o, _ in seen[v[0]]}) > 1 and len({y for _, y in seen[v[0]]}) > 1 for v in tr]

    if a.distill_rows:
        if not a.corpora or not a.origin:
            sys.exit("--distill-rows needs --corpora n and --origin")
        os.makedirs(a.distill_rows, exist_ok=True)
        for c in range(a.corpora):
            _, _, _, texts, ys, os_, _ = corpus(c)
            with open(os.path.join(a.distill_rows, f"c{c}.jsonl"), "w", encoding="utf-8") as f:
                for i, (text, y, o) in enumerate(zip(texts, ys, os_)):
                    f.write(json.dumps({"text": text, "label": y, "source": f"{'bipia/' if o else ''}distill/c{c}/{i}/{crop_digest(text)}"}) + "\n")
            print(f"corpus {c}: {len(texts)} crops ({sum(ys)} attacks) -> {a.distill_rows}/c{c}.jsonl", flush=True)
        return
    # the kinds of added documents that keep their labels when distilling (the teacher over-flags each of them)
    kept_kinds = ("code/",) * a.distill_keep_code + ("docs/",) * a.distill_keep_docs + ("written/",) * a.distill_keep_written
    machine_texts = {r["text"] for r in pool if r["source"].startswith(kept_kinds)}
    teacher_scores = {}
    if a.distill_scores:
        if not a.corpora:
            sys.exit("--distill-scores needs --corpora n")
        for c in range(a.corpora):
            got = {}
            for line in open(os.path.join(a.distill_scores, f"c{c}.scores.jsonl"), encoding="utf-8"):
                r = json.loads(line)
                tail = r["source"].split(f"distill/c{c}/", 1)[1].split("/")
                got[int(tail[0])] = (r["score"], tail[1] if len(tail) > 1 else None)
            teacher_scores[c] = got

    for ep in range(a.epochs):
        k, rnd, xs, texts, ys, os_, tr = corpus(ep)
        soft = None
        if a.distill_scores:
            got = teacher_scores[k]
            # each row's source carries its crop's digest (rows written before digests: the count and indices are checked)
            if sorted(got) != list(range(len(xs))) or any(d is not None and d != crop_digest(texts[i]) for i, (_, d) in got.items()):
                sys.exit(f"the teacher scores of corpus {k} are not of this corpus (other crops; {len(got)} scores, {len(xs)} crops)")
            keep = origin_pairs(tr) if a.distill_keep_origin_pairs else [False] * len(ys)
            if kept_kinds:
                keep = [k or v[0] in machine_texts for k, v in zip(keep, tr)]
            soft = [(1 - a.distill_weight) * y + a.distill_weight * got[i][0]
                    if not keep[i] and (a.distill_mode == "blend" or (got[i][0] >= 0.5) == (y == 1)) else float(y) for i, y in enumerate(ys)]
            if ep == 0 and (a.distill_keep_origin_pairs or kept_kinds):
                print(f"distillation: {sum(keep)} of {len(ys)} crops are origin pairs or machine documents and keep their labels", flush=True)
        if steps is None:
            per_epoch = (len(xs) + a.batch - 1) // a.batch
            steps = per_epoch * a.epochs
            sched = optim.warmup_linear_decay(opt, steps, 0.05)
        npos = sum(ys)
        wts = optim.class_weights(ys)
        chunks = optim.length_batches([len(x) for x in xs], a.batch, rnd)
        model.train()
        tl, n = 0.0, 0
        for c in chunks:
            x, m = pad([xs[i] for i in c])
            y = torch.tensor([ys[i] for i in c])
            logits = model(x, m) if os_ is None else model(x, m, torch.tensor([float(os_[i]) for i in c]))
            if soft is None:
                loss = optim.step(model, opt, sched, logits, y, wts)
            else:
                loss = optim.soft_step(model, opt, sched, logits, y, torch.tensor([soft[i] for i in c], dtype=torch.float32), wts)
            step += 1
            if ema is not None:
                d = min(a.ema, (1 + step) / (10 + step))
                with torch.no_grad():
                    for k, v in model.state_dict().items():
                        ema[k].mul_(d).add_(v.detach(), alpha=1 - d)
            tl += float(loss) * len(c)
            n += len(c)
        live = None
        if ema is not None:
            # score (and, after the last epoch, calibrate and export) the averaged weights
            live = {k: v.detach().clone() for k, v in model.state_dict().items()}
            model.load_state_dict(ema)
        vs = score_texts(model, va_ids, a.window, a.stride, origins=va_o)
        v_auc = auc(list(vs), va_y)
        thr, tp, fp = threshold_at_fpr(vs, va_y, a.target_fpr)
        rec = {"epoch": ep + 1, "examples": len(xs), "positive": npos, "loss": round(tl / n, 4), "val_auc": round(v_auc, 4),
               "val_tpr_at_thr": round(tp, 4), "threshold": thr, "elapsed_s": round(time.time() - t0, 1)}
        if proxy_rows:
            ps = score_texts(model, proxy_ids, a.window, a.stride, origins=proxy_o)
            rec["proxy_auc"] = round(auc(list(ps), proxy_y), 4)
            for kind in ("email", "table", "code"):
                k = [i for i, r in enumerate(proxy_rows) if r["source"].split("/")[1] == kind]
                rec["proxy_auc_" + kind] = round(auc([ps[i] for i in k], [proxy_y[i] for i in k]), 4)
        if deepset_rows:
            ds = score_texts(model, deepset_ids, a.window, a.stride, origins=[0] * len(deepset_ids) if a.origin else None)
            rec["proxy_deepset_auc"] = round(auc(list(ds), [r["label"] for r in deepset_rows]), 4)
        if live is not None and ep + 1 < a.epochs:
            model.load_state_dict(live)
        log.append(rec)
        print(json.dumps(rec), flush=True)
    final = log[-1]
    model.eval()
    # temperature scaling on the validation split, folded into the output layer; then the threshold for the scaled scores
    temperature, val_nll = fit_temperature(margins(model, va_ids, a.window, a.stride, origins=va_o), va_y)
    with torch.no_grad():
        model.out.weight /= temperature
        model.out.bias /= temperature
    vs = score_texts(model, va_ids, a.window, a.stride, origins=va_o)
    thr, tp, fp = threshold_at_fpr(vs, va_y, a.target_fpr)
    final = dict(final, threshold=thr, val_tpr_at_thr=round(tp, 4), val_fpr_at_thr=round(fp, 4))
    print(f"temperature {temperature:.3f} (validation log-loss {val_nll:.4f}); threshold {thr:.6f}: val TPR {tp:.4f} FPR {fp:.4f}", flush=True)
    model.fold()
    x = torch.tensor([[9, 1394, 152], [9, 1394, 0]], dtype=torch.int64)
    m = torch.tensor([[1, 1, 1], [1, 1, 0]], dtype=torch.int64)
    o = torch.tensor([1.0, 0.0])
    inputs, names, axes = ((x, m, o), ["input_ids", "attention_mask", "origin"], {"origin": {0: "batch"}}) if a.origin else ((x, m), ["input_ids", "attention_mask"], {})
    torch.onnx.export(model, inputs, os.path.join(a.out, "model.onnx"), input_names=names, output_names=["logits"],
                      dynamic_axes={"input_ids": {0: "batch", 1: "seq"}, "attention_mask": {0: "batch", 1: "seq"}, "logits": {0: "batch"}, **axes},
                      opset_version=14, do_constant_folding=True)
    with torch.no_grad():
        ref = model(*inputs).tolist()
    teacher_val = None
    if a.compare_teacher:
        t = student.Teacher(dist, os.path.join(a.teacher, "model.onnx"))
        ts = score_texts(t, va_ids, 64, 48, bs=64)
        tthr = json.load(open(os.path.join(a.teacher, "training.json")))["threshold"]
        teacher_val = {"val_auc": round(auc(list(ts), va_y), 4), "val_recall_at_fpr": round(threshold_at_fpr(ts, va_y, a.target_fpr)[1], 4),
                       "val_tpr_at_shipped_threshold": round(sum(1 for s, y in zip(ts, va_y) if y == 1 and s >= tthr) / sum(va_y), 4),
                       "val_fpr_at_shipped_threshold": round(sum(1 for s, y in zip(ts, va_y) if y == 0 and s >= tthr) / (len(va_y) - sum(va_y)), 4)}
        print("teacher on the same validation texts:", json.dumps(teacher_val), flush=True)
    info = {
        "architecture": (f"student: token embedding (folded to {a.dim}) + {a.layers} residual conv1d k3 (dilation {', '.join(str(2 ** i) for i in range(a.layers))})"
                         f"{f' + out-of-place context layer (+-{a.context // 2} tokens)' if a.context else ''}"
                         f" + masked max{' and mean' if a.mean_pool else ''} pool + MLP {a.hidden}{' (with the content origin as an input)' if a.origin else ''}"),
        "layers": a.layers, "mean_pool": a.mean_pool, "context": a.context,
        "parameters": sum(p.numel() for p in model.parameters()),
        "seed": a.seed, **({"train_seed": train_seed} if train_seed != a.seed else {}), "epochs": a.epochs, "epochs_done": a.epochs, "batch": a.batch, "lr": a.lr, "emb_lr": a.emb_lr, "dim": a.dim, "hidden": a.hidden,
        "max_len": a.window, "stride": a.stride, "train_max_tokens": a.max_tokens, "augment_scale": a.scale, "threads": a.threads,
        "train_examples": final["examples"] * a.epochs, "train_examples_per_epoch": final["examples"], "train_positive": final["positive"],
        "val_examples": len(va_y), "val_positive": sum(va_y), "threshold": final["threshold"], "target_val_fpr": a.target_fpr,
        "temperature": round(temperature, 4), "instr": a.instr, "instr_no_code": a.instr_no_code, "instr_no_deepset": a.instr_no_deepset, "instr_english_deepset": a.instr_english_deepset, "reader": a.reader, **({"multi": a.multi} if a.multi else {}), **({"addr": a.addr} if a.addr else {}), **({"origin_input": True} if a.origin else {}), **extras, "proxy_holdout": a.proxy_holdout, **({"proxy_deepset": True} if a.proxy_deepset else {}), **({"ema": a.ema} if a.ema else {}), **({"corpora": a.corpora} if a.corpora else {}), **({"distill": distill_info(a)} if a.distill_scores else {}), "val_log_loss": round(val_nll, 4),
        "val_tpr": final["val_tpr_at_thr"], "val_auc": final["val_auc"], "teacher_val": teacher_val, "epoch_log": log,
        "train_seconds": round(time.time() - t0, 1), "reference_input_ids": x.tolist(), "reference_attention_mask": m.tolist(), **({"reference_origin": o.tolist()} if a.origin else {}),
        "reference_logits": ref, "package_sha256": use_lite.PKG_SHA256, "teacher": os.path.basename(os.path.normpath(a.teacher)),
    }
    info["val_fpr"] = final["val_fpr_at_thr"]
    json.dump(info, open(os.path.join(a.out, "training.json"), "w"), indent=2)
    print(json.dumps({k: v for k, v in info.items() if k != "epoch_log"}), flush=True)


if __name__ == "__main__":
    main()
