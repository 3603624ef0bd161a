namespace OrderConfirmation.Findings;

/// <summary>
/// A stage of review: the part of the review a rule belongs to and its findings come from. The regulation's stages are
/// the static values (the preliminary review gates the detailed stages); a host may declare a stage of its own by name
/// (for example <c>ExportControl</c>). Stages are compared by name, ordinally.
/// </summary>
public readonly struct ReviewStage : IEquatable<ReviewStage>
{
    /// <summary>The longest stage name, in characters.</summary>
    public const int MaxNameLength = 64;

    private readonly string? _name;

    /// <summary>A stage with the given name.</summary>
    /// <param name="name">1 to 64 ASCII letters and digits, beginning with a letter, as rule files write it in <c>Stage</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not such a name.</exception>
    public ReviewStage(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length is 0 or > MaxNameLength || !char.IsAsciiLetter(name[0]) || !name.All(char.IsAsciiLetterOrDigit))
        {
            throw new ArgumentException($"'{name}' cannot name a stage: use 1 to {MaxNameLength} ASCII letters and digits, beginning with a letter.", nameof(name));
        }

        _name = name;
    }

    /// <summary>Article 4.1: Sales checks the order is complete and accurate.</summary>
    public static ReviewStage PreliminaryReview { get; } = new(nameof(PreliminaryReview));

    /// <summary>Article 4.2: Finance assesses the customer's credit.</summary>
    public static ReviewStage CreditAssessment { get; } = new(nameof(CreditAssessment));

    /// <summary>Article 3: Finance reviews the price and payment against finance policy and margin (runs only when a price list is supplied).</summary>
    public static ReviewStage PricingPolicy { get; } = new(nameof(PricingPolicy));

    /// <summary>Article 4.2: Technical assesses whether the requirements can be met.</summary>
    public static ReviewStage TechnicalFeasibility { get; } = new(nameof(TechnicalFeasibility));

    /// <summary>Article 4.2: Product checks stock, capacity and lead time.</summary>
    public static ReviewStage SupplyCapability { get; } = new(nameof(SupplyCapability));

    /// <summary>Article 4.3: whether a change request may be made at all.</summary>
    public static ReviewStage ChangeEligibility { get; } = new(nameof(ChangeEligibility));

    /// <summary>The stage's name, as rule files and decisions write it; empty for the <see langword="default"/> value, which is no stage.</summary>
    public string Name => _name ?? string.Empty;

    /// <summary>Whether two stages are the same stage.</summary>
    public static bool operator ==(ReviewStage left, ReviewStage right) => left.Equals(right);

    /// <summary>Whether two stages are different stages.</summary>
    public static bool operator !=(ReviewStage left, ReviewStage right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(ReviewStage other) => string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReviewStage other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <summary>The stage's name.</summary>
    public override string ToString() => Name;
}
