using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace RakenteellinenSosiaalityo.Core.RegionSystem.Tests;

/// <summary>
/// Bearer tokens the way `dotnet user-jwts` makes them: a symmetric key the app reads from
/// Authentication:Schemes:Bearer, an issuer and an audience, and the claims <c>actor</c> and <c>person</c>.
/// </summary>
internal static class TestTokens
{
    public const string Issuer = "region-system-tests";
    public const string Audience = "region-system";

    // 256 bits, fixed: the tests' signing key, in the base64 form the configuration takes.
    public static readonly string Key = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)(i * 7)).ToArray());

    /// <summary>The settings that make the app accept these tokens, as configuration key/value pairs.</summary>
    public static IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Authentication:Schemes:Bearer:ValidIssuer"] = Issuer,
        ["Authentication:Schemes:Bearer:ValidAudiences:0"] = Audience,
        ["Authentication:Schemes:Bearer:SigningKeys:0:Issuer"] = Issuer,
        ["Authentication:Schemes:Bearer:SigningKeys:0:Value"] = Key,
    };

    public static string For(string actor, string? person = null, string? signingKey = null)
    {
        var claims = new Dictionary<string, object> { ["actor"] = actor, ["sub"] = actor };
        if (person is not null)
        {
            claims["person"] = person;
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Claims = claims,
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(signingKey ?? Key)), SecurityAlgorithms.HmacSha256),
        });
    }
}
