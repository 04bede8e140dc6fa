namespace SecureKernel.Corpus.Tests;

/// <summary>Detection metrics of one slice.</summary>
public sealed record SliceMetrics(string Slice, int Positives, int Negatives, int TruePositives, int FalsePositives, double? Auc)
{
    public double? Tpr => Positives == 0 ? null : (double)TruePositives / Positives;

    public double? Fpr => Negatives == 0 ? null : (double)FalsePositives / Negatives;

    public double Accuracy => (double)(TruePositives + Negatives - FalsePositives) / (Positives + Negatives);

    public static SliceMetrics Compute(string slice, IReadOnlyList<(int Label, double Score, bool Flagged)> rows)
    {
        int p = rows.Count(r => r.Label == 1), n = rows.Count - p;
        int tp = rows.Count(r => r.Label == 1 && r.Flagged), fp = rows.Count(r => r.Label == 0 && r.Flagged);
        return new SliceMetrics(slice, p, n, tp, fp, p > 0 && n > 0 ? RocAuc(rows) : null);
    }

    /// <summary>ROC AUC as the Mann-Whitney statistic, ties counted as one half.</summary>
    public static double RocAuc(IReadOnlyList<(int Label, double Score, bool Flagged)> rows)
    {
        var sorted = rows.OrderBy(r => r.Score).ToArray();
        double rankSumPos = 0;
        int i = 0;
        while (i < sorted.Length)
        {
            int j = i;
            while (j + 1 < sorted.Length && sorted[j + 1].Score == sorted[i].Score) j++;
            double avgRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++)
            {
                if (sorted[k].Label == 1) rankSumPos += avgRank;
            }
            i = j + 1;
        }
        double p = sorted.Count(r => r.Label == 1), n = sorted.Length - p;
        return (rankSumPos - p * (p + 1) / 2) / (p * n);
    }
}
