using System.Collections.ObjectModel;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using OrderConfirmation.Changes;
using OrderConfirmation.Findings;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using Interval = NodaTime.Interval;

namespace OrderConfirmation.Tests.Storage;

/// <summary>
/// Order states built member by member, whatever the lifecycle would make of them: every optional member present or
/// absent, awkward text (empty, non-ASCII, quotes, control characters, long), decimals of every scale and size,
/// instants to the nanosecond and at the ends of time, custom review stages, and finding values of every type a rule
/// or a host can give.
/// </summary>
public static class SyntheticStates
{
    public static readonly string[] AwkwardTexts =
    [
        "", " ", "Acme Network Ltd", "北京云计算有限公司", "Ünïcödé — “quotes” ‘single’", "quote \" backslash \\ slash /",
        "line\nbreak\ttab\r", "\u0001\u001f\u007f control", "<b>&amp;</b> '", "emoji 😀 🚚", new string('x', 600),
    ];

    public static readonly ReviewStage[] Stages =
    [
        ReviewStage.PreliminaryReview, ReviewStage.CreditAssessment, ReviewStage.TechnicalFeasibility, ReviewStage.SupplyCapability,
        ReviewStage.ChangeEligibility, new("ExportControl"), new("S2"), new(new string('Q', ReviewStage.MaxNameLength)),
    ];

    public static Gen<string> Text =>
        Gen.Frequency((3, Gen.Elements(AwkwardTexts)), (1, ArbMap.Default.ArbFor<string>().Generator.Where(IsWellFormed)));

    public static Gen<string> NonBlankText => Text.Where(t => !string.IsNullOrWhiteSpace(t));

    public static Gen<decimal> Amounts =>
        Gen.Frequency(
            (1, Gen.Elements(0m, 1.50m, 100.00m, 0.001m, 12345.6789m)),
            (4, from units in Gen.Choose(0, int.MaxValue)
                from negative in Gen.Elements(false, false, false, true)
                from scale in Gen.Choose(0, 6)
                select new decimal(units, 0, 0, negative, (byte)scale)));

    public static Gen<decimal> PositiveAmounts =>
        from units in Gen.Choose(1, int.MaxValue)
        from scale in Gen.Choose(0, 4)
        select new decimal(units, 0, 0, false, (byte)scale);

    public static Gen<decimal> AnyDecimals =>
        Gen.Frequency(
            (1, Gen.Elements(decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m, -0.00m, 0m)),
            (4, from lo in Gen.Choose(int.MinValue, int.MaxValue)
                from mid in Gen.Choose(int.MinValue, int.MaxValue)
                from hi in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(int.MinValue, int.MaxValue)))
                from negative in Gen.Elements(false, true)
                from scale in Gen.Choose(0, 28)
                select new decimal(lo, mid, hi, negative, (byte)scale)));

    public static Gen<Instant> Instants =>
        Gen.Frequency(
            (1, Gen.Elements(Instant.MinValue, Instant.MaxValue, Instant.FromUnixTimeTicks(0))),
            // Thousands of seconds from year 1 up to the last whole thousand before NodaTime's end of time (9999-12-31).
            (6, from thousands in Gen.Choose(-62_135, 253_401)
                from seconds in Gen.Choose(0, 999_999)
                from nanoseconds in Gen.Elements(0, 0, 500_000_000, 123_456_789, 1)
                select Instant.FromUnixTimeSeconds((thousands * 1_000_000L) + seconds).PlusNanoseconds(nanoseconds)));

    public static Gen<LocalDate> Dates =>
        Gen.Frequency(
            (1, Gen.Elements(LocalDate.MinIsoValue, LocalDate.MaxIsoValue, new LocalDate(2028, 2, 29))),
            (6, Gen.Choose(0, 3_652_058).Select(days => new LocalDate(1, 1, 1).PlusDays(days))));

    public static Gen<T> Enum<T>()
        where T : struct, System.Enum => Gen.Elements(System.Enum.GetValues<T>());

    public static Gen<T?> Maybe<T>(Gen<T> gen)
        where T : struct => Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(v => (T?)v)));

    /// <summary>Every type a finding's value can have: what rules give, what hosts may put there, and collections of them.</summary>
    public static Gen<object?> Values => Gen.Frequency((6, Scalars), (1, Collections(Scalars)), (1, Collections(Collections(Scalars))));

    public static Gen<object?> Scalars => Gen.OneOf(
        Gen.Constant<object?>(null),
        Text.Select(v => (object?)v),
        Gen.Elements<object?>(true, false),
        AnyDecimals.Select(v => (object?)v),
        Gen.Choose(int.MinValue, int.MaxValue).Select(v => (object?)v),
        Gen.Choose(int.MinValue, int.MaxValue).Select(v => (object?)((long)v * 3_000_000_001L)),
        Gen.Elements<object?>((short)-7, (byte)255, (sbyte)-128, (ushort)65535, uint.MaxValue, ulong.MaxValue, long.MinValue),
        Gen.Elements<object?>(0.1, -0.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue, double.Epsilon, 1e-300, 0.1f, float.NaN, float.MinValue),
        Gen.Elements<object?>('a', '中', '"', '\\', '\n', '\u0001'),
        Dates.Select(v => (object?)v),
        Gen.Choose(0, 86_399_999).Select(ms => (object?)LocalTime.FromMillisecondsSinceMidnight(ms).PlusNanoseconds(ms % 7)),
        Instants.Select(v => (object?)v),
        Gen.Choose(int.MinValue, int.MaxValue).Select(v => (object?)Duration.FromNanoseconds(v * 1_000_003L)),
        from years in Gen.Choose(-3, 3)
        from days in Gen.Choose(0, 40)
        from hours in Gen.Choose(-5, 5)
        from nanoseconds in Gen.Choose(0, 9)
        select (object?)new PeriodBuilder { Years = years, Days = days, Hours = hours, Nanoseconds = nanoseconds }.Build(),
        Gen.Elements<object?>(PaymentTerms.Net30, OrderStatus.Confirmed, IsoDayOfWeek.Monday, Department.Finance, Role.Auditor, (PaymentTerms)42));

    public static Gen<ReviewFinding> Findings =>
        from rule in Gen.Elements("CompleteContact", "WithinCreditLimit", "ExportLicence", "", "规则")
        from stage in Gen.Elements(Stages)
        from department in Enum<Department>()
        from severity in Enum<FindingSeverity>()
        from outcome in Enum<ReviewOutcome>()
        from action in Enum<ReviewAction>()
        from kind in Enum<FindingKind>()
        from message in Text
        from values in Gen.ListOf(Gen.Zip(Gen.Elements("amount", "limit", "lineNo", "today", "ñame", "with space", ""), Values))
        from dictionary in Gen.Elements(0, 1, 2)
        from lineNo in Maybe(Gen.Choose(int.MinValue, int.MaxValue))
        select new ReviewFinding(rule, stage, department, severity, outcome, action, message, Dictionary(values, dictionary), lineNo, kind);

    public static Gen<ReviewDecision> Decisions =>
        from orderId in Text.OrNull()
        from stages in Gen.SubListOf(Stages)
        from count in Gen.Choose(0, 4)
        from findings in Gen.ListOf(Findings, count)
        from version in Gen.Elements("sha256:0f3a", "", "v 1")
        from evaluatedAt in Instants
        from label in Text.OrNull()
        from effective in Maybe(Dates)
        from orderRevision in Maybe(Gen.Choose(1, int.MaxValue))
        from judged in Orders.OrNull()
        select new ReviewDecision(orderId, [.. stages], [.. findings], version, evaluatedAt, label, effective) { OrderRevision = orderRevision, OrderDigest = judged is null ? null : OrderContentDigest.Of(judged) };

    public static Gen<PostalAddress> Addresses =>
        from street in Text.OrNull()
        from city in Text.OrNull()
        from code in Text.OrNull()
        from country in Gen.Elements("CN", "DE", "").OrNull()
        select new PostalAddress(street, city, code, country);

    public static Gen<Order> Orders =>
        from id in Text.OrNull()
        from receivedAt in Maybe(Instants)
        from enteredBy in Text.OrNull()
        from customer in Customers
        from currency in Gen.Elements("CNY", "USD", "RMB", "").OrNull()
        from lineCount in Gen.Choose(0, 4)
        from lines in Gen.ListOf(Lines, lineCount)
        from requested in Maybe(Dates)
        from terms in Maybe(Enum<PaymentTerms>())
        from address in Addresses.OrNull()
        from special in Text.OrNull()
        select new Order(id, receivedAt, enteredBy, customer, currency, [.. lines], requested, terms, address, special);

    public static Gen<ChangeRequest> Changes =>
        from id in NonBlankText
        from at in Instants
        from who in NonBlankText
        from reason in Text.OrNull()
        from lineNos in Gen.SubListOf(Enumerable.Range(1, 6).ToArray())
        from lines in Gen.CollectToArray(lineNos, LineChanges)
        from date in Maybe(Dates)
        from address in Addresses.OrNull()
        from terms in Maybe(Enum<PaymentTerms>())
        from special in Text.OrNull()
        from currency in Gen.Elements("USD", "").OrNull()
        select new ChangeRequest(id, at, who, reason, [.. lines])
        {
            RequestedDeliveryDate = date, DeliveryAddress = address, PaymentTerms = terms, SpecialRequirements = special, Currency = currency,
        };

    public static Gen<ProgressReport> Reports => Gen.OneOf(
        NonBlankText.Select(ProgressReport.Milestone),
        from lineNos in Gen.NonEmptyListOf(Gen.Choose(1, 9)).Select(l => l.Distinct().ToArray())
        from quantities in Gen.ArrayOf(PositiveAmounts, lineNos.Length)
        from text in Text.OrNull()
        select ProgressReport.Shipped([.. lineNos.Zip(quantities, (l, q) => new LineShipment(l, q))], text),
        Text.OrNull().Select(ProgressReport.Delivered),
        from issue in Enum<ExecutionIssueKind>()
        from text in NonBlankText
        select ProgressReport.IssueRaised(issue, text));

    public static Gen<OrderState> States =>
        from orderId in Text
        from order in Orders
        from status in Enum<OrderStatus>()
        from revision in Gen.Choose(int.MinValue, int.MaxValue)
        from enteredBy in Text
        from enteredAt in Instants
        from latestReview in Decisions.OrNull()
        from hold in Actions.OrNull()
        from holdRelease in Actions.OrNull()
        from reviewedBy in Text.OrNull()
        from waits in Gen.ListOf(Waits)
        from clarification in Clarifications.OrNull()
        from confirmation in Confirmations.OrNull()
        from promised in Maybe(Dates)
        from shipped in Gen.ListOf(Gen.Zip(Gen.Choose(int.MinValue, int.MaxValue), AnyDecimals))
        from deliveredAt in Maybe(Instants)
        from reports in Gen.ListOf(Reports)
        from revisionCount in Gen.Choose(0, 2)
        from revisions in Gen.ListOf(Revisions, revisionCount)
        from closure in Actions.OrNull()
        from reschedules in Gen.ListOf(Reschedules)
        from remainder in RemainderCancellations.OrNull()
        from communications in Gen.ListOf(Communications)
        from notifications in Gen.ListOf(Notifications)
        from replied in Gen.ListOf(Clarifications)
        select new OrderState
        {
            OrderId = orderId, Order = order, Status = status, Revision = revision, EnteredBy = enteredBy, EnteredAt = enteredAt,
            LatestReview = latestReview, Hold = hold, HoldRelease = holdRelease, ReviewedBy = reviewedBy, CustomerWaits = [.. waits],
            Clarification = clarification, Confirmation = confirmation, PromisedDeliveryDate = promised,
            Shipped = shipped.DistinctBy(s => s.Item1).ToDictionary(s => s.Item1, s => s.Item2),
            DeliveredAt = deliveredAt, Reports = [.. reports], Revisions = [.. revisions], Closure = closure,
            Reschedules = [.. reschedules], RemainderCancellation = remainder,
            Communications = [.. communications], Notifications = [.. notifications], RepliedClarifications = [.. replied],
        };

    public static Gen<Communication> Communications =>
        from id in Text
        from channel in Enum<CommunicationChannel>()
        from direction in Enum<CommunicationDirection>()
        from counterpart in Text
        from summary in Text
        from occurredAt in Instants
        from who in Text
        from recordedAt in Instants
        from answers in Gen.ListOf(Text)
        select new Communication(id, channel, direction, counterpart, summary, occurredAt, who, recordedAt, [.. answers]);

    public static Gen<CustomerNotification> Notifications =>
        from id in Text
        from reason in Text
        from issue in Maybe(Enum<ExecutionIssueKind>())
        from raisedAt in Instants
        from answeredBy in Text.OrNull()
        from answeredAt in Maybe(Instants)
        select new CustomerNotification(id, reason, issue, raisedAt) { AnsweredBy = answeredBy, AnsweredAt = answeredAt };

    public static Gen<DeliveryReschedule> Reschedules =>
        from before in Dates
        from after in Dates
        from reason in Enum<ExecutionExceptionReason>()
        from agreement in NonBlankText
        from who in Text
        from role in Enum<Role>()
        from at in Instants
        select new DeliveryReschedule(before, after, reason, agreement, who, role, at);

    public static Gen<RemainderCancellation> RemainderCancellations =>
        from reason in Enum<ExecutionExceptionReason>()
        from note in NonBlankText
        from who in Text
        from role in Enum<Role>()
        from at in Instants
        from remainder in Gen.ListOf(Gen.Zip(Gen.Choose(int.MinValue, int.MaxValue), PositiveAmounts))
        select new RemainderCancellation(reason, note, who, role, at, remainder.DistinctBy(r => r.Item1).ToDictionary(r => r.Item1, r => r.Item2));

    private static Gen<Customer> Customers =>
        from id in Text.OrNull()
        from name in Text.OrNull()
        from person in Text.OrNull()
        from phone in Text.OrNull()
        from email in Text.OrNull()
        from address in Addresses
        select new Customer(id, name, new ContactDetails(person, phone, email), address);

    private static Gen<OrderLine> Lines =>
        from lineNo in Gen.Choose(-1, 1000)
        from sku in Text.OrNull()
        from description in Text.OrNull()
        from quantity in Maybe(Amounts)
        from price in Maybe(Amounts)
        from requirements in Gen.ListOf(Text)
        select new OrderLine(lineNo, sku, description, quantity, price, [.. requirements]);

    private static Gen<LineChange> LineChanges(int lineNo) => Gen.OneOf(
        Gen.Constant(LineChange.Removal(lineNo)),
        from sku in Text.OrNull()
        from description in Text.OrNull()
        from quantity in Maybe(PositiveAmounts)
        from price in Maybe(Amounts)
        from requirements in Gen.ListOf(Text).Select(r => (IReadOnlyList<string>)[.. r]).OrNull()
        where sku is not null || description is not null || quantity is not null || price is not null || requirements is not null
        select new LineChange(lineNo, sku: sku, description: description, quantity: quantity, unitPrice: price, requirements: requirements));

    private static Gen<ActionRecord> Actions =>
        from who in Text
        from role in Enum<Role>()
        from at in Instants
        from note in Text.OrNull()
        select new ActionRecord(who, role, at, note);

    private static Gen<Clarification> Clarifications =>
        from question in Text
        from who in Text
        from askedAt in Instants
        from deadline in Instants
        from communicationId in Text.OrNull()
        from replyCommunicationId in Text.OrNull()
        select new Clarification(question, who, askedAt, deadline) { CommunicationId = communicationId, ReplyCommunicationId = replyCommunicationId };

    private static Gen<Interval> Waits =>
        from a in Instants
        from b in Instants
        from open in Gen.Elements(0, 0, 0, 1, 2)
        let start = a < b ? a : b
        let end = a < b ? b : a
        select open switch { 1 => new Interval(null, end), 2 => new Interval(start, null), _ => new Interval(start, end) };

    private static Gen<ConfirmationRecord> Confirmations =>
        from orderId in Text
        from revision in Gen.Choose(1, 9)
        from who in Text
        from role in Enum<Role>()
        from at in Instants
        from version in Text
        from decision in Decisions
        from release in Actions.OrNull()
        from promised in Dates
        select new ConfirmationRecord(orderId, revision, who, role, at, version, decision, release, promised);

    private static Gen<OrderRevision> Revisions =>
        from number in Gen.Choose(2, 9)
        from order in Orders
        from change in Changes
        from decision in Decisions
        from approvals in Gen.SubListOf(System.Enum.GetValues<Department>())
        select new OrderRevision(number, order, change, decision, [.. approvals]);

    private static IReadOnlyDictionary<string, object?> Dictionary(IEnumerable<(string Name, object? Value)> values, int kind)
    {
        var unique = values.DistinctBy(v => v.Name).ToList();
        return kind switch
        {
            0 => new OrderedDictionary<string, object?>(unique.Select(v => KeyValuePair.Create(v.Name, v.Value))),
            1 => unique.ToDictionary(v => v.Name, v => v.Value),
            _ => unique.Count == 0 ? ReadOnlyDictionary<string, object?>.Empty : new ReadOnlyDictionary<string, object?>(unique.ToDictionary(v => v.Name, v => v.Value)),
        };
    }

    private static Gen<object?> Collections(Gen<object?> items) => Gen.OneOf(
        Gen.ListOf(items).Select(l => (object?)l.ToArray()),
        Gen.ListOf(items).Select(l => (object?)l.ToList()),
        Gen.ListOf(Text).Select(l => (object?)l.ToArray()));

    private static bool IsWellFormed(string? text) => text is not null && Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)) == text;
}
