using Microsoft.ML.Tokenizers;

namespace SecureKernel;

/// <summary>Tokenizes a text into ids with character offsets, the way the model folder's manifest says.</summary>
internal sealed class OnnxWindowTokenizer
{
    private readonly Tokenizer _tokenizer;
    private readonly bool _nfkc;
    private readonly bool _normalizeText;
    private readonly int _clsId = -1;
    private readonly int _sepId = -1;

    /// <param name="manifest">The model's manifest (tokenizer kind, NFKC, lower-casing).</param>
    /// <param name="tokenizerBytes">The tokenizer file, hash-checked by the caller.</param>
    /// <param name="normalizeText">
    /// Whether text goes through <see cref="TextNormalizer"/> first (HTML character references and hidden tag-character text
    /// decoded, zero-width and bidi controls removed, confusables folded, NFKC), as it does for the rule detector.
    /// </param>
    internal OnnxWindowTokenizer(OnnxModelManifest manifest, byte[] tokenizerBytes, bool normalizeText = false)
    {
        _nfkc = manifest.NormalizeNfkc;
        _normalizeText = normalizeText;
        using var stream = new MemoryStream(tokenizerBytes, writable: false);
        try
        {
            if (manifest.TokenizerKind == OnnxTokenizerKind.SentencePiece)
            {
                var spm = SentencePieceTokenizer.Create(stream, addBeginningOfSentence: false, addEndOfSentence: false);
                _tokenizer = spm;
                if (manifest.ClsTokenId is int cls && manifest.SepTokenId is int sep)
                {
                    // an id the model's vocabulary does not have would index past the embedding table at run time
                    // ids run to the highest piece's; the vocabulary map leaves out the control pieces (<unk>, <s>, </s>)
                    int size = Math.Max(spm.Vocabulary.Values.Max(), Math.Max(spm.UnknownId, Math.Max(spm.BeginningOfSentenceId, spm.EndOfSentenceId))) + 1;
                    if (cls >= size || sep >= size)
                    {
                        throw new OnnxModelIntegrityException(OnnxModelManifest.FileName, $"Model file '{OnnxModelManifest.FileName}' is invalid: 'tokenizer.clsTokenId' and 'tokenizer.sepTokenId' must be below the SentencePiece vocabulary size ({size}).");
                    }

                    _clsId = cls;
                    _sepId = sep;
                }
            }
            else
            {
                var bert = BertTokenizer.Create(stream, new BertOptions { LowerCaseBeforeTokenization = manifest.LowerCase, RemoveNonSpacingMarks = manifest.StripAccents });
                _tokenizer = bert;
                _clsId = bert.ClassificationTokenId;
                _sepId = bert.SeparatorTokenId;
            }
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OnnxModelIntegrityException))
        {
            throw new OnnxModelIntegrityException(manifest.TokenizerFile, $"Model file '{manifest.TokenizerFile}' is not a valid {manifest.TokenizerKind} tokenizer.", ex);
        }
    }

    /// <summary>Special tokens added around each window ([CLS] and [SEP] for WordPiece; for SentencePiece the manifest's ids, if any).</summary>
    internal int SpecialTokens => _clsId >= 0 ? 2 : 0;

    internal int ClsId => _clsId;

    internal int SepId => _sepId;

    /// <summary>Encodes <paramref name="text"/>; offsets are in the coordinates of <paramref name="text"/>, approximately where normalization changed lengths.</summary>
    internal Encoded Encode(string text)
    {
        // Lone surrogates become U+FFFD (same length, so offsets stay valid); normalizers would throw on them.
        string safe = CompatibilityNormalizer.ReplaceLoneSurrogates(text);
        // HTML character references decoded (what a renderer shows; "&#73;&#103;..." hides nothing then), then TextNormalizer,
        // whose output is NFKC already. Both change lengths; offsets are scaled back below, as for NFKC alone.
        string input = _normalizeText ? TextNormalizer.Normalize(TextNormalizer.DecodeCharacterReferences(safe)).Text
            : _nfkc ? CompatibilityNormalizer.Normalize(safe) : safe;
        if (_clsId >= 0)
        {
            // BertTokenizer drops tab, line feed and carriage return as control characters, which joins the words on either
            // side ("heart\nand" would be read as "heartand"); BERT models are trained with them as spaces. Same length.
            input = LineBreaksAsSpaces(input);
        }

        var tokens = _tokenizer.EncodeToTokens(input, out string? normalized);
        int baseLength = normalized?.Length ?? input.Length;
        var ids = new List<int>(tokens.Count);
        var starts = new List<int>(tokens.Count);
        var ends = new List<int>(tokens.Count);
        double scale = baseLength == 0 ? 1 : (double)text.Length / baseLength;
        foreach (var t in tokens)
        {
            if (t.Id == _clsId || t.Id == _sepId)
            {
                continue;
            }

            var (offset, length) = t.Offset.GetOffsetAndLength(baseLength);
            ids.Add(t.Id);
            starts.Add(Math.Clamp((int)(offset * scale), 0, text.Length));
            ends.Add(Math.Clamp((int)Math.Ceiling((offset + length) * scale), 0, text.Length));
        }

        return new Encoded(ids.ToArray(), starts.ToArray(), ends.ToArray());
    }

    private static string LineBreaksAsSpaces(string text) =>
        text.AsSpan().IndexOfAny('\t', '\n', '\r') < 0 ? text : string.Create(text.Length, text, static (span, source) =>
        {
            source.AsSpan().CopyTo(span);
            span.Replace('\t', ' ');
            span.Replace('\n', ' ');
            span.Replace('\r', ' ');
        });

    internal readonly record struct Encoded(int[] Ids, int[] Starts, int[] Ends);
}
