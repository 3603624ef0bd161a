using System.ComponentModel;

namespace OrderConfirmation.SampleHost.Contracts.Schemas;

/// <summary>A supervision sample and its checklists.</summary>
[Description("The orders drawn for a supervision check (article 6.1), in rank order, each with its checklist.")]
internal sealed class SupervisionSampleSchema
{
    [Description("The seed the orders were ranked with.")]
    public required string Seed { get; init; }

    [Description("The first confirmation date included.")]
    public required string From { get; init; }

    [Description("The last confirmation date included.")]
    public required string To { get; init; }

    [Description("The time zone of the dates (the working calendar's).")]
    public required string Zone { get; init; }

    [Description("The size asked for.")]
    public required int Size { get; init; }

    [Description("How many orders were confirmed in the period.")]
    public required int Eligible { get; init; }

    [Description("Whether the whole audit trail's hash chain verifies.")]
    public required bool TrailIntact { get; init; }

    [Description("The orders drawn: min(size, eligible) of them.")]
    public required SampledOrderSchema[] Orders { get; init; }
}

/// <summary>A sampled order and its checklist.</summary>
[Description("An order drawn, its rank key and its checklist.")]
internal sealed class SampledOrderSchema
{
    [Description("The order.")]
    public required string OrderId { get; init; }

    [Description("The lowercase hex SHA-256 of `<seed>:<orderId>` (UTF-8).")]
    public required string RankKey { get; init; }

    [Description("When the order was confirmed.")]
    public required string ConfirmedAt { get; init; }

    [Description("Whether every check passed.")]
    public required bool Passed { get; init; }

    [Description("One result per check, in order.")]
    public required ChecklistResultSchema[] Checks { get; init; }
}

/// <summary>One check of a sampled order.</summary>
[Description("A check, whether it passed, and what was found or what is missing.")]
internal sealed class ChecklistResultSchema
{
    [Description("TrailIntact, OrderSheetComplete, ClarificationsRecorded, ChangesAssessed, ConfirmedByHead or NotificationsAnswered.")]
    public required string Check { get; init; }

    [Description("Whether it passed.")]
    public required bool Passed { get; init; }

    [Description("What was found, or what is missing and where.")]
    public required string Detail { get; init; }
}
