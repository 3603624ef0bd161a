using System.Text.Json;
using OrderConfirmation.Tests.Builders;
using OrderConfirmation.Tests.Formats;

namespace OrderConfirmation.Cli.Tests;

/// <summary>
/// Issue 18: "A file whose name is not valid UTF-8 is reported as 'could not find file' although it exists: read it."
/// The file is made by the shell, whose <c>printf '\377'</c> writes the byte 0xFF, which no UTF-8 text holds.
/// </summary>
public sealed class NonUtf8FileNameTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("oc-bytes-").FullName;

    private readonly string _sources = Directory.CreateTempSubdirectory("oc-bytes-sources-").FullName;

    public void Dispose()
    {
        // .NET cannot delete a file by a name it cannot write: the shell can.
        var removed = DotnetCli.Run("rm", _temp, "-rf", _temp, _sources);
        Assert.True(removed.ExitCode == 0, removed.Output);
    }

    /// <summary>Copies <paramref name="source"/> into the temporary directory as <c>&lt;prefix&gt;\xFF&lt;suffix&gt;</c>.</summary>
    private void CopyAsNonUtf8Name(string source, string prefix, string suffix)
    {
        var shell = ToolProcess.Shell(_temp, "cp \"$1\" \"$(printf '%s\\377%s' \"$2\" \"$3\")\"", source, prefix, suffix);
        Assert.True(shell.ExitCode == 0, shell.Output);
        // .NET lists the name with U+FFFD for the byte, and cannot open it by that name: the situation of the issue.
        var listed = Assert.Single(Directory.GetFiles(_temp, prefix + "*"));
        Assert.Contains('\uFFFD', listed);
        Assert.False(File.Exists(listed));
    }

    private string RequestFile(string orderId)
    {
        var path = Path.Combine(_sources, orderId + ".json");
        File.WriteAllText(path, RequestJson.Example(request => request.Order()["orderId"] = orderId).ToJsonString());
        return path;
    }

    [Fact]
    public void Review_DirectoryHoldingANonUtf8Name_ReviewsThatFile()
    {
        CopyAsNonUtf8Name(RequestFile("SO-BYTES-1"), "order-", ".json");

        var (exitCode, output, error) = CliRun.Run("review", _temp, "--json");

        Assert.True(exitCode == ExitCodes.Success, error);
        Assert.Equal("SO-BYTES-1", JsonDocument.Parse(output).RootElement.GetProperty("orderId").GetString());
    }

    [Fact]
    public void Review_NonUtf8NameOnTheCommandLine_ReviewsThatFile()
    {
        CopyAsNonUtf8Name(RequestFile("SO-BYTES-2"), "order-", ".json");

        var (exitCode, output) = ToolProcess.Shell(_temp, "exec \"$TOOL_HOST\" \"$TOOL_DLL\" review \"$(printf 'order-\\377.json')\" --json");

        Assert.True(exitCode == ExitCodes.Success, output);
        Assert.Contains("\"orderId\":\"SO-BYTES-2\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_InvalidRequestWithANonUtf8Name_ErrorShowsTheByte()
    {
        var invalid = Path.Combine(_sources, "invalid.json");
        File.WriteAllText(invalid, "{ \"order\": ");
        CopyAsNonUtf8Name(invalid, "broken-", ".json");

        var (exitCode, _, error) = CliRun.Run("review", _temp);

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.StartsWith($"error: {Path.Combine(_temp, "broken-\\xFF.json")}", error, StringComparison.Ordinal);
        Assert.DoesNotContain("could not find", error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Kpi_DirectoryHoldingANonUtf8Name_ReadsThatFile()
    {
        var records = Path.Combine(AppContext.BaseDirectory, "samples", "kpi");
        var expected = CliRun.Run("kpi", records, "--as-of", "2026-11-27T10:00:00Z", "--json");
        foreach (var file in Directory.GetFiles(records, "*.jsonl"))
        {
            CopyAsNonUtf8Name(file, Path.GetFileNameWithoutExtension(file) + "-", ".jsonl");
        }

        var actual = CliRun.Run("kpi", _temp, "--as-of", "2026-11-27T10:00:00Z", "--json");

        Assert.Equal((expected.ExitCode, expected.Output), (actual.ExitCode, actual.Output));
    }
}
