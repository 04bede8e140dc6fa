#!/usr/bin/env python3
"""Writes the held-out ("proxy") rows of one TRAIN-only fold (data.bipia_category_holdout) as JSONL, so a packaged model
can be scored on them by the C# evaluator: dotnet run -c Release --project tools/SecureKernel.Eval -- --model <dir>
--rows proxy-f0.jsonl --scores-out scores.jsonl. Never touches an evaluation slice.
usage: proxy_rows.py <datasets dir> <fold> <out.jsonl> [frac]"""
import json
import sys

import data


def main():
    datasets, fold, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    frac = int(sys.argv[4]) if len(sys.argv) > 4 else 3
    _, proxy = data.bipia_category_holdout(data.load_pool(datasets), frac, fold)
    with open(out, "w", encoding="utf-8") as f:
        for r in proxy:
            f.write(json.dumps({"text": r["text"], "label": r["label"], "source": r["source"]}, ensure_ascii=False) + "\n")
    print(f"{out}: {len(proxy)} rows, {sum(r['label'] for r in proxy)} attacks")


if __name__ == "__main__":
    main()
