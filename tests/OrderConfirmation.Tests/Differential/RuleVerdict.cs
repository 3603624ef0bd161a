namespace OrderConfirmation.Tests.Differential;

/// <summary>What one evaluation of one rule said: the rule held, it did not, or it could not be evaluated.</summary>
internal enum Verdict
{
    Pass,
    Fail,
    Error,
}

/// <summary>The verdict of one rule on the order (<paramref name="LineNo"/> null) or on one line, with the error text if any.</summary>
internal sealed record RuleVerdict(string Rule, int? LineNo, Verdict Verdict, string? Detail = null)
{
    public string Where => LineNo is { } line ? $"line {line}" : "the order";
}
