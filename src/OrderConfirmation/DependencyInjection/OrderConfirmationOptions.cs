namespace OrderConfirmation.DependencyInjection;

/// <summary>How the library is set up in a host.</summary>
public sealed class OrderConfirmationOptions
{
    /// <summary>
    /// A directory of rule files to use instead of the defaults shipped in the package;
    /// <see langword="null"/> (the default) uses the shipped rules.
    /// </summary>
    public string? RulesDirectory { get; set; }

    /// <summary>
    /// Whether edits to the rule files in <see cref="RulesDirectory"/> take effect while the host runs (default
    /// <see langword="false"/>: the rules are loaded once). When set, the rule set is a
    /// <see cref="Rules.Reloading.ReloadingRuleSetProvider"/>: changed files are loaded, checked and compiled in the background
    /// and swapped in as a whole; an edit that does not load is logged and the last good rule set keeps serving.
    /// Requires <see cref="RulesDirectory"/>.
    /// </summary>
    public bool WatchRulesDirectory { get; set; }

    /// <summary>
    /// The company's time zone as a TZDB identifier, which turns instants into business dates (such as today's date
    /// for the delivery-date check). The zone is the working calendar's (<c>timeZone</c> in <c>calendar.json</c> of
    /// <see cref="RulesDirectory"/>, or of the shipped calendar: <c>Asia/Shanghai</c>), so there is one company zone;
    /// <see langword="null"/> (the default) takes it from there, and a zone given here must be the same.
    /// </summary>
    public string? TimeZoneId { get; set; }

    /// <summary>
    /// The host's own review stages (<see cref="Review.CustomReviewStage{TFacts}"/>), run after the regulation's detailed
    /// stages in this order; the rules are loaded for them with the others. Each needs an
    /// <see cref="Review.IReviewFactsProvider{TFacts}"/> in the host's services. Any other stage (or a null) fails the registration: its
    /// rules would load and never run.
    /// </summary>
    public IList<Rules.RuleStage> Stages { get; } = [];

    /// <summary>
    /// The append-only JSON Lines audit log file (article 6.1); opened, and its hash chain verified, when the
    /// log is first resolved. <see langword="null"/> (the default) keeps the audit log in memory, which suits
    /// tests and tools but not production.
    /// </summary>
    public string? AuditLogPath { get; set; }

    /// <summary>Business days the customer has to reply to a clarification request (default 3).</summary>
    public int ReplyBusinessDays { get; set; } = 3;

    /// <summary>Days before the promised delivery date from which an order not shipped in full is at risk (default 3).</summary>
    public int AtRiskWithinDays { get; set; } = 3;

    /// <summary>
    /// How soon, in business time, the customer must be told once a customer notification is raised; longer than this
    /// and the follow-up monitor lists it as unsent (default 4 hours; see <see cref="Lifecycle.State.LifecyclePolicy.NotificationWithin"/>).
    /// </summary>
    public TimeSpan NotificationWithin { get; set; } = TimeSpan.FromHours(4);

    /// <summary>Whether the person who entered an order is barred from confirming it (default <see langword="true"/>).</summary>
    public bool SeparationOfDuties { get; set; } = true;

    /// <summary>
    /// How long each facts provider (credit, supply, capabilities) may take before the review gives up on it and holds
    /// the order with a system finding (default 10 seconds).
    /// </summary>
    public TimeSpan ProviderTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
