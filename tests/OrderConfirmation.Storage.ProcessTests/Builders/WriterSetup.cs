using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using OrderConfirmation.Audit;

namespace OrderConfirmation.Storage.ProcessTests.Builders;

/// <summary>What the setup writer left: the order in execution, at a version, after so many audit entries.</summary>
/// <param name="OrderId">The order the writers report on.</param>
/// <param name="Version">The order's version after the setup (the writer's "ready" line).</param>
/// <param name="Entries">The audit entries the setup wrote (the trail's head, read before any report).</param>
public sealed record WriterSetup(string OrderId, long Version, long Entries)
{
    /// <summary>Runs the setup writer to its end and reads the head it left.</summary>
    public static async Task<WriterSetup> RunAsync(StoreDatabase database, string orderId)
    {
        using var setup = StoreWriterProcess.Setup(database, orderId);
        var exitCode = await setup.WaitForExitAsync();
        Assert.True(exitCode == 0, $"setup exited with {exitCode}: {setup.Errors}");
        var ready = Assert.Single(setup.OtherLines);
        Assert.StartsWith("ready ", ready, StringComparison.Ordinal);

        await using var services = database.OpenStore();
        var head = await services.GetRequiredService<IAuditTrail>().GetHeadAsync();
        Assert.True(head.Sequence > 0, "the setup wrote no audit entry");
        return new WriterSetup(orderId, long.Parse(ready["ready ".Length..], CultureInfo.InvariantCulture), head.Sequence);
    }
}
