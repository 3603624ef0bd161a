namespace OrderConfirmation.Supervision;

/// <summary>The result of recording in the supervision trail: recorded with its id, or refused with the reason.</summary>
public sealed record SupervisionReceipt
{
    private SupervisionReceipt(string? id, IReadOnlyList<string> rectificationIds, string? refusal)
    {
        Id = id;
        RectificationIds = rectificationIds;
        Refusal = refusal;
    }

    /// <summary>Whether it was recorded.</summary>
    public bool IsRecorded => Refusal is null;

    /// <summary>The id recorded: the check's id (<c>SC-1</c>) or the rectification's; <see langword="null"/> when refused.</summary>
    public string? Id { get; }

    /// <summary>The ids given to the rectifications a check asked for, in order; empty otherwise.</summary>
    public IReadOnlyList<string> RectificationIds { get; }

    /// <summary>Why it was refused, or <see langword="null"/> when recorded. A refusal writes nothing.</summary>
    public string? Refusal { get; }

    internal static SupervisionReceipt Recorded(string id, IReadOnlyList<string>? rectificationIds = null) => new(id, rectificationIds ?? [], null);

    internal static SupervisionReceipt Refused(string refusal) => new(null, [], refusal);
}
