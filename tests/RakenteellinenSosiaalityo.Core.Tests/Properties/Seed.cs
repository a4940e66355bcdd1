namespace RakenteellinenSosiaalityo.Core.Tests.Properties;

/// <summary>A seed for <see cref="System.Random"/>, generated over the whole range of <see cref="int"/>.</summary>
/// <param name="Value">The seed.</param>
public sealed record Seed(int Value)
{
    /// <inheritdoc/>
    public override string ToString() => $"seed {Value}";
}
