using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Properties;

public sealed class ReviewProperties
{
    /// <summary>Each way of removing one field the preliminary review requires.</summary>
    private static readonly (string Field, Func<Order, Order> Remove)[] RequiredFieldRemovals =
    [
        ("order id", o => o with { OrderId = null }),
        ("time of receipt", o => o with { ReceivedAt = null }),
        ("customer name", o => o with { Customer = o.Customer with { Name = null } }),
        ("contact person", o => o with { Customer = o.Customer with { Contact = o.Customer.Contact with { Person = null } } }),
        ("phone and e-mail", o => o with { Customer = o.Customer with { Contact = o.Customer.Contact with { Phone = null, Email = null } } }),
        ("street", o => o with { Customer = o.Customer with { Address = o.Customer.Address with { Street = null } } }),
        ("city", o => o with { Customer = o.Customer with { Address = o.Customer.Address with { City = "" } } }),
        ("country", o => o with { Customer = o.Customer with { Address = o.Customer.Address with { Country = " " } } }),
        ("lines", o => o with { Lines = [] }),
        ("sku", o => o with { Lines = [o.Lines[0] with { Sku = null }, .. o.Lines.Skip(1)] }),
        ("quantity", o => o with { Lines = [o.Lines[0] with { Quantity = null }, .. o.Lines.Skip(1)] }),
        ("unit price", o => o with { Lines = [o.Lines[0] with { UnitPrice = null }, .. o.Lines.Skip(1)] }),
        ("currency", o => o with { Currency = null }),
        ("requested delivery date", o => o with { RequestedDeliveryDate = null }),
        ("payment terms", o => o with { PaymentTerms = null }),
    ];

    [Property(MaxTest = 300)]
    public Property Review_CompleteInLimitFeasibleOrder_IsAlwaysReadyToConfirm() =>
        Prop.ForAll(ReviewArbitraries.ReadyFacts.ToArbitrary(), facts =>
        {
            var decision = DefaultRules.Review(facts);
            return (decision.Outcome == ReviewOutcome.ReadyToConfirm && !decision.Findings.Any(f => f.IsBlocking))
                .Label(string.Join("; ", decision.Findings.Select(f => f.Message)));
        });

    [Property(MaxTest = 300)]
    public Property Review_OneRequiredFieldRemoved_NeedsClarificationFromSalesOnly() =>
        Prop.ForAll(ReviewArbitraries.ReadyFacts.ToArbitrary(), Gen.Choose(0, RequiredFieldRemovals.Length - 1).ToArbitrary(), (facts, which) =>
        {
            var (field, remove) = RequiredFieldRemovals[which];
            var decision = DefaultRules.Review(new ReviewFacts(remove(facts.Order), facts.Credit, facts.Supply, facts.Capabilities, facts.EvaluatedAt, facts.TimeZone));
            return (decision.Outcome == ReviewOutcome.NeedsClarification
                    && decision.Findings.Any(f => f.IsBlocking && f.Department == Department.Sales)
                    && decision.Findings.All(f => f.Stage == ReviewStage.PreliminaryReview)
                    && decision.StagesRun.SequenceEqual([ReviewStage.PreliminaryReview]))
                .Label($"removed {field}: {decision.Outcome}, {string.Join("; ", decision.Findings.Select(f => f.Rule))}");
        });

    [Property(MaxTest = 300)]
    public Property Review_RaisingExposure_NeverImprovesTheOutcome() =>
        Prop.ForAll(ReviewArbitraries.AnyFacts.ToArbitrary(), Gen.Choose(0, 5_000_000).ToArbitrary(), (facts, raise) =>
        {
            var before = DefaultRules.Review(facts);
            var credit = facts.Credit is { } c
                ? new CreditProfile(c.CreditLimit, c.OutstandingBalance, c.OpenOrdersValue + raise, c.OverdueAmount, c.DaysOverdue, c.BadDebtRecords, c.Blocked)
                : null;
            var after = DefaultRules.Review(new ReviewFacts(facts.Order, credit, facts.Supply, facts.Capabilities, facts.EvaluatedAt, facts.TimeZone));
            return (after.Outcome >= before.Outcome).Label($"{before.Outcome} became {after.Outcome} after raising exposure by {raise}");
        });

    [Property(MaxTest = 300)]
    public Property Review_Outcome_IsTheMostSevereOfTheErrorFindings() =>
        Prop.ForAll(ReviewArbitraries.AnyFacts.ToArbitrary(), facts =>
        {
            var decision = DefaultRules.Review(facts);
            var expected = decision.Findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => f.Outcome).DefaultIfEmpty(ReviewOutcome.ReadyToConfirm).Max();
            return (decision.Outcome == expected).Label($"{decision.Outcome} but findings imply {expected}");
        });
}
