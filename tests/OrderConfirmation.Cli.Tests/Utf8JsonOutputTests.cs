using System.Text.Json;
using OrderConfirmation.Tests.Formats;

namespace OrderConfirmation.Cli.Tests;

/// <summary>
/// Issue 18: "--json output escapes every non-ASCII character (\u8BA2\u5355): write UTF-8 (still valid JSON, safe
/// for terminals: escape control characters only)". Names stay as they are, 订单, 李娜 and 𠮷 (outside the Basic
/// Multilingual Plane, as some names are) included; the JSON still parses to the same text; a control character, the
/// quotation mark and the reverse solidus are escaped, and so are the line and paragraph separators (README).
/// </summary>
public sealed class Utf8JsonOutputTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("oc-utf8-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private string Request(string orderId, string customer)
    {
        var path = Path.Combine(_temp, "request.json");
        File.WriteAllText(path, RequestJson.Example(request =>
        {
            request.Order()["orderId"] = orderId;
            request.Order()["customer"]!["name"] = customer;
        }).ToJsonString());
        return path;
    }

    [Fact]
    public void ReviewJson_ChineseNames_WrittenAsTheyAreAndParse()
    {
        var file = Request("订单-2026-𠮷", "李娜贸易有限公司");

        var (exitCode, output, error) = CliRun.Run("review", file, "--json");

        Assert.True(exitCode == ExitCodes.Success, error);
        Assert.Contains("\"orderId\":\"订单-2026-𠮷\"", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", output, StringComparison.Ordinal);
        Assert.Equal("订单-2026-𠮷", JsonDocument.Parse(output).RootElement.GetProperty("orderId").GetString());
    }

    [Fact]
    public void ReviewJson_ControlCharactersAndSeparators_EscapedAndParseBack()
    {
        const string orderId = "SO-\u0007-\u001b[31m-\u0085-\u2028-\"q\"-\\";
        var file = Request(orderId, "李娜");

        var (exitCode, output, error) = CliRun.Run("review", file, "--json");

        Assert.True(exitCode == ExitCodes.Success, error);
        Assert.Contains("\"orderId\":\"SO-\\u0007-\\u001B[31m-\\u0085-\\u2028-\\\"q\\\"-\\\\\"", output, StringComparison.Ordinal);
        Assert.DoesNotContain(output.TrimEnd('\n'), c => c < 0x20 || c is '\u007f' or '\u0085' or '\u2028' or '\u2029');
        Assert.Equal(orderId, JsonDocument.Parse(output).RootElement.GetProperty("orderId").GetString());
    }

    [Fact]
    public void KpiJson_EmployeeWithAChineseName_WrittenAsItIsAndParses()
    {
        var records = Path.Combine(_temp, "records.jsonl");
        File.WriteAllText(records, """
            {"type":"order","orderId":"订单-1","receivedAt":"2026-11-20T01:15:00Z","confirmedAt":"2026-11-20T05:00:00Z","department":"OrderConfirmation","employee":"李娜-𠮷","assessed":true,"defects":[]}

            """);

        var (exitCode, output, error) = CliRun.Run("kpi", records, "--by", "employee", "--as-of", "2026-11-30T10:00:00Z", "--json");

        Assert.True(exitCode == ExitCodes.Success, error);
        Assert.Contains("\"group\":\"李娜-𠮷\"", output, StringComparison.Ordinal);
        Assert.Equal("李娜-𠮷", JsonDocument.Parse(output).RootElement.GetProperty("group").GetString());
    }

    [Fact]
    public void AuditVerifyJson_FileWithAChineseName_NamedAsItIs()
    {
        var file = Path.Combine(_temp, "审计-李娜-𠮷.jsonl");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "samples", "audit", "trail.jsonl"), file);

        var (exitCode, output, error) = CliRun.Run("audit", "verify", file, "--json");

        Assert.True(exitCode == ExitCodes.Success, error);
        Assert.Contains($"\"file\":\"{file}\"", output, StringComparison.Ordinal);
        Assert.Equal(file, JsonDocument.Parse(output).RootElement.GetProperty("file").GetString());
    }
}
