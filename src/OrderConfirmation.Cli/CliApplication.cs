using System.CommandLine;

namespace OrderConfirmation.Cli;

/// <summary>The <c>orderconfirm</c> command line: its commands, and running it with given writers.</summary>
internal static class CliApplication
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("OrderConfirmation tools for business analysts: review orders and change requests against the rule files.")
        {
            ReviewCommand.Create(output, error),
            ChangeCommand.Create(output, error),
        };
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return root.Parse(args).Invoke(configuration);
    }
}
