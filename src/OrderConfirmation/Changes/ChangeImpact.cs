using OrderConfirmation.Findings;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Changes;

/// <summary>What a change does to an order (article 4.3: "feasibility and impact").</summary>
/// <param name="ChangedFields">The fields that change (see <see cref="OrderChanges.Fields"/>).</param>
/// <param name="NewFindings">Findings of the re-review that the review before the change did not have.</param>
/// <param name="ResolvedFindings">Findings of the review before the change that the re-review no longer has.</param>
/// <param name="Notify">The departments to tell: those owning a changed field or a new or resolved finding, those whose approval is required, and Sales when the change is not feasible (to explain it to the customer).</param>
public sealed record ChangeImpact(
    IReadOnlyList<string> ChangedFields,
    IReadOnlyList<ReviewFinding> NewFindings,
    IReadOnlyList<ReviewFinding> ResolvedFindings,
    IReadOnlyList<Department> Notify);
