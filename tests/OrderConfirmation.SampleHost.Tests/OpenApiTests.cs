using System.Net;

namespace OrderConfirmation.SampleHost.Tests;

public sealed class OpenApiTests(SampleHostFactory host) : IClassFixture<SampleHostFactory>
{
    [Fact]
    public async Task OpenApiDocument_DescribesEveryEndpoint()
    {
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = (await response.JsonAsync()).GetProperty("paths");
        Assert.Equal(
            ["/kpis", "/orders/review", "/orders/{id}", "/orders/{id}/changes", "/orders/{id}/confirm"],
            paths.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.True(paths.GetProperty("/orders/{id}/confirm").GetProperty("post").GetProperty("responses").TryGetProperty("403", out _));
    }

    [Fact]
    public async Task OpenApiDocument_NamesTheActorHeaders()
    {
        using var client = host.CreateClient();

        var document = await (await client.GetAsync("/openapi/v1.json")).JsonAsync();

        var parameters = document.GetProperty("paths").GetProperty("/orders/review").GetProperty("post").GetProperty("parameters");
        Assert.Equal(["X-User", "X-Role"], parameters.EnumerateArray().Select(p => p.GetProperty("name").GetString()));
    }
}
