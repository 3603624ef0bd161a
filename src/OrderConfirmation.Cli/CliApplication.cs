using System.CommandLine;
using NodaTime;

namespace OrderConfirmation.Cli;

/// <summary>The <c>orderconfirm</c> command line: its commands, and running it with given writers and clock.</summary>
internal static class CliApplication
{
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, SystemClock.Instance);

    public static int Run(string[] args, TextWriter output, TextWriter error, IClock clock) => Run(args, output, error, clock, ConsoleStreams.Redirected);

    /// <summary>Runs the command line; <paramref name="streams"/> says where output and error go, for progress bars.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, IClock clock, IStandardStreams streams)
    {
        var root = new RootCommand("OrderConfirmation tools for business analysts: review orders and change requests, validate, test and compare rule files, compute the KPIs, and verify audit trails.")
        {
            ReviewCommand.Create(output, error, streams),
            ChangeCommand.Create(output, error, streams),
            KpiCommand.Create(output, error, clock, streams),
            ValidateCommand.Create(output, error),
            TestCommand.Create(output, error),
            WhatIfCommand.Create(output, error),
            RulesCommand.Create(output, error),
            AuditCommand.Create(output, error),
        };
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return root.Parse(args).Invoke(configuration);
    }
}
