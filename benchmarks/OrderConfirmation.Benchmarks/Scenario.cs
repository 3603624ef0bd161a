namespace OrderConfirmation.Benchmarks;

/// <summary>The mix of findings a benchmarked review produces.</summary>
public enum Scenario
{
    /// <summary>A complete order of three lines, within the credit limit and deliverable: no finding, every stage runs.</summary>
    AllPass,

    /// <summary>Every stage runs and finds one error each in credit, technical and supply.</summary>
    ThreeFindings,

    /// <summary>The customer's name is missing: one preliminary error, and the detailed stages are skipped.</summary>
    CompletenessFails,
}
