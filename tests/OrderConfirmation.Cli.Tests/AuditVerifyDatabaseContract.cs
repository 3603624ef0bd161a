using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OrderConfirmation.Audit;
using OrderConfirmation.EntityFrameworkCore;
using OrderConfirmation.EntityFrameworkCore.Tests;

namespace OrderConfirmation.Cli.Tests;

/// <summary>
/// <c>orderconfirm audit verify --provider sqlite|postgresql --connection …</c> (issue 14, point 4): the same outputs
/// and exit codes as for a file, read from a database store: 0 intact, 5 broken or tampered (naming the sequence),
/// 2 not an audit store, 1 misuse.
/// </summary>
public abstract class AuditVerifyDatabaseContract : IAsyncLifetime
{
    protected abstract string Provider { get; }

    protected abstract string ConnectionString { get; }

    /// <summary>How the command names the database.</summary>
    protected abstract string Label { get; }

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

    [Fact]
    public async Task Verify_IntactTrail_ExitsZeroAndPrintsTheEntriesCheckedAndTheHead()
    {
        var head = await WriteAsync(3);

        var (exitCode, output, error) = CliRun.Run("audit", "verify", "--provider", Provider, "--connection", ConnectionString);

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        Assert.Equal($"{Label}: intact, 6 entries verified\nhead: 6:{head.Hash}\n", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Verify_OneRowTampered_ExitsFiveNamingItsSequence()
    {
        await WriteAsync(4);
        await ExecuteAsync("UPDATE oc_audit_entries SET actor = 'li.lei' WHERE sequence = 5");

        var (exitCode, output, _) = CliRun.Run("audit", "verify", "--provider", Provider, "--connection", ConnectionString);

        Assert.Equal(5, exitCode);
        Assert.Contains($"{Label}: broken at entry 5: Altered", output, StringComparison.Ordinal);
        Assert.Contains("entries 1 to 4 verified", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_OneRowTamperedAsJson_NamesTheSequenceAndKind()
    {
        await WriteAsync(4);
        await ExecuteAsync("UPDATE oc_audit_entries SET payload = '{\"command\":\"Confirm\"}' WHERE sequence = 3");

        var (exitCode, output, _) = CliRun.Run("audit", "verify", "--provider", Provider, "--connection", ConnectionString, "--json");

        Assert.Equal(5, exitCode);
        var json = Json(output);
        Assert.Equal(["database", "intact", "entriesVerified", "head", "expectedHead", "firstBad"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(Label, json.GetProperty("database").GetString());
        var firstBad = json.GetProperty("firstBad");
        Assert.Equal((3L, "Altered", JsonValueKind.Null), (firstBad.GetProperty("sequence").GetInt64(), firstBad.GetProperty("kind").GetString(), firstBad.GetProperty("line").ValueKind));
    }

    [Fact]
    public async Task Verify_LastRowsDeletedAgainstTheCheckpoint_ExitsFive()
    {
        var head = await WriteAsync(3);
        await ExecuteAsync("DELETE FROM oc_audit_entries WHERE sequence > 4");

        var (exitCode, output, _) = CliRun.Run("audit", "verify", "--provider", Provider, "--connection", ConnectionString, "--expect-head", $"{head.Sequence}:{head.Hash}");

        Assert.Equal(5, exitCode);
        Assert.Contains("broken at entry 5: HeadMismatch", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_BareHashOfTheHead_ExitsZero()
    {
        var head = await WriteAsync(2);

        var (exitCode, output, _) = CliRun.Run("audit", "verify", "--provider", Provider, "--connection", ConnectionString, "--expect-head", head.Hash.ToUpperInvariant(), "--json");

        Assert.Equal(0, exitCode);
        var expected = Json(output).GetProperty("expectedHead");
        Assert.Equal((4L, head.Hash), (expected.GetProperty("sequence").GetInt64(), expected.GetProperty("hash").GetString()));
    }

    [Fact]
    public async Task Verify_BareHashOfAnEarlierHead_ExitsFive()
    {
        var earlier = await WriteAsync(1);
        await WriteAsync(1, first: 1);

        var (exitCode, output, _) = CliRun.Run("audit", "verify", "--provider", Provider, "--connection", ConnectionString, "--expect-head", earlier.Hash);

        Assert.Equal(5, exitCode);
        Assert.Contains("broken at entry 4: HeadMismatch", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_DatabaseWithoutTheStore_ExitsTwo()
    {
        var (exitCode, output, error) = CliRun.Run("audit", "verify", "--provider", Provider, "--connection", EmptyDatabase());

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Contains("cannot be read as an audit store", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_FileAndProvider_ExitsOne()
    {
        await WriteAsync(1);

        var (exitCode, output, error) = CliRun.Run("audit", "verify", "trail.jsonl", "--provider", Provider, "--connection", ConnectionString);

        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        Assert.Contains("not both", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_ProviderWithoutConnection_ExitsOne()
    {
        var (exitCode, _, error) = CliRun.Run("audit", "verify", "--provider", Provider);

        Assert.Equal(1, exitCode);
        Assert.Contains("needs --connection", error, StringComparison.Ordinal);
    }

    /// <summary>A connection string to a database that holds no store (an empty file or schema).</summary>
    protected abstract string EmptyDatabase();

    protected abstract Task ExecuteAsync(string sql);

    /// <summary>Enters <paramref name="orders"/> orders (two entries each); returns the trail's head.</summary>
    protected abstract Task<AuditHead> WriteAsync(int orders, int first = 0);

    protected static async Task<AuditHead> WriteAsync<TContext>(EntityFrameworkOrderStore<TContext> store, int orders, int first)
        where TContext : DbContext
    {
        for (var i = first; i < first + orders; i++)
        {
            await store.CommitAsync(Commits.Enter($"SO-{i}"));
        }

        return await store.GetHeadAsync();
    }

    private static JsonElement Json(string output)
    {
        using var document = JsonDocument.Parse(output);
        return document.RootElement.Clone();
    }
}
