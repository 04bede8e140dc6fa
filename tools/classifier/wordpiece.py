"""BERT WordPiece tokenization as SecureKernel's runtime does it (Microsoft.ML.Tokenizers BertTokenizer, HuggingFace
BasicTokenizer semantics, with its pre-tokenizer's character classes, checked code point by code point): control characters
dropped (tab, line feed and carriage return become spaces first, as the runtime does), CJK ideographs split, lower-cased,
accents stripped (NFD, non-spacing marks removed: what an uncased vocabulary was built from); words are runs of letters,
marks, digits and '_', other punctuation marks are words of their own, everything else separates; then greedy longest-match
WordPiece with '##' continuations; a word with no match, or longer than 100 characters, becomes [UNK].
encode() returns the content ids (no [CLS]/[SEP]); window() adds them, as OnnxInjectionDetector does for each window.
tools/classifier/check_wordpiece.sh compares this with the C# tokenizer on TRAIN texts."""
import re
import unicodedata


_SPECIAL_NAMES = ("[CLS]", "[SEP]", "[PAD]", "[UNK]", "[MASK]")
_SPECIAL = re.compile("(" + "|".join(re.escape(t) for t in _SPECIAL_NAMES) + ")")
_WORD = ("Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Nd", "Pc")
_PUNCT = ("Pd", "Ps", "Pe", "Pi", "Pf", "Po")


def _is_cjk(cp):
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF or 0x2A700 <= cp <= 0x2B73F
            or 0x2B740 <= cp <= 0x2B81F or 0x2B820 <= cp <= 0x2CEAF or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F)


class WordPiece:
    def __init__(self, vocab_path, lower=True, strip_accents=True):
        self.vocab = {}
        with open(vocab_path, encoding="utf-8") as f:
            for i, line in enumerate(f):
                tok = line.rstrip("\n")
                if tok not in self.vocab:
                    self.vocab[tok] = i
        self.lower, self.strip = lower, strip_accents
        self.unk, self.cls, self.sep, self.pad = (self.vocab[t] for t in ("[UNK]", "[CLS]", "[SEP]", "[PAD]"))

    def _basic(self, text):
        # the runtime turns tab, line feed and carriage return into spaces first (OnnxWindowTokenizer); other control
        # characters are dropped, CJK ideographs become words of their own
        out = []
        for ch in text:
            cp = ord(ch)
            if ch in "\t\n\r":
                out.append(" ")
            elif cp == 0 or cp == 0xFFFD or unicodedata.category(ch) == "Cc":
                continue
            elif _is_cjk(cp):
                out.append(" " + ch + " ")
            else:
                out.append(ch)
        text = "".join(out)
        if self.lower:
            text = text.lower()
        if self.strip:
            text = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
        # words are runs of letters, marks, digits and connectors ('_'); each other punctuation mark is a word of its own;
        # everything else (spaces, symbols such as '|', '=', '<', other numbers, unassigned code points) separates words
        words, cur = [], []
        for ch in text:
            cat = unicodedata.category(ch)
            if cat in _WORD:
                cur.append(ch)
                continue
            if cur:
                words.append("".join(cur))
                cur = []
            if cat in _PUNCT:
                words.append(ch)
        if cur:
            words.append("".join(cur))
        return words

    def _wordpiece(self, word, out):
        if len(word) > 100:
            out.append(self.unk)
            return
        pieces, start = [], 0
        while start < len(word):
            end, cur = len(word), None
            while start < end:
                sub = word[start:end] if start == 0 else "##" + word[start:end]
                if sub in self.vocab:
                    cur = self.vocab[sub]
                    break
                end -= 1
            if cur is None:
                out.append(self.unk)
                return
            pieces.append(cur)
            start = end
        out.extend(pieces)

    def encode(self, text):
        # special tokens written in the text are read as such (the runtime's tokenizer splits on them); [CLS] and [SEP]
        # are then dropped, as the runtime drops them from a window's content
        out = []
        for part in _SPECIAL.split(text):
            if part in _SPECIAL_NAMES:
                if part not in ("[CLS]", "[SEP]"):
                    out.append(self.vocab[part])
                continue
            for w in self._basic(part):
                self._wordpiece(w, out)
        return out

    def window(self, ids):
        return [self.cls] + list(ids) + [self.sep]
