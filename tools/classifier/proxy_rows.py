#!/usr/bin/env python3
"""Writes the held-out ("proxy") rows of one TRAIN-only fold (data.bipia_category_holdout) as JSONL, so a packaged model
can be scored on them by the C# evaluator: dotnet run -c Release --project tools/SecureKernel.Eval -- --model <dir>
--rows proxy-f0.jsonl --scores-out scores.jsonl. Never touches an evaluation slice. With --deepset the fold's deepset-train rows
(data.deepset_holdout, as train_student.py --proxy-deepset holds them out) follow the BIPIA rows.
usage: proxy_rows.py <datasets dir> <fold> <out.jsonl> [frac] [--deepset]"""
import json
import sys

import data


def main():
    args = [a for a in sys.argv[1:] if a != "--deepset"]
    datasets, fold, out = args[0], int(args[1]), args[2]
    frac = int(args[3]) if len(args) > 3 else 3
    pool, proxy = data.bipia_category_holdout(data.load_pool(datasets), frac, fold)
    if "--deepset" in sys.argv:
        proxy += data.deepset_holdout(pool, frac, fold)[1]
    with open(out, "w", encoding="utf-8") as f:
        for r in proxy:
            f.write(json.dumps({"text": r["text"], "label": r["label"], "source": r["source"]}, ensure_ascii=False) + "\n")
    print(f"{out}: {len(proxy)} rows, {sum(r['label'] for r in proxy)} attacks")


if __name__ == "__main__":
    main()
