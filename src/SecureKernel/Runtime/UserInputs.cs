using System.Text;

namespace SecureKernel.Runtime;

/// <summary>Collects the user text of the latest turn (user messages after the last assistant or tool message).</summary>
internal static class UserInputs
{
    public static string LatestUserText(IEnumerable<(bool IsUser, bool IsOther, string Text)> messages)
    {
        var list = messages.ToList();
        int start = list.Count;
        while (start > 0 && !list[start - 1].IsOther) start--;
        var sb = new StringBuilder();
        for (int i = start; i < list.Count; i++)
        {
            if (list[i].IsUser && !string.IsNullOrEmpty(list[i].Text)) sb.Append(list[i].Text).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>Scans the latest user text unless this turn already did; throws when the verdict blocks.</summary>
    public static async Task GuardAsync(SecureKernelGuard guard, TurnState turn, Func<string> text, CancellationToken cancellationToken)
    {
        if (turn.InputScanned) return;
        turn.InputScanned = true;
        string t = text();
        if (t.Length == 0) return;
        var verdict = await guard.ScanUserInputAsync(t, cancellationToken).ConfigureAwait(false);
        if (verdict.Action == SecurityAction.Block)
        {
            turn.Block(verdict); // the request record says why
            throw new SecurityBlockedException(verdict);
        }
    }
}
