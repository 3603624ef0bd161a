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
    public static int Write(string file, IReadOnlyList<InputFile> inputs, CalendarSettings settings, KpiQuery query, TextWriter error)
    {
        var orders = new List<OrderProcessingRecord>();
        var responses = new List<SurveyResponse>();
        var cases = new List<CustomerCaseRecord>();
        try
        {
            // The files the command listed, read and checked once already (the warnings about them were written then),
            // opened the same way: by their bytes when the name is not UTF-8.
            foreach (var input in inputs)
            {
                using var stream = input.OpenRead();
                KpiRecordReader.Read(stream, input.Name, orders, responses, cases);
            }
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

        var records = new KpiRecordSet(orders, responses) { Cases = cases };
        return HtmlReportFile.Write(file, page => KpiHtmlReport.Write(page, new KpiCalculator(settings), query, records), error)
            ? ExitCodes.Success
            : ExitCodes.InvalidInput;
    }
}
