using System.CommandLine;

namespace OrderConfirmation.Cli;

/// <summary><c>orderconfirm audit …</c>: the commands for the supervision group's audit trails (article 6.1).</summary>
internal static class AuditCommand
{
    public static Command Create(TextWriter output, TextWriter error) =>
        new("audit", "Check audit trails for authenticity and completeness (article 6.1).")
        {
            AuditVerifyCommand.Create(output, error),
            AuditSampleCommand.Create(output, error),
        };
}
