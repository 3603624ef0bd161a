using System.Globalization;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Packaging;

/// <summary>
/// Packs the library, the testing package and the tool once, into a local feed folder, with a version no other run used (so the global
/// packages folder never serves a stale copy). Built in its own artifacts folder: the repository's bin and obj are untouched.
/// </summary>
public sealed class PackedFeed : IDisposable
{
    public PackedFeed()
    {
        Root = Directory.CreateTempSubdirectory("oc-pack-").FullName;
        Feed = Directory.CreateDirectory(Path.Combine(Root, "feed")).FullName;
        Version = "0.1.0-smoke." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        var artifacts = Path.Combine(Root, "artifacts");
        foreach (var project in new[] { "src/OrderConfirmation/OrderConfirmation.csproj", "src/OrderConfirmation.Testing/OrderConfirmation.Testing.csproj", "src/OrderConfirmation.EntityFrameworkCore/OrderConfirmation.EntityFrameworkCore.csproj", "src/OrderConfirmation.Cli/OrderConfirmation.Cli.csproj" })
        {
            var (exitCode, output) = DotnetCli.Dotnet(DotnetCli.RepositoryRoot, "pack", project, "-c", "Release", "-o", Feed, "--artifacts-path", artifacts, $"-p:Version={Version}", "-p:ContinuousIntegrationBuild=true");
            PackOutput += output;
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"dotnet pack {project} failed ({exitCode}):\n{output}");
            }
        }
    }

    public string Root { get; }

    public string Feed { get; }

    public string Version { get; }

    public string PackOutput { get; } = string.Empty;

    public string Package(string id, string extension = "nupkg") => Path.Combine(Feed, $"{id}.{Version}.{extension}");

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
