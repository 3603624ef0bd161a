using NodaTime;
using OrderConfirmation.Audit;
using OrderConfirmation.Supervision;

namespace OrderConfirmation.Tests.Supervision;

/// <summary>
/// Reading an audit file for a supervision check happens while the service keeps writing it: the check reads without
/// taking the writer's lock (<see cref="SupervisionTrail.ReadFile(string)"/>).
/// </summary>
public sealed class SupervisionTrailTests
{
    [Fact]
    public void ReadFile_WhileTheWriterHoldsItOpen_ReadsAndVerifiesTheTrail()
    {
        var directory = Directory.CreateTempSubdirectory("oc-supervision-");
        try
        {
            var path = Path.Combine(directory.FullName, "trail.jsonl");
            var records = new SupervisedOrder("SO-1001", Instant.FromUtc(2026, 11, 20, 3, 40)).Records;
            using (var log = JsonLinesAuditLog.Open(path))
            {
                foreach (var record in records)
                {
                    log.Append(record);
                }

                var trail = SupervisionTrail.ReadFile(path);

                Assert.Equal(records.Count, trail.Entries.Count);
                Assert.True(trail.Verification.IsIntact);
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
