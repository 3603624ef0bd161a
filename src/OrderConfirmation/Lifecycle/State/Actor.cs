namespace OrderConfirmation.Lifecycle.State;

/// <summary>A person acting on an order, in a role: the "who" of every command and record.</summary>
public readonly record struct Actor
{
    /// <summary>Creates an actor.</summary>
    /// <param name="id">The person's user id, such as <c>sales.li</c>.</param>
    /// <param name="role">The role the person acts in.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not a defined role.</exception>
    public Actor(string id, Role role)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        if (!Enum.IsDefined(role))
        {
            throw new ArgumentOutOfRangeException(nameof(role), role, "Not a defined role.");
        }

        Id = id;
        Role = role;
    }

    /// <summary>The person's user id.</summary>
    public string Id { get; }

    /// <summary>The role the person acts in.</summary>
    public Role Role { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Role})";
}
