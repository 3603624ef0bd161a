namespace OrderConfirmation.Rules;

/// <summary>What a loaded rule is: its name, file, metadata and message template (for tools and explanations).</summary>
/// <param name="Name">The rule's unique name.</param>
/// <param name="File">The file it was loaded from.</param>
/// <param name="Metadata">Its business metadata.</param>
/// <param name="MessageTemplate">Its message template, as written.</param>
/// <param name="ValueNames">The names of the values its findings carry, in order.</param>
internal sealed record RuleInfo(string Name, string File, RuleMetadata Metadata, string MessageTemplate, IReadOnlyList<string> ValueNames)
{
    /// <summary>What the rule checks, in the analysts' words (<c>Properties.Description</c>), if given.</summary>
    public string? Description { get; init; }

    /// <summary>What the rule's file is about (its <c>Description</c>), if given.</summary>
    public string? FileDescription { get; init; }

    /// <summary>The scoped parameters the rule reads, directly or through another parameter, in declaration order (the file's first).</summary>
    public IReadOnlyList<RuleParameterInfo> Parameters { get; init; } = [];
}
