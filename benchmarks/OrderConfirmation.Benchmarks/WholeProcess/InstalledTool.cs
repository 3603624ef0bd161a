using System.Diagnostics;

namespace OrderConfirmation.Benchmarks.WholeProcess;

/// <summary>
/// The <c>orderconfirm</c> tool the way users get it: the CLI project packed in Release (<c>dotnet pack</c>, with
/// whatever the project ships, ReadyToRun included) and installed from that package with
/// <c>dotnet tool install --tool-path</c> into the cache, replacing any earlier install.
/// </summary>
internal static class InstalledTool
{
    /// <summary>Packs and installs the tool from the repository at <paramref name="repository"/>; returns the command to run.</summary>
    /// <exception cref="InvalidOperationException">Packing or installing failed.</exception>
    public static string Install(string repository, string cache)
    {
        var packages = Path.Combine(cache, "package");
        var toolPath = Path.Combine(cache, "tool");
        foreach (var directory in new[] { packages, toolPath })
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        Dotnet(repository, "pack", Path.Combine("src", "OrderConfirmation.Cli"), "-c", "Release", "-o", packages);
        var package = Path.GetFileNameWithoutExtension(Directory.GetFiles(packages, "OrderConfirmation.Cli.*.nupkg").Single());
        var version = package["OrderConfirmation.Cli.".Length..];
        Dotnet(repository, "tool", "install", "OrderConfirmation.Cli", "--version", version, "--tool-path", toolPath, "--add-source", packages);
        return Path.Combine(toolPath, OperatingSystem.IsWindows() ? "orderconfirm.exe" : "orderconfirm");
    }

    private static void Dotnet(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} exited with {process.ExitCode}:{Environment.NewLine}{output.Result}{error}");
        }
    }
}
