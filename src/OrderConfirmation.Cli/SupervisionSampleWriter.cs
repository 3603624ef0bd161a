using System.Buffers;
using System.Text;
using System.Text.Json;
using NodaTime.Text;
using OrderConfirmation.Formats;
using OrderConfirmation.Supervision;

namespace OrderConfirmation.Cli;

/// <summary>Writes the result of <c>orderconfirm audit sample</c> as text or as one JSON object.</summary>
internal static class SupervisionSampleWriter
{
    /// <summary>The ranking rule, as printed, so an auditor can check the draw by hand.</summary>
    public const string RankingRule = "orders confirmed in the period, ranked by the lowercase hex SHA-256 of \"<seed>:<orderId>\" (UTF-8), ascending; the first <size> are drawn";

    private static readonly JsonWriterOptions JsonOptions = JsonOutput.WriterOptions;

    /// <summary>
    /// The source and period, the seed and the ranking rule, the trail's verification, then per sampled order its id and
    /// rank key and one line per check (<c>pass</c> or <c>FAIL</c>, the check's name, what was found), and a summary line.
    /// </summary>
    public static void WriteText(TextWriter output, string source, SupervisionTrail trail, SupervisionSample sample, IReadOnlyList<OrderChecklist> checklists)
    {
        output.WriteLine($"audit sample of {source}");
        output.WriteLine($"period: confirmed {Date(sample.From)} to {Date(sample.To)} ({sample.Zone.Id}); {sample.Eligible} eligible, {sample.Orders.Count} drawn (size {sample.Size})");
        output.WriteLine($"seed: {sample.Seed}");
        output.WriteLine($"ranking: {RankingRule}");
        var verification = trail.Verification;
        output.WriteLine(verification.IsIntact
            ? $"trail: intact, {verification.EntriesVerified} entries verified"
            : $"trail: broken at entry {verification.FirstBadSequence}: {verification.Problem}");
        foreach (var (order, checklist) in sample.Orders.Zip(checklists))
        {
            output.WriteLine();
            output.WriteLine($"{order.OrderId}  sha256(\"{sample.Seed}:{order.OrderId}\") = {order.RankKey}");
            foreach (var result in checklist.Results)
            {
                output.WriteLine($"  {(result.Passed ? "pass" : "FAIL")}  {result.Item}: {result.Detail}");
            }
        }

        output.WriteLine();
        var failedOrders = checklists.Count(c => !c.Passed);
        output.WriteLine(failedOrders == 0
            ? $"{checklists.Count} order(s) checked: every check passed"
            : $"{checklists.Count} order(s) checked: {failedOrders} failed {checklists.Sum(c => c.Results.Count(r => !r.Passed))} check(s)");
    }

    /// <summary>
    /// One JSON object: <c>source</c>, <c>seed</c>, <c>from</c>, <c>to</c>, <c>zone</c>, <c>size</c>, <c>eligible</c>,
    /// <c>ranking</c>, <c>trail</c> {<c>intact</c>, <c>entriesVerified</c>, <c>problem</c>}, <c>orders</c> [{<c>orderId</c>,
    /// <c>rankKey</c>, <c>confirmedAt</c>, <c>passed</c>, <c>checks</c> [{<c>check</c>, <c>passed</c>, <c>detail</c>}]}],
    /// <c>passed</c>.
    /// </summary>
    public static string ToJson(string source, SupervisionTrail trail, SupervisionSample sample, IReadOnlyList<OrderChecklist> checklists)
    {
        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("source", source);
            SupervisionJsonWriter.WriteDraw(writer, sample);
            writer.WriteString("ranking", RankingRule);
            writer.WriteStartObject("trail");
            writer.WriteBoolean("intact", trail.Verification.IsIntact);
            writer.WriteNumber("entriesVerified", trail.Verification.EntriesVerified);
            writer.WriteString("problem", trail.Verification.Problem);
            writer.WriteEndObject();
            writer.WritePropertyName("orders");
            SupervisionJsonWriter.WriteOrders(writer, sample, checklists);
            writer.WriteBoolean("passed", checklists.All(c => c.Passed));
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string Date(NodaTime.LocalDate date) => LocalDatePattern.Iso.Format(date);
}
