using OrderConfirmation.Diagnostics;

namespace OrderConfirmation.Rules.Compilation;

/// <summary>A rule read from a file whose metadata has been checked, ready to compile.</summary>
internal sealed record RuleDefinition(
    string File,
    string Name,
    bool Enabled,
    RuleStage Stage,
    RuleMetadata Metadata,
    SourceText Expression,
    string Message,
    SourcePosition MessagePosition,
    IReadOnlyList<ScopedParameter> Parameters,
    IReadOnlyList<NamedExpression> Values,
    string? Description = null,
    string? FileDescription = null);

/// <summary>A piece of expression text and where it starts in its file (the first character inside the quotes).</summary>
internal sealed record SourceText(string Text, SourcePosition Position);

/// <summary>A RulesEngine scoped parameter (global to the file, or local to the rule).</summary>
internal sealed record ScopedParameter(string Name, SourceText Expression);

/// <summary>A named value a rule shows in its finding.</summary>
internal sealed record NamedExpression(string Name, SourceText Expression);
