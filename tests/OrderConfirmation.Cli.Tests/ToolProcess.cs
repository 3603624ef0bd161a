using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Cli.Tests;

/// <summary>Runs the built <c>orderconfirm</c> in a process of its own: in a directory of the test's choosing, or from a shell script.</summary>
internal static class ToolProcess
{
    /// <summary>The tool's assembly, built beside the tests.</summary>
    public static string Assembly => Path.Combine(AppContext.BaseDirectory, "orderconfirm.dll");

    /// <summary>Runs <c>orderconfirm</c> with the arguments in <paramref name="workingDirectory"/>; its exit code and output (standard output, then error).</summary>
    public static (int ExitCode, string Output) Run(string workingDirectory, params string[] arguments) =>
        DotnetCli.Run(DotnetCli.Host, workingDirectory, [Assembly, .. arguments]);

    /// <summary>
    /// Runs <c>/bin/sh -c <paramref name="script"/></c>, with <c>$1</c>… the arguments, in which
    /// <c>"$TOOL_HOST" "$TOOL_DLL"</c> runs the tool: for arguments only a shell can write, such as a name that is not UTF-8
    /// (<c>"$(printf 'a\377.json')"</c>).
    /// </summary>
    public static (int ExitCode, string Output) Shell(string workingDirectory, string script, params string[] arguments) =>
        DotnetCli.Run(
            "/bin/sh",
            workingDirectory,
            new Dictionary<string, string> { ["TOOL_HOST"] = DotnetCli.Host, ["TOOL_DLL"] = Assembly },
            ["-c", script, "sh", .. arguments]);
}
