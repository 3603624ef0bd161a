using System.Text;
using OrderConfirmation.Findings;
using OrderConfirmation.Review;
using OrderConfirmation.Rules;
using OrderConfirmation.Stages;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Review;

/// <summary>The facts of a host's credit-insurance stage: who insures the customer's credit.</summary>
/// <param name="Insurer">The insurer's name.</param>
public sealed record CreditInsurance(string Insurer);

/// <summary>
/// A host's own stage gives its rules the order, its customer, the business date and the stage's facts (README, "A
/// review stage of your own"); without its facts it holds the order with a system finding naming the stage.
/// (The Testing package's public-API tests cover the same from outside; these run with the library's mutation tests.)
/// </summary>
public sealed class CustomReviewStageTests
{
    private static readonly CustomReviewStage<CreditInsurance> Insurance = new("CreditInsurance", Department.Finance, "insurance");

    private static readonly RuleSet Rules = RuleSetLoader.Load(
    [
        new RuleFile("insurance.json", Encoding.UTF8.GetBytes("""
            {
              "WorkflowName": "CreditInsurance",
              "Rules": [
                {
                  "RuleName": "InsuredCustomer",
                  "Expression": "insurance.Insurer != customer.Name",
                  "ErrorMessage": "{customer} insures itself.",
                  "Properties": { "Stage": "CreditInsurance", "Department": "Finance", "Severity": "Warning", "Action": "None", "Values": { "customer": "customer.Name" } }
                },
                {
                  "RuleName": "DeliveryWithinCover",
                  "Expression": "order.RequestedDeliveryDate.Value <= today.PlusDays(20)",
                  "ErrorMessage": "Delivery {requested} is beyond the cover ending {coverEnds}.",
                  "Properties": { "Stage": "CreditInsurance", "Department": "Finance", "Severity": "Warning", "Action": "None", "Values": { "requested": "order.RequestedDeliveryDate", "coverEnds": "today.PlusDays(20)" } }
                }
              ]
            }
            """)),
    ],
        StandardStages.Catalog.With(Insurance));

    [Fact]
    public void Evaluate_HostStageRules_ReadTheCustomerAndTheBusinessDate()
    {
        // Today is 2026-11-20; the default order asks for 2026-12-15, beyond 20 days; its customer is Acme Network Ltd.
        var facts = new FactsBuilder().Build().WithStageFacts(Insurance, new CreditInsurance("Acme Network Ltd"));

        var findings = ReviewEvaluator.Evaluate(Rules, facts).Findings;

        Assert.Equal(["InsuredCustomer", "DeliveryWithinCover"], findings.Select(f => f.Rule));
        Assert.Equal("Acme Network Ltd insures itself.", findings[0].Message);
        Assert.Equal("Delivery 2026-12-15 is beyond the cover ending 2026-12-10.", findings[1].Message);
    }

    [Fact]
    public void Evaluate_HostStageWithoutItsFacts_HoldsWithASystemFindingNamingTheStage()
    {
        var decision = ReviewEvaluator.Evaluate(Rules, new FactsBuilder().Build());

        var finding = Assert.Single(decision.Findings);
        Assert.Equal(("CreditInsuranceFactsMissing", Department.Finance, ReviewOutcome.OnHold), (finding.Rule, finding.Department, finding.Outcome));
        Assert.Equal([new KeyValuePair<string, object?>("stage", "CreditInsurance")], finding.Values);
        Assert.Equal("The facts of the CreditInsurance stage were not given; the stage was not done and the order is held until it can be.", finding.Message);
        Assert.Contains(new ReviewStage("CreditInsurance"), decision.StagesRun);
    }
}
