using NodaTime;
using OrderConfirmation.Findings;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Review;

/// <summary>
/// Everything a review looks at: the order and the facts about it at one instant. Hosts that already
/// hold the facts (replays, what-if, tools) evaluate these directly with <see cref="ReviewEvaluator"/>.
/// </summary>
public sealed record ReviewFacts
{
    /// <summary>Creates the facts of a review.</summary>
    /// <param name="order">The order under review.</param>
    /// <param name="credit">The customer's credit profile; <see langword="null"/> for a customer Finance does not know (a new customer).</param>
    /// <param name="supply">Supply per SKU; a SKU that is absent is unknown to the catalogue.</param>
    /// <param name="capabilities">The technical capability codes the company supports.</param>
    /// <param name="evaluatedAt">The instant of the review.</param>
    /// <param name="timeZone">The company's time zone, which turns the instant into today's business date.</param>
    /// <exception cref="ArgumentNullException">A required argument is <see langword="null"/>.</exception>
    public ReviewFacts(
        Order order,
        CreditProfile? credit,
        IReadOnlyDictionary<string, SupplyPosition> supply,
        IReadOnlySet<string> capabilities,
        Instant evaluatedAt,
        DateTimeZone timeZone)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(supply);
        ArgumentNullException.ThrowIfNull(capabilities);
        ArgumentNullException.ThrowIfNull(timeZone);
        Order = order;
        Credit = credit;
        Supply = supply;
        Capabilities = capabilities;
        EvaluatedAt = evaluatedAt;
        TimeZone = timeZone;
    }

    /// <summary>The order under review.</summary>
    public Order Order { get; }

    /// <summary>The customer's credit profile, or <see langword="null"/> for a new customer.</summary>
    public CreditProfile? Credit { get; }

    /// <summary>Supply per SKU.</summary>
    public IReadOnlyDictionary<string, SupplyPosition> Supply { get; }

    /// <summary>The technical capability codes the company supports.</summary>
    public IReadOnlySet<string> Capabilities { get; }

    /// <summary>The instant of the review.</summary>
    public Instant EvaluatedAt { get; }

    /// <summary>The company's time zone.</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>
    /// Finance's price list per SKU (article 3: price against finance policy and margin); <see langword="null"/> (the
    /// default) when none is supplied, and then the <see cref="ReviewStage.PricingPolicy"/> stage does not run. A SKU
    /// that is absent has no list price.
    /// </summary>
    public IReadOnlyDictionary<string, PriceListEntry>? Prices { get; init; }

    /// <summary>The exchange rates of the review's day; by default <see cref="ExchangeRates.None"/> (only amounts already in the wanted currency compare).</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public ExchangeRates ExchangeRates
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(ExchangeRates));
    } = ExchangeRates.None;

    /// <summary>
    /// The delivery date already agreed with the customer for this order: during a change's re-review, the requested date
    /// the order had before the change; <see langword="null"/> (the default) for a new order. Rules read it as
    /// <c>agreedDeliveryDate</c>: a date agreed before stays agreed once it has passed, so a late order can still take a
    /// change that leaves its date alone.
    /// </summary>
    public LocalDate? AgreedDeliveryDate { get; init; }

    /// <summary>The same facts about another version of the order, such as the order with a change applied.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="order"/> is <see langword="null"/>.</exception>
    public ReviewFacts ForOrder(Order order) => Copy(order, _stageFacts);

    /// <summary>These facts with the facts a host's own stage reads (see <see cref="CustomReviewStage{TFacts}"/>); facts given before for that stage are replaced.</summary>
    /// <typeparam name="TFacts">The type of the stage's facts.</typeparam>
    /// <param name="stage">The stage.</param>
    /// <param name="facts">Its facts.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public ReviewFacts WithStageFacts<TFacts>(CustomReviewStage<TFacts> stage, TFacts facts)
        where TFacts : class
    {
        ArgumentNullException.ThrowIfNull(stage);
        ArgumentNullException.ThrowIfNull(facts);
        return Copy(Order, [.. _stageFacts.Where(f => f.Stage != stage), (stage, facts)]);
    }

    private ReviewFacts Copy(Order order, (IHostReviewStage Stage, object Facts)[] stageFacts) =>
        new(order, Credit, Supply, Capabilities, EvaluatedAt, TimeZone) { _stageFacts = stageFacts, Prices = Prices, ExchangeRates = ExchangeRates, AgreedDeliveryDate = AgreedDeliveryDate };

    /// <summary>The facts given for a host's stage, or <see langword="null"/>.</summary>
    internal object? StageFacts(IHostReviewStage stage)
    {
        foreach (var (owner, facts) in _stageFacts)
        {
            if (ReferenceEquals(owner, stage))
            {
                return facts;
            }
        }

        return null;
    }

    private (IHostReviewStage Stage, object Facts)[] _stageFacts = [];

    /// <summary>The business date of the review: <see cref="EvaluatedAt"/> in <see cref="TimeZone"/>.</summary>
    public LocalDate Today => EvaluatedAt.InZone(TimeZone).Date;
}
