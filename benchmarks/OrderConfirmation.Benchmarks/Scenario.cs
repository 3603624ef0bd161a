namespace OrderConfirmation.Benchmarks;

/// <summary>The mix of findings a benchmarked review produces. Every scenario's facts include Finance's price list.</summary>
public enum Scenario
{
    /// <summary>A complete order of three lines, within the credit limit, priced within Finance's policy and deliverable: no finding, all five stages run.</summary>
    AllPass,

    /// <summary>Every stage runs and finds one error each in credit, technical and supply; the prices are within policy.</summary>
    ThreeFindings,

    /// <summary>
    /// Every stage runs, the credit is kept in US dollars (the order's yuan converted, within the limit), and Finance's
    /// price policy finds each of its rules once: a SKU missing from the price list, a discount beyond Sales' authority
    /// on a line whose cost is not given, and a margin below the floor against a cost in US dollars.
    /// </summary>
    PricingFindings,

    /// <summary>The customer's name is missing: one preliminary error, and the detailed stages are skipped.</summary>
    CompletenessFails,
}
