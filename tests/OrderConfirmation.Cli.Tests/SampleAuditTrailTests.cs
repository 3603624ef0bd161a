using System.Text.RegularExpressions;
using OrderConfirmation.Audit;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Cli.Tests;

/// <summary>
/// <c>samples/audit/trail.jsonl</c> is a real trail, made by the library (<see cref="SampleAuditTrail"/>), and
/// <c>samples/audit/README.md</c> records its head. When the library writes other bytes (new rules, a new payload),
/// <c>ORDERCONFIRM_WRITE_SAMPLES=1 dotnet test tests/OrderConfirmation.Cli.Tests --filter SampleAuditTrailTests</c>
/// rewrites both.
/// </summary>
public sealed partial class SampleAuditTrailTests : IDisposable
{
    private const string WriteSamples = "ORDERCONFIRM_WRITE_SAMPLES";

    private static readonly string SampleFolder = Path.Combine(DotnetCli.RepositoryRoot, "samples", "audit");
    private static readonly string Committed = Path.Combine(SampleFolder, "trail.jsonl");
    private static readonly string Readme = Path.Combine(SampleFolder, "README.md");

    private readonly string _temp = Directory.CreateTempSubdirectory("oc-trail-").FullName;

    /// <summary>With <c>ORDERCONFIRM_WRITE_SAMPLES=1</c>, rewrites the trail and the README's head before each test (it writes the same bytes each time).</summary>
    public SampleAuditTrailTests()
    {
        if (Environment.GetEnvironmentVariable(WriteSamples) == "1")
        {
            var generated = Path.Combine(_temp, "rewritten.jsonl");
            var head = SampleAuditTrail.Write(generated);
            File.Copy(generated, Committed, overwrite: true);
            var readme = RecordedHead().Replace(File.ReadAllText(Readme), $"{head.Sequence}:{head.Hash}");
            File.WriteAllText(Readme, EntriesVerified().Replace(readme, $"intact, {head.Sequence} entries verified"));
        }
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Committed_IsTheTrailTheLibraryWritesToday()
    {
        var generated = Path.Combine(_temp, "trail.jsonl");
        SampleAuditTrail.Write(generated);

        Assert.True(
            File.ReadAllBytes(generated).AsSpan().SequenceEqual(File.ReadAllBytes(Committed)),
            $"samples/audit/trail.jsonl is not what the library writes today; rewrite it with {WriteSamples}=1 (see samples/audit/README.md).");
    }

    [Fact]
    public void Committed_VerifiesUpToTheHeadRecordedInTheReadme()
    {
        var readme = File.ReadAllText(Readme);
        var recorded = RecordedHead().Matches(readme);
        Assert.NotEmpty(recorded);
        Assert.Single(recorded.Select(m => m.Value).Distinct());
        var parts = recorded[0].Value.Split(':');
        var head = new AuditHead(long.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), parts[1]);

        var verification = AuditChain.VerifyFile(Committed, head);

        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(head, verification.Head); // the file ends at the recorded head
        Assert.Contains($"samples/audit/trail.jsonl: intact, {head.Sequence} entries verified\nhead: {head.Sequence}:{head.Hash}\n", readme.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Trail_EachOrderIsEnteredReviewedConfirmedAndChanged()
    {
        var path = Path.Combine(_temp, "trail.jsonl");
        SampleAuditTrail.Write(path);
        using var log = JsonLinesAuditLog.Open(path);
        var entries = log.Entries;

        foreach (var order in new[] { "SO-1001", "SO-1002", "SO-1003" })
        {
            var kinds = AuditQueries.ByOrder(entries, order).Select(e => e.Kind).ToList();
            Assert.Contains(nameof(AuditEntryKind.CommandAccepted), kinds);
            Assert.Contains(nameof(AuditEntryKind.ReviewDecision), kinds);
            Assert.Contains(nameof(AuditEntryKind.Confirmation), kinds);
            Assert.Contains(nameof(AuditEntryKind.ChangeRequest), kinds);
            Assert.Contains(nameof(AuditEntryKind.ChangeOutcome), kinds);
            Assert.True(kinds.IndexOf(nameof(AuditEntryKind.Confirmation)) < kinds.IndexOf(nameof(AuditEntryKind.ChangeRequest)), order);
        }

        Assert.Single(entries, e => e.Kind == nameof(AuditEntryKind.CommandRefused));
        Assert.Empty(AuditCompleteness.Check(entries));
    }

    /// <summary>A head as the README records it: <c>&lt;sequence&gt;:&lt;64 hex digits&gt;</c>.</summary>
    [GeneratedRegex("[0-9]+:[0-9a-f]{64}")]
    private static partial Regex RecordedHead();

    [GeneratedRegex("intact, [0-9]+ entries verified")]
    private static partial Regex EntriesVerified();
}
