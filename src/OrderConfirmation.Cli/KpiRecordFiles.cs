using OrderConfirmation.Formats;
using OrderConfirmation.Kpis;

namespace OrderConfirmation.Cli;

/// <summary>Reads the KPI record files of <c>orderconfirm kpi</c>, in order, into one accumulator, showing progress.</summary>
internal static class KpiRecordFiles
{
    /// <summary>Reads every file (each checked to be a regular file first) into <paramref name="into"/>.</summary>
    /// <exception cref="RequestFormatException">A line is not a valid record.</exception>
    /// <exception cref="IOException">A file cannot be read, or is not a regular file (<see cref="NotARegularFileException"/>).</exception>
    public static void Read(IReadOnlyList<InputFile> files, KpiAccumulator into, FileProgress progress)
    {
        try
        {
            foreach (var file in files)
            {
                file.EnsureRegular();
                if (file.NativePath is null)
                {
                    KpiRecordReader.ReadFiles([file.Name], into);
                }
                else
                {
                    using var stream = file.OpenRead();
                    KpiRecordReader.Read(stream, file.Name, into);
                }

                progress.Advance(1);
            }
        }
        finally
        {
            progress.Finish();
        }
    }
}
