using OrderConfirmation.Formats;

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
}
