namespace OrderConfirmation.Findings;

/// <summary>The departments of article 3, each responsible for some findings.</summary>
public enum Department
{
    /// <summary>Takes the order and does the preliminary review.</summary>
    Sales = 0,

    /// <summary>Organises the detailed review and confirms.</summary>
    OrderConfirmation = 1,

    /// <summary>Reviews credit, price and payment terms.</summary>
    Finance = 2,

    /// <summary>Assesses technical feasibility.</summary>
    Technical = 3,

    /// <summary>Checks stock, capacity and service resources.</summary>
    Product = 4,
}
