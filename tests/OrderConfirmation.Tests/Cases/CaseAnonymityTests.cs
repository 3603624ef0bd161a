using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Testing;
using OrderConfirmation.Audit;
using OrderConfirmation.Cases;
using OrderConfirmation.Findings;
using OrderConfirmation.Kpis;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Cases;

/// <summary>
/// Article 6.1: the reporter's identity is protected. Identity here is (1) anything the reporter chose to give (the
/// contact text, whole or in part), and (2) the employee who took the report in (their user id), who could tie the
/// reporter to the report. Neither may appear in the audit trail (actors, roles, order ids, payloads) or in any log
/// message or structured log value, whatever happens to the report afterwards; the contact text stays in the case,
/// which only the Auditor may read.
/// </summary>
public sealed class CaseAnonymityTests
{
    /// <summary>The employee on duty who receives the report: deliberately a distinctive id.</summary>
    private static readonly Actor Receiver = new("sales.zhou.receiver", Role.SalesRep);

    private readonly InMemoryAuditLog _audit = new();
    private readonly Logger _logger = new();
    private readonly FakeClock _clock = new(LifecycleScenario.Friday10);
    private readonly CaseLifecycle _lifecycle;

    public CaseAnonymityTests() => _lifecycle = new CaseLifecycle(new CaseStateMachine(new CaseScenario().Policy), _audit, _clock, _logger);

    private static IEnumerable<string> Identity => [CaseScenario.ReporterText, "139-0000-1234", "Lin", Receiver.Id, "zhou"];

    private string Everything() =>
        string.Join("\n", _audit.Entries.Select(e => $"{e.Actor}|{e.Role}|{e.OrderId}|{e.Kind}|{e.Payload}").Concat(_logger.Records));

    [Fact]
    public void Report_WholeLife_NoIdentityInTrailOrLogs()
    {
        var report = _lifecycle.Execute(null, CaseScenario.Receipt(CaseKind.Report), Receiver).State;
        _lifecycle.Execute(report, CaseScenario.Receipt(CaseKind.Report), Receiver);
        report = _lifecycle.Execute(report, new AssignCase(Department.Sales, "audit.sun"), LifecycleScenario.Auditor).State;
        report = _lifecycle.Execute(report, new AddInvestigationNote("Interviewed the team."), LifecycleScenario.Auditor).State;
        report = _lifecycle.Execute(report, new AddRectification("head.chen", LifecycleScenario.Friday10 + Duration.FromDays(5), "Retrain"), LifecycleScenario.Auditor).State;
        report = _lifecycle.Execute(report, new CompleteRectification(1, "Retrained."), LifecycleScenario.Auditor).State;
        report = _lifecycle.Execute(report, new AnswerCase("Substantiated; rectified.", substantiated: true), LifecycleScenario.Auditor).State;
        _lifecycle.Execute(report, new CloseCase(), LifecycleScenario.Auditor);

        Assert.Equal(8, _audit.Entries.Count);
        Assert.NotEmpty(_logger.Records);
        var everything = Everything();
        Assert.All(Identity, part => Assert.DoesNotContain(part, everything, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Report_Receipt_IsRecordedAsTheAnonymousChannelWithNoRole()
    {
        _lifecycle.Execute(null, CaseScenario.Receipt(CaseKind.Report), Receiver);

        var entry = Assert.Single(_audit.Entries);
        Assert.Equal((CaseState.AnonymousChannel, (string?)null), (entry.Actor, entry.Role));
        Assert.Contains(CaseState.AnonymousChannel, Assert.Single(_logger.Records), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_RefusedReceipt_NoIdentityInTrailOrLogs()
    {
        _lifecycle.Execute(null, new ReceiveCase("R-2", CaseKind.Report, CommunicationChannel.Email, " ", "text", CaseScenario.ReporterText), Receiver);

        Assert.Equal("CaseCommandRefused", Assert.Single(_audit.Entries).Kind);
        Assert.All(Identity, part => Assert.DoesNotContain(part, Everything(), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Report_ContactText_IsKeptInTheStateForTheAuditor()
    {
        var report = _lifecycle.Execute(null, CaseScenario.Receipt(CaseKind.Report), Receiver).State!;

        Assert.Equal(CaseScenario.ReporterText, CaseView.For(report, LifecycleScenario.Auditor, _lifecycle.Policy)!.Case.Reporter);
        Assert.Equal(CaseState.AnonymousChannel, report.ReceivedBy);
    }

    /// <summary>Keeps every message and every structured value logged.</summary>
    private sealed class Logger : ILogger<CaseLifecycle>
    {
        private readonly List<string> _records = [];

        public IReadOnlyList<string> Records => _records;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join("|", pairs.Select(p => $"{p.Key}={p.Value}")) : string.Empty;
            _records.Add($"{formatter(state, exception)}\n{values}");
        }
    }
}
