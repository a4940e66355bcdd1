using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Evaluation;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Serialization;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Tests.Properties;

/// <summary>Id texts: mostly from the characters ids are made of, sometimes with one that no id allows, of 0–140 characters.</summary>
public static class SystemIdArbitraries
{
    /// <summary>Texts around every id rule's bounds (length, first character, allowed characters, double dashes).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<string> IdTexts()
    {
        var common = Gen.Elements("abcdefghijklmnopqrstuvwxyz0123456789-".ToCharArray());
        var rare = Gen.Elements("ABZ_. äé/\t".ToCharArray());
        var character = Gen.Frequency((20, common), (1, rare));
        return (from length in Gen.Frequency((8, Gen.Choose(1, 20)), (1, Gen.Choose(60, 70)), (1, Gen.Choose(120, 140)), (1, Gen.Constant(0)))
                from chars in Gen.ArrayOf(character, length)
                select new string(chars)).ToArbitrary();
    }
}

/// <summary>
/// The one id mechanism (issue 15): every id type's constructor, <c>IsValid</c> and JSON converter keep the same rule
/// and say the same thing about a broken one.
/// </summary>
[Properties(Arbitrary = [typeof(SystemIdArbitraries)])]
public sealed class SystemIdProperties
{
    [Property(MaxTest = 300)]
    public bool ActorId_ConstructorIsValidAndJsonAgree(string text) => Agrees<ActorId>(text, "actor");

    [Property(MaxTest = 300)]
    public bool ReportId_ConstructorIsValidAndJsonAgree(string text) => Agrees<ReportId>(text, "report");

    [Property(MaxTest = 300)]
    public bool CompilationId_ConstructorIsValidAndJsonAgree(string text) => Agrees<CompilationId>(text, "compilation");

    [Property(MaxTest = 300)]
    public bool PhenomenonReportId_ConstructorIsValidAndJsonAgree(string text) => Agrees<PhenomenonReportId>(text, "phenomenon report");

    [Property(MaxTest = 300)]
    public bool ServiceId_ConstructorIsValidAndJsonAgree(string text) => Agrees<ServiceId>(text, "service");

    [Property(MaxTest = 300)]
    public bool ThemeId_ConstructorIsValidAndJsonAgree(string text) => Agrees<ThemeId>(text, "theme");

    [Property(MaxTest = 300)]
    public bool MetricId_ConstructorIsValidAndJsonAgree(string text) => Agrees<MetricId>(text, "metric");

    [Property(MaxTest = 300)]
    public bool ClockRuleId_ConstructorIsValidAndJsonAgree(string text) => Agrees<ClockRuleId>(text, "clock rule");

    [Property(MaxTest = 300)]
    public bool StepId_ConstructorIsValidAndJsonAgree(string text) => Agrees<StepId>(text, "step");

    [Property(MaxTest = 300)]
    public bool RegionId_ConstructorIsValidAndJsonAgree(string text) => Agrees<RegionId>(text, "region");

    // Valid: the constructor keeps the text and JSON round-trips it. Invalid: the constructor throws an
    // ArgumentException naming the kind of id, and JSON reading a JsonException naming it too.
    private static bool Agrees<T>(string text, string what)
        where T : struct, ISystemId<T>
    {
        var json = JsonSerializer.Serialize(text, CoreJson.Options);
        if (T.IsValid(text))
        {
            var id = T.Of(text);
            return id.Value == text
                && JsonSerializer.Serialize(id, CoreJson.Options) == json
                && JsonSerializer.Deserialize<T>(json, CoreJson.Options).Equals(id);
        }

        var constructed = Record.Exception(() => Activator.CreateInstance(typeof(T), text));
        var read = Record.Exception(() => JsonSerializer.Deserialize<T>(json, CoreJson.Options));
        return constructed?.InnerException is ArgumentException argument && argument.Message.Contains($" {what} id", StringComparison.Ordinal)
            && read is JsonException && read.Message.Contains($" {what} id must be a string of ", StringComparison.Ordinal);
    }
}
