using Microsoft.Extensions.Logging;
using OrderConfirmation.Diagnostics;

namespace OrderConfirmation.Rules.Reloading;

/// <summary>
/// The log messages of <see cref="ReloadingRuleSetProvider"/>. They carry the directory, versions and diagnostic lines,
/// never the content of a rule file.
/// </summary>
internal static partial class RuleSetReloadLog
{
    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "Rules in {RulesDirectory} reloaded: version {PreviousVersion} replaced by {Version}.")]
    public static partial void Swapped(ILogger logger, string rulesDirectory, string previousVersion, string version);

    [LoggerMessage(EventId = 102, Level = LogLevel.Debug, Message = "Rules in {RulesDirectory} unchanged: version {Version} keeps serving.")]
    public static partial void Unchanged(ILogger logger, string rulesDirectory, string version);

    [LoggerMessage(EventId = 103, Level = LogLevel.Warning, Message = "Rules in {RulesDirectory} rejected with {ProblemCount} problem(s); version {Version} keeps serving.")]
    public static partial void Rejected(ILogger logger, string rulesDirectory, int problemCount, string version);

    [LoggerMessage(EventId = 104, Level = LogLevel.Warning, Message = "{Diagnostic}")]
    public static partial void Diagnostic(ILogger logger, RuleDiagnostic diagnostic);

    [LoggerMessage(EventId = 105, Level = LogLevel.Warning, Message = "Rules in {RulesDirectory} could not be read; version {Version} keeps serving.")]
    public static partial void Unreadable(ILogger logger, string rulesDirectory, string version, Exception exception);

    [LoggerMessage(EventId = 106, Level = LogLevel.Warning, Message = "Watching {RulesDirectory} reported an error; reloading to catch up.")]
    public static partial void WatcherFailed(ILogger logger, string rulesDirectory, Exception exception);

    [LoggerMessage(EventId = 107, Level = LogLevel.Error, Message = "Reloading rules in {RulesDirectory} failed unexpectedly; version {Version} keeps serving.")]
    public static partial void ReloadFailed(ILogger logger, string rulesDirectory, string version, Exception exception);

    [LoggerMessage(EventId = 108, Level = LogLevel.Error, Message = "A handler of the Reloaded event threw; the reload itself is unaffected.")]
    public static partial void HandlerFailed(ILogger logger, Exception exception);
}
