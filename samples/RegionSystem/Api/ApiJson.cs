using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using RakenteellinenSosiaalityo.Core.Serialization;

namespace RegionSystem.Api;

/// <summary>The API's JSON: the library's <see cref="CoreJson.Options"/>, extended to the sample's own request and response types.</summary>
internal static class ApiJson
{
    /// <summary>Copies the library's settings into ASP.NET Core's options; the library's metadata comes first in the chain.</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        var core = CoreJson.Options;
        options.PropertyNamingPolicy = core.PropertyNamingPolicy;
        options.DictionaryKeyPolicy = core.DictionaryKeyPolicy;
        options.UnmappedMemberHandling = core.UnmappedMemberHandling;
        options.NumberHandling = core.NumberHandling;
        options.ReadCommentHandling = core.ReadCommentHandling;
        options.AllowTrailingCommas = core.AllowTrailingCommas;
        options.Encoder = core.Encoder;
        options.WriteIndented = core.WriteIndented;
        options.DefaultIgnoreCondition = core.DefaultIgnoreCondition;
        foreach (var converter in core.Converters)
        {
            options.Converters.Add(converter);
        }

        options.TypeInfoResolverChain.Insert(0, core.TypeInfoResolver!);
        if (!options.TypeInfoResolverChain.OfType<DefaultJsonTypeInfoResolver>().Any())
        {
            options.TypeInfoResolverChain.Add(new DefaultJsonTypeInfoResolver());
        }
    }
}
