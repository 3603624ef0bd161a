namespace OrderConfirmation.Supervision;

/// <summary>
/// What the supervision group's audit entries record (article 6.1: checks by sampling, and following rectification
/// until it is done). Entries are by the Auditor role, about no single order (<c>orderId</c> null).
/// </summary>
public enum SupervisionEntryKind
{
    /// <summary>
    /// A supervision check. Payload: <c>checkId</c> (<c>SC-1</c>, <c>SC-2</c>, … in recording order), the sample
    /// (<c>seed</c>, <c>from</c>, <c>to</c>, <c>zone</c>, <c>size</c>, <c>eligible</c>, <c>orderIds</c>), <c>results</c>
    /// (per order: <c>orderId</c>, <c>checks</c> [{<c>check</c>, <c>passed</c>, <c>detail</c>}]), <c>findings</c>
    /// [{<c>orderId</c>, <c>text</c>}] and <c>rectifications</c> [{<c>rectificationId</c> (<c>SC-1/R1</c>, …),
    /// <c>orderId</c>, <c>action</c>, <c>owner</c>, <c>due</c>}].
    /// </summary>
    SupervisionCheck = 0,

    /// <summary>A rectification followed to done. Payload: <c>rectificationId</c>, <c>checkId</c>, <c>resolution</c>.</summary>
    RectificationDone = 1,
}
