using Microsoft.Extensions.DependencyInjection;
using OrderConfirmation.Rules;

namespace OrderConfirmation.SampleHost.Tests;

public sealed class RulesDirectoryTests : IDisposable
{
    private readonly string _rules = Directory.CreateTempSubdirectory("sample-host-rules-").FullName;

    public RulesDirectoryTests()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "rules"), "*.json"))
        {
            File.Copy(file, Path.Combine(_rules, Path.GetFileName(file)));
        }
    }

    public void Dispose() => Directory.Delete(_rules, recursive: true);

    [Fact]
    public async Task RulesDirectory_EditedWhileRunning_NewRulesReviewTheNextOrder()
    {
        using var sampleHost = new SampleHostFactory();
        using var host = sampleHost.WithWebHostBuilder(b => b.UseSetting("OrderConfirmation:RulesDirectory", _rules));
        using var client = host.CreateClient();
        var before = await ReviewAsync(client, "10-long-overdue-and-bad-debt.json");
        Assert.Contains(before.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "OverdueWithinGracePeriod");
        var rules = host.Services.GetRequiredService<IRuleSetProvider>();
        var version = rules.Current.Version;
        Assert.Equal(version, before.GetProperty("ruleSetVersion").GetString());

        var credit = Path.Combine(_rules, "credit.json");
        var text = await File.ReadAllTextAsync(credit);
        var edited = text.Replace("\"overdueGraceDays\", \"Expression\": \"30\"", "\"overdueGraceDays\", \"Expression\": \"60\"", StringComparison.Ordinal);
        Assert.NotEqual(text, edited);
        await File.WriteAllTextAsync(credit, edited);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (rules.Current.Version == version)
        {
            await Task.Delay(50, timeout.Token);
        }

        var after = await ReviewAsync(client, "10-long-overdue-and-bad-debt.json");
        Assert.Equal(rules.Current.Version, after.GetProperty("ruleSetVersion").GetString());
        Assert.DoesNotContain(after.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "OverdueWithinGracePeriod");
    }

    /// <summary>Enters the sample as the sales rep and returns the officer's review decision.</summary>
    private static async Task<System.Text.Json.JsonElement> ReviewAsync(HttpClient client, string sample)
    {
        var orderId = await client.EnterAsync(sample);
        using var response = await client.PostJsonAsync($"/orders/{orderId}/review", string.Empty, HostCalls.Officer);
        return await response.JsonAsync();
    }
}
