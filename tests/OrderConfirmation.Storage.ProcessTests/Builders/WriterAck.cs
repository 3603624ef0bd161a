using System.Globalization;

namespace OrderConfirmation.Storage.ProcessTests.Builders;

/// <summary>
/// A writer's "ack &lt;command-id&gt; &lt;version&gt; &lt;ticks&gt;" line: the command is committed, at that version of
/// the order, at that moment of the machine's monotonic clock.
/// </summary>
/// <param name="CommandId">The command's id, <c>&lt;writer&gt;-&lt;n&gt;</c>.</param>
/// <param name="Version">The order's version the writer was told.</param>
/// <param name="At">When the writer was told, in <see cref="System.Diagnostics.Stopwatch"/> ticks (one clock for every process).</param>
public readonly record struct WriterAck(string CommandId, long Version, long At)
{
    /// <summary>The milestone text the writer gave with the command (<c>&lt;writer&gt; step &lt;n&gt;</c>).</summary>
    public string ReportText => MilestoneOf(CommandId);

    /// <summary>The milestone text of a report command id, <c>&lt;writer&gt;-&lt;n&gt;</c>: <c>&lt;writer&gt; step &lt;n&gt;</c>.</summary>
    public static string MilestoneOf(string commandId)
    {
        var dash = commandId.LastIndexOf('-');
        return $"{commandId[..dash]} step {commandId[(dash + 1)..]}";
    }

    /// <summary>The ack on the line, or <see langword="null"/> when the line is not a whole ack.</summary>
    public static WriterAck? TryParse(string line) =>
        line.Split(' ') is ["ack", var id, var version, var at]
        && long.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var v)
        && long.TryParse(at, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            ? new WriterAck(id, v, ticks)
            : null;
}
