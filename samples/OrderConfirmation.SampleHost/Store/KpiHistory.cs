using NodaTime;
using OrderConfirmation.Formats;
using OrderConfirmation.Storage;

namespace OrderConfirmation.SampleHost.Store;

/// <summary>KPI records of orders processed before this host started (or elsewhere), survey responses and customer cases, read once at startup.</summary>
/// <param name="Records">The records.</param>
internal sealed record KpiHistory(KpiRecordSet Records)
{
    /// <summary>Reads the JSON Lines file at <paramref name="path"/>; none when no path is configured.</summary>
    /// <exception cref="RequestFormatException">A line is not a valid record.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static KpiHistory Load(string? path) =>
        new(path is null ? new KpiRecordSet([], []) : KpiRecordReader.ReadFiles([path]));

    /// <summary>
    /// These records plus one per order <paramref name="store"/> keeps, built from its lifecycle state as of
    /// <paramref name="asOf"/>: what the KPI endpoints count.
    /// </summary>
    public async Task<KpiRecordSet> WithStoredOrdersAsync(IOrderStore store, Instant asOf, CancellationToken cancellationToken)
    {
        var stored = (await store.ListAsync([], cancellationToken).ConfigureAwait(false)).Select(s => s.State.ToProcessingRecord(asOf));
        return Records with { Orders = [.. Records.Orders, .. stored] };
    }
}
