using System.Diagnostics;

namespace OrderConfirmation.Benchmarks.WholeProcess;

/// <summary>
/// One run of the tool in a fresh process: the wall-clock time from start to exit, and its peak resident memory
/// (<c>VmHWM</c> of <c>/proc/&lt;pid&gt;/status</c>, read every few milliseconds while it runs, on Linux only).
/// Its standard output goes to a file (or is discarded), its standard error is kept for the exit check.
/// </summary>
internal sealed record ToolRun(TimeSpan Elapsed, long? PeakBytes, int ExitCode, string Error)
{
    private static readonly TimeSpan PeakSampling = TimeSpan.FromMilliseconds(5);

    public static ToolRun Start(string tool, IReadOnlyList<string> arguments, string? outputFile)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        using var output = outputFile is null ? Stream.Null : File.Create(outputFile);
        var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
        var error = process.StandardError.ReadToEndAsync();
        long? peak = null;
        while (!process.WaitForExit(PeakSampling))
        {
            peak = Math.Max(peak ?? 0, PeakResident(process.Id) ?? 0);
        }

        stopwatch.Stop();
        copy.GetAwaiter().GetResult();
        return new ToolRun(stopwatch.Elapsed, peak, process.ExitCode, error.GetAwaiter().GetResult());
    }

    private static long? PeakResident(int processId)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{processId}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return 1024 * long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The process has exited, or this is not Linux.
        }

        return null;
    }
}
