using NodaTime;
using NodaTime.Testing;
using OrderConfirmation.Audit;
using OrderConfirmation.Supervision;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Supervision;

public sealed class ReadmeSupervisionExampleTests
{
    [Fact]
    public void ReadmeExample_Runs_ChecksRecordsAndFollowsTheRectification()
    {
        var audit = new InMemoryAuditLog();
        foreach (var record in new SupervisedOrder("SO-1001", Instant.FromUtc(2026, 11, 20, 3, 40)).Without("notified").Records)
        {
            audit.Append(record);
        }

        var (checklists, recorded, open, done) = ReadmeSupervisionExample.Run(audit, new FakeClock(Instant.FromUtc(2026, 12, 1, 2, 0)), new LifecycleScenario().Policy);

        Assert.Equal([ChecklistItem.NotificationsAnswered], Assert.Single(checklists).Results.Where(r => !r.Passed).Select(r => r.Item));
        Assert.Equal(("SC-1", "SC-1/R1"), (recorded.Id, Assert.Single(recorded.RectificationIds)));
        Assert.Equal("SC-1/R1", Assert.Single(open).RectificationId);
        Assert.True(done.IsRecorded);
        Assert.Empty(SupervisionRecorder.OpenRectifications(audit.Entries));
    }

    [Fact]
    public void Readme_QuotesTheExampleVerbatim()
    {
        var source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ReadmeSupervisionExample.cs")).ReplaceLineEndings("\n");
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md")).ReplaceLineEndings("\n");
        var begin = source.IndexOf("// readme-supervision-begin", StringComparison.Ordinal);
        var end = source.IndexOf("        // readme-supervision-end", StringComparison.Ordinal);
        var lines = source[(source.IndexOf('\n', begin) + 1)..end].TrimEnd().Split('\n');
        var example = string.Join('\n', lines.Select(l => l.Length >= 8 ? l[8..] : l.TrimStart()));

        Assert.Contains(example, readme, StringComparison.Ordinal);
    }
}
