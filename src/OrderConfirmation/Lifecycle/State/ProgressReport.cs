namespace OrderConfirmation.Lifecycle.State;

/// <summary>An executing department's report on an order's execution (article 4.4). Create one with the factory methods.</summary>
public sealed record ProgressReport
{
    private ProgressReport(ProgressKind kind, string? text, IReadOnlyList<LineShipment> shipments, ExecutionIssueKind? issue)
    {
        Kind = kind;
        Text = text;
        Shipments = shipments;
        Issue = issue;
    }

    /// <summary>What the report says.</summary>
    public ProgressKind Kind { get; }

    /// <summary>The department's words.</summary>
    public string? Text { get; }

    /// <summary>For a shipment: the quantities shipped per line; otherwise empty.</summary>
    public IReadOnlyList<LineShipment> Shipments { get; }

    /// <summary>For an issue: its kind; otherwise <see langword="null"/>.</summary>
    public ExecutionIssueKind? Issue { get; }

    /// <summary>A milestone reached.</summary>
    /// <exception cref="ArgumentException"><paramref name="text"/> is blank.</exception>
    public static ProgressReport Milestone(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        return new(ProgressKind.Milestone, text, [], null);
    }

    /// <summary>Quantities shipped.</summary>
    /// <exception cref="ArgumentException">No shipment, or a line appears twice.</exception>
    public static ProgressReport Shipped(IReadOnlyList<LineShipment> shipments, string? text = null)
    {
        ArgumentNullException.ThrowIfNull(shipments);
        if (shipments.Count == 0 || shipments.Select(s => s.LineNo).Distinct().Count() != shipments.Count)
        {
            throw new ArgumentException("A shipment report names at least one line, each line once.", nameof(shipments));
        }

        return new(ProgressKind.Shipment, text, shipments, null);
    }

    /// <summary>The order delivered in full.</summary>
    public static ProgressReport Delivered(string? text = null) => new(ProgressKind.Delivered, text, [], null);

    /// <summary>A problem that the customer must be told about.</summary>
    /// <exception cref="ArgumentException"><paramref name="text"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="issue"/> is not defined.</exception>
    public static ProgressReport IssueRaised(ExecutionIssueKind issue, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if (!Enum.IsDefined(issue))
        {
            throw new ArgumentOutOfRangeException(nameof(issue), issue, "Not a defined issue kind.");
        }

        return new(ProgressKind.Issue, text, [], issue);
    }
}
