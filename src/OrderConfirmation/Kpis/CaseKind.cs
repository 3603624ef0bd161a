namespace OrderConfirmation.Kpis;

/// <summary>What a customer case is (articles 5 and 6.1): each kind has its own reply time in the working calendar.</summary>
public enum CaseKind
{
    /// <summary>A customer's question about an order or its progress.</summary>
    Query = 0,

    /// <summary>A customer's complaint, investigated by the supervision group and rectified.</summary>
    Complaint = 1,

    /// <summary>A report through the anonymous channel (article 6.1.3): the reporter's identity is never stored.</summary>
    Report = 2,
}
