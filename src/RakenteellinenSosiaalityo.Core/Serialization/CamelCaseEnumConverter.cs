using System.Text.Json;
using System.Text.Json.Serialization;

namespace RakenteellinenSosiaalityo.Core.Serialization;

/// <summary>
/// Writes an enum as its camelCase name (<c>individualRole</c>) and reads only names, never numbers, so that a
/// region file says what it means. Works on net8.0, which lacks <c>JsonStringEnumMemberNameAttribute</c>.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal sealed class CamelCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    public CamelCaseEnumConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}
