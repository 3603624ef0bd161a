using System.Text;

namespace OrderConfirmation.Cli;

/// <summary>Writes a command's HTML report to the file its <c>--html</c> option names: UTF-8 without a byte-order mark, replacing the file.</summary>
internal static class HtmlReportFile
{
    /// <summary>Writes the page; <see langword="false"/> after saying on <paramref name="error"/> why the file could not be written.</summary>
    public static bool Write(string path, Action<TextWriter> write, TextWriter error)
    {
        try
        {
            using var file = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            write(file);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {path}: the report cannot be written ({e.Message})");
            return false;
        }
    }
}
