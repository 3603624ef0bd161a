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

    /// <summary>Orders with more lines than this add up each SKU's demand through a dictionary, not line by line.</summary>
    private const int MaxPairwiseDemandLines = 16;

    /// <summary>
    /// Each line's facts (supply position, price-list entry, the SKU's demand), looked up once per review and read by the
    /// line rules of every stage; one buffer per thread, taken while a review uses it, so that reviews share nothing and
    /// a passing line allocates nothing.
    /// </summary>
    [ThreadStatic]
    private static LineFacts[]? _lineFacts;

    /// <summary>Each SKU's demand while a large order's lines are added up; one per thread, emptied after each use, so that it allocates only while it grows.</summary>
    [ThreadStatic]
    private static Dictionary<string, decimal>? _demandBySku;

    /// <summary>The scope of the reviews on this thread; taken while a review uses it, so that a review started from within one gets its own.</summary>
    [ThreadStatic]
    private static ReviewScope? _scope;

    /// <summary>
    /// The regulation's stages a review ran, by which of them ran (bit <c>i</c> for <see cref="ReviewStages.InOrder"/>[<c>i</c>]):
    /// the same few lists serve every review whose rule set has no host stage, so that a review does not build its own.
    /// </summary>
    private static readonly IReadOnlyList<ReviewStage>?[] StagesRunBySet = new IReadOnlyList<ReviewStage>?[1 << ReviewStages.InOrder.Length];

    /// <summary>Evaluates the rule set against the facts.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ReviewDecision Evaluate(RuleSet ruleSet, ReviewFacts facts)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(facts);
        var scope = _scope ?? new ReviewScope();
        _scope = null;
        scope.Order = facts.Order;
        scope.Customer = facts.Order.Customer;
        scope.Credit = facts.Credit;
        scope.Today = facts.Today;
        scope.Capabilities = facts.Capabilities;
        scope.Rates = facts.ExchangeRates;
        scope.AgreedDeliveryDate = facts.AgreedDeliveryDate;
        var findings = new List<ReviewFinding>();
        var ran = 0;
        IReadOnlyList<ReviewStage> stagesRun;
        var lineFacts = new LineFactsBuffer(facts);
        try
        {
            ran |= Run(ruleSet, 0, scope, findings, ref lineFacts);
            if (findings.Exists(f => f.IsBlocking))
            {
                stagesRun = StagesRun(ran);
            }
            else
            {
                for (var i = 1; i < ReviewStages.InOrder.Length; i++)
                {
                    // Finance's price policy needs a price list: without one the stage does not run (and is not listed as run).
                    if (facts.Prices is not null || ReviewStages.InOrder[i] != ReviewStages.Pricing)
                    {
                        ran |= Run(ruleSet, i, scope, findings, ref lineFacts);
                    }
                }

                stagesRun = HasHostStages(ruleSet) ? RunHostStages(ruleSet, facts, findings, ran) : StagesRun(ran);
            }
        }
        finally
        {
            lineFacts.Release();
            scope.Release();
            _scope = scope;
        }

        return new ReviewDecision(facts.Order.OrderId, stagesRun, findings, ruleSet.Version, facts.EvaluatedAt, ruleSet.Label, ruleSet.EffectiveDate) { ReviewedOrder = facts.Order };
    }

    /// <summary>Runs the stage at <paramref name="index"/> of <see cref="ReviewStages.InOrder"/>; its bit when it ran (it has rules), else 0.</summary>
    private static int Run(RuleSet ruleSet, int index, ReviewScope scope, List<ReviewFinding> findings, ref LineFactsBuffer lineFacts)
    {
        if (ruleSet.For(ReviewStages.InOrder[index]) is not { } rules)
        {
            return 0;
        }

        scope.Line = null;
        scope.Supply = null;
        scope.Price = null;
        scope.SkuDemand = 0m;
        rules.RunOrderRules(scope, findings);
        if (rules.HasLineRules)
        {
            var lines = scope.Order.Lines;
            var looked = lineFacts.LookUp();
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                scope.Line = line;
                scope.Supply = looked[i].Supply;
                scope.Price = looked[i].Price;
                scope.SkuDemand = looked[i].Demand;
                rules.RunLineRules(scope, line.LineNo, findings);
            }
        }

        return 1 << index;
    }

    /// <summary>The regulation's stages whose bits are set in <paramref name="ran"/>, in order; one read-only list per set of stages, made once.</summary>
    private static IReadOnlyList<ReviewStage> StagesRun(int ran) =>
        StagesRunBySet[ran] ??= new System.Collections.ObjectModel.ReadOnlyCollection<ReviewStage>(StagesIn(ran).ToArray());

    private static List<ReviewStage> StagesIn(int ran)
    {
        var stages = new List<ReviewStage>(ReviewStages.InOrder.Length);
        for (var i = 0; i < ReviewStages.InOrder.Length; i++)
        {
            if ((ran & (1 << i)) != 0)
            {
                stages.Add(ReviewStages.InOrder[i].Name);
            }
        }

        return stages;
    }

    private static bool HasHostStages(RuleSet ruleSet)
    {
        foreach (var stage in ruleSet.Declarations)
        {
            if (stage is IHostReviewStage)
            {
                return true;
            }
        }

        return false;
    }

    private static List<ReviewStage> RunHostStages(RuleSet ruleSet, ReviewFacts facts, List<ReviewFinding> findings, int ran)
    {
        var stagesRun = StagesIn(ran);
        foreach (var stage in ruleSet.Declarations)
        {
            if (stage is IHostReviewStage host)
            {
                host.Run(ruleSet, facts, findings, stagesRun);
            }
        }

        return stagesRun;
    }

    /// <summary>What the line rules read about one line besides the line itself.</summary>
    private struct LineFacts
    {
        public SupplyPosition? Supply;
        public PriceListEntry? Price;

        /// <summary>The order's whole quantity of the line's SKU (the line's own quantity for a line without a SKU).</summary>
        public decimal Demand;
    }

    /// <summary>The facts of each line of one review, looked up when a stage first has line rules.</summary>
    private struct LineFactsBuffer(ReviewFacts facts)
    {
        private LineFacts[]? _buffer;
        private int _count;

        /// <summary>Each line's facts, by line index.</summary>
        public LineFacts[] LookUp()
        {
            if (_buffer is not null)
            {
                return _buffer;
            }

            var lines = facts.Order.Lines;
            var count = lines.Count;
            LineFacts[]? buffer = null;
            // Stryker disable once Equality : which orders reuse the thread's buffer changes only allocation, never a value read
            if (count <= MaxBufferedLines)
            {
                // Taken from the thread while in use, so that a review started from within this one gets its own.
                buffer = _lineFacts;
                _lineFacts = null;
            }

            if (buffer is null || buffer.Length < count)
            {
                buffer = new LineFacts[Math.Max(count, 16)];
            }

            _buffer = buffer;
            _count = count;
            var prices = facts.Prices;
            for (var i = 0; i < count; i++)
            {
                var line = lines[i];
                ref var looked = ref buffer[i];
                looked.Supply = line.Sku is { } sku ? facts.Supply.GetValueOrDefault(sku) : null;
                looked.Price = line.Sku is { } priced && prices is not null ? prices.GetValueOrDefault(priced) : null;
            }

            AddUpDemand(lines, buffer);
            return buffer;
        }

        /// <summary>Clears the buffer and gives it back to the thread.</summary>
        public readonly void Release()
        {
            if (_buffer is null)
            {
                return;
            }

            // Stryker disable once Statement : clearing only lets the collector take the facts; every entry is written before it is read
            Array.Clear(_buffer, 0, _count);
            // Stryker disable once Equality : which buffers go back to the thread changes only allocation, never a value read
            if (_buffer.Length <= MaxBufferedLines)
            {
                _lineFacts = _buffer;
            }
        }

        /// <summary>
        /// Each line's <see cref="LineFacts.Demand"/>: the quantities of all the order's lines of its SKU, added up. A
        /// demand beyond the largest decimal counts as the largest decimal (more than any stock), never an overflow.
        /// </summary>
        private static void AddUpDemand(IReadOnlyList<OrderLine> lines, LineFacts[] buffer)
        {
            var count = lines.Count;
            // Stryker disable once Equality,Negate : both ways add up the same demand; the threshold only picks the faster one
            if (count <= MaxPairwiseDemandLines)
            {
                for (var i = 0; i < count; i++)
                {
                    var sku = lines[i].Sku;
                    var demand = lines[i].Quantity ?? 0m;
                    for (var j = 0; sku is not null && j < count; j++)
                    {
                        if (j != i && string.Equals(lines[j].Sku, sku, StringComparison.Ordinal))
                        {
                            demand = Add(demand, lines[j].Quantity ?? 0m);
                        }
                    }

                    buffer[i].Demand = demand;
                }

                // Stryker disable once Statement : going on adds the same demand up again through the dictionary
                return;
            }

            var bySku = _demandBySku ?? new Dictionary<string, decimal>(StringComparer.Ordinal);
            _demandBySku = null;
            for (var i = 0; i < count; i++)
            {
                if (lines[i].Sku is { } sku)
                {
                    bySku[sku] = Add(bySku.GetValueOrDefault(sku), lines[i].Quantity ?? 0m);
                }
            }

            for (var i = 0; i < count; i++)
            {
                buffer[i].Demand = lines[i].Sku is { } sku ? bySku[sku] : lines[i].Quantity ?? 0m;
            }

            bySku.Clear();
            _demandBySku = bySku;
        }

        private static decimal Add(decimal sum, decimal quantity)
        {
            try
            {
                return sum + quantity;
            }
            catch (OverflowException)
            {
                // Quantities may be negative too (the preliminary review reports them): a sum past either end saturates there.
                return quantity > 0m ? decimal.MaxValue : decimal.MinValue;
            }
        }
    }
}
