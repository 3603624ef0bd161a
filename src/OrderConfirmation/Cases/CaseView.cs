using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Cases;

/// <summary>
/// A case as a reader may see it (article 5, need-to-know; article 6.1, the reporter's privacy): only the roles of
/// <see cref="CasePolicy.ReadRoles"/> for its kind see it at all, so a report is readable by the Auditor alone.
/// </summary>
public sealed record CaseView
{
    private CaseView(CaseState state, Actor viewedBy)
    {
        Case = state;
        ViewedBy = viewedBy;
    }

    /// <summary>The case.</summary>
    public CaseState Case { get; }

    /// <summary>Who it is shown to.</summary>
    public Actor ViewedBy { get; }

    /// <summary>The case as <paramref name="actor"/> may see it, or <see langword="null"/> when their role may not read a case of its kind.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> or <paramref name="policy"/> is <see langword="null"/>.</exception>
    public static CaseView? For(CaseState state, Actor actor, CasePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(policy);
        return actor.Id is not null && policy.MayRead(state.Kind, actor.Role) ? new CaseView(state, actor) : null;
    }
}
