namespace OrderConfirmation.Rules;

/// <summary>What a loaded rule is: its name, file, metadata and message template (for tools and explanations).</summary>
/// <param name="Name">The rule's unique name.</param>
/// <param name="File">The file it was loaded from.</param>
/// <param name="Metadata">Its business metadata.</param>
/// <param name="MessageTemplate">Its message template, as written.</param>
/// <param name="ValueNames">The names of the values its findings carry, in order.</param>
internal sealed record RuleInfo(string Name, string File, RuleMetadata Metadata, string MessageTemplate, IReadOnlyList<string> ValueNames);
