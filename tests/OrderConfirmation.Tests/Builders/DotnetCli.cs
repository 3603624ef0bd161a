using System.Diagnostics;
using System.Text;

namespace OrderConfirmation.Tests.Builders;

/// <summary>Runs the <c>dotnet</c> host (or a tool) as a child process, as a user would from a shell.</summary>
public static class DotnetCli
{
    /// <summary>The dotnet host running the tests (set by <c>dotnet test</c>), or <c>dotnet</c> from the PATH.</summary>
    public static string Host
    {
        get
        {
            if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host)
            {
                return host;
            }

            var current = Environment.ProcessPath;
            return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
        }
    }

    /// <summary>The repository's root: the directory holding OrderConfirmation.sln above the test output.</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "OrderConfirmation.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException($"No OrderConfirmation.sln above {AppContext.BaseDirectory}.");
        }
    }

    /// <summary>Runs a command to completion and returns its exit code and combined output.</summary>
    public static (int ExitCode, string Output) Run(string fileName, string workingDirectory, params string[] arguments) =>
        Run(fileName, workingDirectory, new Dictionary<string, string>(), arguments);

    /// <summary>Runs a command to completion with these environment variables set too; returns its exit code and combined output.</summary>
    public static (int ExitCode, string Output) Run(string fileName, string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host's MSBuild settings would leak into a nested build; a user's shell has none of them.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var error = process.StandardError.ReadToEndAsync();
        output.Append(process.StandardOutput.ReadToEnd());
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, output + "\n(timed out)");
        }

        output.Append(error.Result);
        return (process.ExitCode, output.ToString());
    }

    /// <summary>Runs <c>dotnet</c> with the arguments.</summary>
    public static (int ExitCode, string Output) Dotnet(string workingDirectory, params string[] arguments) => Run(Host, workingDirectory, arguments);
}
