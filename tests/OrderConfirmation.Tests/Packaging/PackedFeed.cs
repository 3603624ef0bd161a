using System.Globalization;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Packaging;

/// <summary>
/// Follows the README's install recipe as written (<see cref="InstallRecipe"/>), once, the way a new user would in a
/// fresh clone: each line run by the shell in a copy of the repository (its bin, obj and artifacts left behind, so
/// the repository's own are untouched), with a home of its own for <c>--global</c> (<c>DOTNET_CLI_HOME</c>, whose
/// tools are on the PATH). The copy's version is one no other run used, so the global packages folder never serves
/// a stale copy. The recipe packs every package into the copy's <c>artifacts/packages</c>: that is the feed.
/// </summary>
public sealed class PackedFeed : IDisposable
{
    private static readonly string[] LeftBehind = [".git", "bin", "obj", "artifacts", "TestResults", "BenchmarkDotNet.Artifacts"];

    public PackedFeed()
    {
        Root = Directory.CreateTempSubdirectory("oc-pack-").FullName;
        Clone = Path.Combine(Root, "clone");
        Copy(DotnetCli.RepositoryRoot, Clone);
        Directory.CreateDirectory(Path.Combine(Clone, "artifacts", "packages"));
        var now = DateTime.UtcNow;
        // A stable version (the recipe installs the latest without --version) whose parts fit an assembly version (≤ 65534).
        Version = string.Create(CultureInfo.InvariantCulture, $"0.{(now - new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)).Days}.{(int)now.TimeOfDay.TotalSeconds / 2}");
        var props = Path.Combine(Clone, "Directory.Build.props");
        var text = File.ReadAllText(props);
        var versioned = System.Text.RegularExpressions.Regex.Replace(text, "<Version>[^<]*</Version>", $"<Version>{Version}</Version>");
        if (versioned == text)
        {
            throw new InvalidOperationException("Directory.Build.props sets no <Version>.");
        }

        File.WriteAllText(props, versioned);
        Feed = Path.Combine(Clone, "artifacts", "packages");
        var home = Directory.CreateDirectory(Path.Combine(Root, "home")).FullName;
        var dotnetDirectory = Path.IsPathRooted(DotnetCli.Host) ? Path.GetDirectoryName(DotnetCli.Host)! : null;
        var environment = new Dictionary<string, string>
        {
            ["DOTNET_CLI_HOME"] = home,
            ["PATH"] = string.Join(Path.PathSeparator, new[] { Path.Combine(home, ".dotnet", "tools"), dotnetDirectory, Environment.GetEnvironmentVariable("PATH") }.Where(p => !string.IsNullOrEmpty(p))),
        };
        if (dotnetDirectory is not null && Environment.GetEnvironmentVariable("DOTNET_ROOT") is null)
        {
            environment["DOTNET_ROOT"] = dotnetDirectory;
        }

        Commands = InstallRecipe.Commands(File.ReadAllText(Path.Combine(DotnetCli.RepositoryRoot, "README.md")));
        var runs = new List<(string Command, int ExitCode, string Output)>();
        foreach (var command in Commands)
        {
            var (exitCode, output) = DotnetCli.Run("/bin/sh", Clone, environment, "-c", command);
            runs.Add((command, exitCode, output));
            if (exitCode != 0)
            {
                break;
            }
        }

        Runs = runs;
        if (!Directory.EnumerateFiles(Feed, "*.nupkg").Any())
        {
            Dispose();
            throw new InvalidOperationException("The README's install recipe packed nothing:\n" + string.Join("\n", runs.Select(r => $"$ {r.Command}  (exit {r.ExitCode})\n{r.Output}")));
        }
    }

    public string Root { get; }

    /// <summary>The copy of the repository the recipe ran in.</summary>
    public string Clone { get; }

    public string Feed { get; }

    public string Version { get; }

    /// <summary>The recipe's command lines, as the README writes them.</summary>
    public IReadOnlyList<string> Commands { get; }

    /// <summary>Each command line run, in order, with its exit code and output; the run stops at the first that fails.</summary>
    public IReadOnlyList<(string Command, int ExitCode, string Output)> Runs { get; }

    public string Package(string id, string extension = "nupkg") => Path.Combine(Feed, $"{id}.{Version}.{extension}");

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static void Copy(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.EnumerateDirectories(source))
        {
            if (!LeftBehind.Contains(Path.GetFileName(directory)))
            {
                Copy(directory, Path.Combine(target, Path.GetFileName(directory)));
            }
        }
    }
}
