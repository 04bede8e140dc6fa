namespace SecureKernel;

/// <summary>The tokenizer a classifier model needs, declared in its manifest.</summary>
public enum OnnxTokenizerKind
{
    /// <summary>A SentencePiece model proto (manifest value <c>sentencepiece</c>), loaded with Microsoft.ML.Tokenizers.</summary>
    SentencePiece,

    /// <summary>A BERT WordPiece <c>vocab.txt</c> (manifest value <c>wordpiece</c>); windows get <c>[CLS]</c> and <c>[SEP]</c>.</summary>
    WordPiece,
}
