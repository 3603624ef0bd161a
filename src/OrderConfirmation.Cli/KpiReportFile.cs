using System.Text;
using OrderConfirmation.Calendars;
using OrderConfirmation.Formats;
using OrderConfirmation.Kpis;
using OrderConfirmation.Reports;

namespace OrderConfirmation.Cli;

/// <summary>
/// Writes the KPI report of <c>orderconfirm kpi … --html &lt;file&gt;</c> (<see cref="KpiHtmlReport"/>): the record files are
/// read into memory once, for the report goes over them once per breakdown, and the page is written as UTF-8.
/// </summary>
internal static class KpiReportFile
{
    /// <summary>Reads the records and writes the report; returns the exit code, after writing any problem to <paramref name="error"/>.</summary>
    public static int Write(string file, IEnumerable<string> inputs, CalendarSettings settings, KpiQuery query, TextWriter error)
    {
        KpiRecordSet records;
        try
        {
            // The files were read and checked once already; the warnings about them were written then.
            records = KpiRecordReader.ReadFiles(InputFiles.Expand(inputs, TextWriter.Null, "*.jsonl"));
        }
        catch (RequestFormatException e)
        {
            error.WriteLine($"error: {e.Message}");
            error.WriteLine("error: the records are invalid; the report was not written.");
            return ExitCodes.InvalidInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.InvalidInput;
        }

        try
        {
            using var writer = new StreamWriter(file, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            KpiHtmlReport.Write(writer, new KpiCalculator(settings), query, records);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {file}: the report cannot be written ({e.Message})");
            return ExitCodes.InvalidInput;
        }

        return ExitCodes.Success;
    }
}
