namespace OrderConfirmation.Cases;

/// <summary>What executing a case command gave: a new state, or the precondition that failed.</summary>
internal readonly record struct CaseOutcome(CaseState? State, string? Problem)
{
    public static CaseOutcome Done(CaseState state) => new(state, null);

    public static CaseOutcome Fail(string problem) => new(null, problem);

    /// <summary>A failure when <paramref name="text"/> is blank, naming what it is; else <see langword="null"/>.</summary>
    public static CaseOutcome? Blank(string? text, string what) =>
        string.IsNullOrWhiteSpace(text) ? Fail($"{what} is blank") : null;
}
