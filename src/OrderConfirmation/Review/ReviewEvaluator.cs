using OrderConfirmation.Findings;
using OrderConfirmation.Orders;
using OrderConfirmation.Rules;

namespace OrderConfirmation.Review;

/// <summary>
/// Evaluates a compiled <see cref="RuleSet"/> against the facts of a review (articles 4.1 and 4.2).
/// The preliminary review runs first and gates the detailed review: when it finds an error the order
/// goes back to the customer and the detailed stages do not run. The detailed stages all run, so every
/// problem is reported at once, followed by the host's own stages (<see cref="CustomReviewStage{TFacts}"/>) in the
/// order of the rule set's catalog. Thread-safe; no parsing, reflection or serialisation happens here.
/// </summary>
public static class ReviewEvaluator
{
    /// <summary>Orders with more lines than this look their supply up in a buffer of their own, not the thread's.</summary>
    private const int MaxBufferedLines = 4_096;

    /// <summary>
    /// Each line's supply position, looked up once per review and read by the line rules of every stage; one buffer
    /// per thread, taken while a review uses it, so that reviews share nothing and a passing line allocates nothing.
    /// </summary>
    [ThreadStatic]
    private static SupplyPosition?[]? _lineSupplies;

    /// <summary>Evaluates the rule set against the facts.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ReviewDecision Evaluate(RuleSet ruleSet, ReviewFacts facts) => Evaluate(ruleSet, facts, waivedPreliminaryRule: null);

    /// <summary>
    /// Evaluates the rule set against the facts with one rule of the preliminary review waived: its findings are left
    /// out, before they could gate the detailed review (a change's re-review waives the requested date's "not past" rule
    /// when the change leaves the date alone).
    /// </summary>
    internal static ReviewDecision Evaluate(RuleSet ruleSet, ReviewFacts facts, string? waivedPreliminaryRule)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(facts);
        var scope = new ReviewScope
        {
            Order = facts.Order,
            Customer = facts.Order.Customer,
            Credit = facts.Credit,
            Today = facts.Today,
            Capabilities = facts.Capabilities,
        };
        var findings = new List<ReviewFinding>();
        var stagesRun = new List<ReviewStage>(4);
        var supplies = new LineSupplies(facts);
        try
        {
            Run(ruleSet, ReviewStages.Preliminary, scope, findings, stagesRun, ref supplies);
            if (waivedPreliminaryRule is not null)
            {
                findings.RemoveAll(f => string.Equals(f.Rule, waivedPreliminaryRule, StringComparison.Ordinal));
            }

            if (!findings.Exists(f => f.IsBlocking))
            {
                foreach (var stage in ReviewStages.Detailed)
                {
                    Run(ruleSet, stage, scope, findings, stagesRun, ref supplies);
                }

                RunHostStages(ruleSet, facts, findings, stagesRun);
            }
        }
        finally
        {
            supplies.Release();
        }

        return new ReviewDecision(facts.Order.OrderId, stagesRun, findings, ruleSet.Version, facts.EvaluatedAt, ruleSet.Label, ruleSet.EffectiveDate) { ReviewedOrder = facts.Order };
    }

    private static void Run(RuleSet ruleSet, RuleStage<ReviewScope> stage, ReviewScope scope, List<ReviewFinding> findings, List<ReviewStage> stagesRun, ref LineSupplies supplies)
    {
        if (ruleSet.For(stage) is not { } rules)
        {
            return;
        }

        stagesRun.Add(stage.Name);
        scope.Line = null;
        scope.Supply = null;
        rules.RunOrderRules(scope, findings);
        if (rules.HasLineRules)
        {
            var lines = scope.Order.Lines;
            var lineSupplies = supplies.LookUp();
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                scope.Line = line;
                scope.Supply = lineSupplies[i];
                rules.RunLineRules(scope, line.LineNo, findings);
            }
        }
    }

    private static void RunHostStages(RuleSet ruleSet, ReviewFacts facts, List<ReviewFinding> findings, List<ReviewStage> stagesRun)
    {
        foreach (var stage in ruleSet.Declarations)
        {
            if (stage is IHostReviewStage host)
            {
                host.Run(ruleSet, facts, findings, stagesRun);
            }
        }
    }

    /// <summary>The supply of each line of one review, looked up when a stage first has line rules.</summary>
    private struct LineSupplies(ReviewFacts facts)
    {
        private SupplyPosition?[]? _buffer;
        private int _count;

        /// <summary>Each line's supply position (<see langword="null"/> for a line without a known SKU), by line index.</summary>
        public SupplyPosition?[] LookUp()
        {
            if (_buffer is not null)
            {
                return _buffer;
            }

            var lines = facts.Order.Lines;
            var count = lines.Count;
            SupplyPosition?[]? buffer = null;
            // Stryker disable once Equality : which orders reuse the thread's buffer changes only allocation, never a value read
            if (count <= MaxBufferedLines)
            {
                // Taken from the thread while in use, so that a review started from within this one gets its own.
                buffer = _lineSupplies;
                _lineSupplies = null;
            }

            if (buffer is null || buffer.Length < count)
            {
                buffer = new SupplyPosition?[Math.Max(count, 16)];
            }

            _buffer = buffer;
            _count = count;
            for (var i = 0; i < count; i++)
            {
                var line = lines[i];
                buffer[i] = line.Sku is { } sku ? facts.Supply.GetValueOrDefault(sku) : null;
            }

            return buffer;
        }

        /// <summary>Clears the buffer and gives it back to the thread.</summary>
        public readonly void Release()
        {
            if (_buffer is null)
            {
                return;
            }

            // Stryker disable once Statement : clearing only lets the collector take the positions; every entry is written before it is read
            Array.Clear(_buffer, 0, _count);
            // Stryker disable once Equality : which buffers go back to the thread changes only allocation, never a value read
            if (_buffer.Length <= MaxBufferedLines)
            {
                _lineSupplies = _buffer;
            }
        }
    }
}
