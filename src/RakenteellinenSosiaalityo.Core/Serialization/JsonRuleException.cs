using System.Text.Json;

namespace RakenteellinenSosiaalityo.Core.Serialization;

/// <summary>
/// What the library's own converters throw for a value they refuse: the serializer adds the path, and the rule travels
/// with the exception, so a reader turns it into a problem without matching message text.
/// </summary>
internal sealed class JsonRuleException(string rule, string message, Exception? inner = null) : JsonException(message, inner)
{
    /// <summary>The rule code (<see cref="Validation.ValidationRules"/>).</summary>
    public string Rule { get; } = rule;
}
