namespace OrderConfirmation.Diagnostics;

/// <summary>
/// A problem found in a rule file, pointing at the file, the rule and the position,
/// in the <c>file:line:column: error|warning CODE: message</c> form that editors and CI understand.
/// </summary>
/// <param name="File">The rule file's path or name.</param>
/// <param name="Position">Where in the file the problem is.</param>
/// <param name="Rule">The rule's name, or <see langword="null"/> for a problem of the file as a whole.</param>
/// <param name="Code">A stable code for the kind of problem (for example <c>OC1004</c>).</param>
/// <param name="Message">What is wrong, for the analyst who edits the file.</param>
/// <param name="Severity">Whether it stops the rules from loading (<see cref="RuleDiagnosticSeverity.Error"/>) or only deserves a look.</param>
public sealed record RuleDiagnostic(string File, SourcePosition Position, string? Rule, string Code, string Message, RuleDiagnosticSeverity Severity = RuleDiagnosticSeverity.Error)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var rule = Rule is null ? string.Empty : $"rule '{Rule}': ";
        var severity = Severity == RuleDiagnosticSeverity.Warning ? "warning" : "error";
        return $"{File}:{Position.Line}:{Position.Column}: {severity} {Code}: {rule}{Message}";
    }
}
