using System.Globalization;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Cli.Tests;

/// <summary>Runs <c>orderconfirm</c> in the test process, and copies the shipped rules for a command to use.</summary>
internal static class CliRun
{
    /// <summary>Runs the command line with the system clock; returns its exit code and what it wrote.</summary>
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var exitCode = CliApplication.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>
    /// Copies the shipped rule files and calendar (rules/*.json) into <paramref name="directory"/>, each through
    /// <paramref name="edit"/> (file name, text → new text, or <see langword="null"/> to leave the file out).
    /// </summary>
    public static string CopyOfDefaultRules(string directory, Func<string, string, string?>? edit = null)
    {
        Directory.CreateDirectory(directory);
        foreach (var file in Directory.GetFiles(DefaultRules.RulesDirectory, "*.json"))
        {
            var text = File.ReadAllText(file);
            if ((edit is null ? text : edit(Path.GetFileName(file), text)) is { } copy)
            {
                File.WriteAllText(Path.Combine(directory, Path.GetFileName(file)), copy);
            }
        }

        return directory;
    }
}
