namespace OrderConfirmation.Formats;

/// <summary>
/// The path of a request field, such as <c>facts.asOf</c>, kept as its parent and name and joined only when an error
/// names it: reading a valid request builds no paths.
/// </summary>
/// <param name="Parent">The path of the object holding the field, such as <c>facts</c>.</param>
/// <param name="Name">The field's name, or <see langword="null"/> when <paramref name="Parent"/> is the whole path.</param>
internal readonly record struct FieldPath(string Parent, string? Name)
{
    public static implicit operator FieldPath(string path) => new(path, null);

    public override string ToString() => Name is null ? Parent : $"{Parent}.{Name}";
}
