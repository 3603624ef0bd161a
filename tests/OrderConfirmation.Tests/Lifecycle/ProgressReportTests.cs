using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Tests.Lifecycle;

/// <summary>The four kinds of execution report (article 4.4) and what each carries.</summary>
public sealed class ProgressReportTests
{
    [Fact]
    public void Milestone_CarriesItsTextOnly()
    {
        var report = ProgressReport.Milestone("Hosts racked");

        Assert.Equal((ProgressKind.Milestone, "Hosts racked", (ExecutionIssueKind?)null), (report.Kind, report.Text, report.Issue));
        Assert.Empty(report.Shipments);
    }

    [Fact]
    public void Shipped_SeveralLines_CarriesEachShipment()
    {
        LineShipment[] shipments = [new(1, 4m), new(2, 0.5m)];

        var report = ProgressReport.Shipped(shipments, "first batch");

        Assert.Equal((ProgressKind.Shipment, "first batch", (ExecutionIssueKind?)null), (report.Kind, report.Text, report.Issue));
        Assert.Equal(shipments, report.Shipments);
    }

    [Fact]
    public void Delivered_CarriesNoShipmentAndNoIssue()
    {
        var report = ProgressReport.Delivered("signed by the customer");

        Assert.Equal((ProgressKind.Delivered, "signed by the customer", (ExecutionIssueKind?)null), (report.Kind, report.Text, report.Issue));
        Assert.Empty(report.Shipments);
    }

    [Fact]
    public void IssueRaised_CarriesItsKindAndText()
    {
        var report = ProgressReport.IssueRaised(ExecutionIssueKind.ForceMajeure, "Typhoon closed the port");

        Assert.Equal((ProgressKind.Issue, "Typhoon closed the port", (ExecutionIssueKind?)ExecutionIssueKind.ForceMajeure), (report.Kind, report.Text, report.Issue));
        Assert.Empty(report.Shipments);
    }
}
