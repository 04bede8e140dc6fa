namespace SecureKernel.Runtime;

/// <summary>
/// Per-profile, per-user token and cost usage in fixed windows on the guard's clock. Thread-safe and bounded: accounts
/// whose window ended are evicted losslessly; when the cap is reached with every account active, new users are refused.
/// </summary>
internal sealed class TokenBudgetTracker(TimeProvider time, int capacity)
{
    private readonly BoundedPartitions<Account> _accounts = new(capacity, a => a.TryRetire(time.GetUtcNow()));

    public int AccountCount => _accounts.Count;

    /// <summary>The state of a user's budget now; null when no account can be created (cap reached).</summary>
    public BudgetState? Check(string profile, string user, TokenBudgetOptions budget) => With(profile, user, budget, a => a.State(time.GetUtcNow(), budget));

    /// <summary>Counts a turn's usage; false when no account can be created (cap reached).</summary>
    public bool Charge(string profile, string user, TokenBudgetOptions budget, TokenUsage usage) =>
        With(profile, user, budget, a => a.Charge(time.GetUtcNow(), budget, usage)) is not null;

    private BudgetState? With(string profile, string user, TokenBudgetOptions budget, Func<Account, BudgetState?> action)
    {
        string key = profile + "\u001f" + user;
        while (true)
        {
            if (!_accounts.TryGet(key, () => new Account(time.GetUtcNow()), out var account)) return null;
            var state = action(account);
            if (state is not null) return state;
            _accounts.Remove(key, account); // retired meanwhile: look up again
        }
    }

    private sealed class Account(DateTimeOffset start)
    {
        private readonly Lock _lock = new();
        private DateTimeOffset _start = start;
        private long _tokens;
        private decimal _cost;
        private bool _retired;
        private TimeSpan _window = TimeSpan.MaxValue;

        public BudgetState? State(DateTimeOffset now, TokenBudgetOptions budget)
        {
            lock (_lock)
            {
                if (_retired) return null;
                Advance(now, budget.Window);
                return new BudgetState(_tokens, _cost, _start + budget.Window,
                    (budget.MaxTokens > 0 && _tokens >= budget.MaxTokens) || (budget.MaxCost > 0 && _cost >= budget.MaxCost));
            }
        }

        public BudgetState? Charge(DateTimeOffset now, TokenBudgetOptions budget, TokenUsage usage)
        {
            lock (_lock)
            {
                if (_retired) return null;
                Advance(now, budget.Window);
                _tokens += usage.Tokens;
                _cost += budget.CostOf(usage.Input, usage.Output);
                return new BudgetState(_tokens, _cost, _start + budget.Window, false);
            }
        }

        public bool TryRetire(DateTimeOffset now)
        {
            lock (_lock)
            {
                if (_retired) return true;
                if (_tokens != 0 || _cost != 0)
                {
                    if (_window == TimeSpan.MaxValue || now - _start < _window) return false;
                }

                _retired = true;
                return true;
            }
        }

        private void Advance(DateTimeOffset now, TimeSpan window)
        {
            _window = window;
            if (now - _start < window) return;
            long windows = (now - _start).Ticks / window.Ticks;
            _start += TimeSpan.FromTicks(windows * window.Ticks);
            _tokens = 0;
            _cost = 0;
        }
    }
}

/// <summary>A user's budget usage in the current window.</summary>
internal sealed record BudgetState(long Tokens, decimal Cost, DateTimeOffset ResetsAt, bool Exhausted);
