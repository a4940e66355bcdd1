using System.Collections;
using System.Reflection;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Tests.Compilations;
using RakenteellinenSosiaalityo.Core.Tests.Phenomena;
using RakenteellinenSosiaalityo.Core.Tests.Reports;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Tests;

/// <summary>
/// The null rule of the public API, checked on every public constructor and method of Core: a reference parameter
/// not declared nullable refuses null at once with an <see cref="ArgumentNullException"/> naming that parameter (or, for a
/// list refused when null or empty alike, an <see cref="ArgumentException"/> naming it and saying what it must hold),
/// never a <see cref="NullReferenceException"/> later, a silent default or another parameter's name. One case per type, so a
/// mutation test runs only the cases of the code it changed. Each call gets null for one parameter and a valid value for
/// every other; a member whose other parameters have no sample here is listed, and the count of checked calls keeps the
/// test from passing by checking nothing.
/// </summary>
public sealed class NullGuardTests
{
    private static readonly Assembly Core = typeof(RegionProfile).Assembly;

    // Where a default id is taken on purpose, each with why (decided in issue 16).
    private static readonly Dictionary<string, string> DefaultIdExempt = new(StringComparer.Ordinal)
    {
        ["RegionProfile.FindActor"] = "a lookup: the default id identifies nothing, so nothing is found (null)",
        ["RegionProfile.FindMetric"] = "a lookup: nothing is found",
        ["RegionProfile.FindService"] = "a lookup: nothing is found",
        ["RegionProfile.FindTheme"] = "a lookup: nothing is found",
        ["RegionProfile.GetActor"] = "a lookup that must find: KeyNotFoundException, as for any id not in the profile",
        ["ProcessDefinition.GetStep"] = "a lookup that must find: KeyNotFoundException, as for any id not in the process",
        ["ActivityCompletion.new"] = "a value record: a completion of no rule matches no activity and is reported unmatched",
        ["CarriedOverReport.new"] = "a value record of a compilation's result; documents require the id (JsonRequired) and its converter refuses a bad one",
        ["ExcludedReport.new"] = "a value record of a compilation's result, read as CarriedOverReport",
        ["ThemeSummary.new"] = "a value record of a compilation's result, read as CarriedOverReport",
        ["PrevalenceCount.new"] = "a value record of a phenomenon report's prevalence, computed by the library",
        ["PhenomenonCandidate.new"] = "a value record of the candidates the library ranks",
        ["ReportStage.new"] = "a value record the library answers with (where a report stands)",
        ["CompilationEntry.new"] = "a value record of a compilation's history; the operation that records it checks the step",
        ["DecidedAction.new"] = "a value record of a decided action; the operation that decides it checks the compilation",
    };

    public static TheoryData<string> Types()
    {
        var data = new TheoryData<string>();
        foreach (var type in Core.GetExportedTypes().Where(Checked).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void EveryNonNullableReferenceParameter_IsRefusedAtOnce_NamingTheParameter(string typeName)
    {
        var type = Core.GetType(typeName, throwOnError: true)!;
        var violations = new List<string>();
        foreach (var (member, parameter) in NullableCandidates(type))
        {
            if (!TryCall(member, parameter, out var outcome))
            {
                continue;
            }

            // ArgumentNullException, or an ArgumentException whose message says what the list must hold (a list refused
            // when null or empty alike); either way it names the parameter.
            if (outcome is not ArgumentException refused || refused.ParamName != parameter.Name)
            {
                violations.Add($"{Name(member)}({parameter.Name}: null) → {Describe(outcome)}");
            }
        }

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    // The same rule for ids: a parameter of an id type (ReportId, ActorId, StepId, …) refuses the default id, which
    // identifies nothing, with an ArgumentException naming the parameter.
    [Theory]
    [MemberData(nameof(Types))]
    public void EveryIdParameter_RefusesTheDefaultId_NamingTheParameter(string typeName)
    {
        var type = Core.GetType(typeName, throwOnError: true)!;
        var violations = new List<string>();
        foreach (var (member, parameter) in IdCandidates(type))
        {
            if (DefaultIdExempt.ContainsKey(Name(member)) || !TryCall(member, parameter, out var outcome, Activator.CreateInstance(parameter.ParameterType)))
            {
                continue;
            }

            if (outcome is not ArgumentException refused || refused.ParamName != parameter.Name)
            {
                violations.Add($"{Name(member)}({parameter.Name}: default) → {Describe(outcome)}");
            }
        }

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    // The same rules for what a `with` expression or an object initializer sets: an init accessor guards as the
    // constructor does, so `report with { By = null! }` cannot make a value the constructor refuses.
    [Theory]
    [MemberData(nameof(Types))]
    public void EveryInitAccessor_RefusesNullAndTheDefaultId_NamingTheProperty(string typeName)
    {
        var type = Core.GetType(typeName, throwOnError: true)!;
        var violations = new List<string>();
        foreach (var (property, value) in InitCandidates(type))
        {
            if (InitExempt(type, value) || Instance(type) is not { } instance)
            {
                continue;
            }

            Exception? outcome = null;
            try
            {
                property.SetMethod!.Invoke(instance, [value]);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                outcome = e.InnerException;
            }

            if (outcome is not ArgumentException refused || refused.ParamName != property.Name)
            {
                violations.Add($"{type.Name}.{property.Name} = {value ?? "null"} → {Describe(outcome)}");
            }
        }

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public void InitAccessors_AreChecked()
    {
        var checkedAccessors = Core.GetExportedTypes().Where(Checked)
            .Sum(type => InitCandidates(type).Count(c => !InitExempt(type, c.Value) && Instance(type) is not null));

        Assert.True(checkedAccessors >= 40, $"{checkedAccessors} init accessors checked");
    }

    [Fact]
    public void IdParameters_AreChecked()
    {
        var checkedCalls = Core.GetExportedTypes().Where(Checked).SelectMany(IdCandidates)
            .Where(c => !DefaultIdExempt.ContainsKey(Name(c.Member)))
            .Count(c => CanCall(c.Member, c.Parameter));

        Assert.True(checkedCalls >= 36, $"{checkedCalls} calls with a default id checked");
    }

    // Liveness: the rule is checked on most of the public API, not on what happened to have samples.
    [Fact]
    public void MostPublicMembers_AreChecked()
    {
        var checkedCalls = 0;
        var skipped = new List<string>();
        foreach (var type in Core.GetExportedTypes().Where(Checked))
        {
            foreach (var (member, parameter) in NullableCandidates(type))
            {
                if (CanCall(member, parameter))
                {
                    checkedCalls++;
                }
                else
                {
                    skipped.Add($"{Name(member)}({parameter.Name})");
                }
            }
        }

        Assert.True(checkedCalls >= 280 && skipped.Count <= checkedCalls / 8, $"{checkedCalls} calls checked; not checked ({skipped.Count}):\n{string.Join("\n", skipped)}");
    }

    // Core's own namespace only: mutation testing adds a public type of its own (Stryker's MutantControl) to the
    // assembly, which would otherwise become a theory case of its own and unsettle Stryker's coverage analysis.
    private static bool Checked(Type type) =>
        type.Namespace?.StartsWith("RakenteellinenSosiaalityo.Core", StringComparison.Ordinal) == true && !type.IsEnum && !type.IsInterface && !typeof(Delegate).IsAssignableFrom(type) && !typeof(Exception).IsAssignableFrom(type) && !type.ContainsGenericParameters;

    private static IEnumerable<(MethodBase Member, ParameterInfo Parameter)> NullableCandidates(Type type)
    {
        var context = new NullabilityInfoContext();
        return Candidates(type, p => !p.ParameterType.IsValueType && context.Create(p).WriteState == NullabilityState.NotNull);
    }

    private static IEnumerable<(MethodBase Member, ParameterInfo Parameter)> IdCandidates(Type type) =>
        Candidates(type, p => IsId(p.ParameterType));

    private static IEnumerable<(MethodBase Member, ParameterInfo Parameter)> Candidates(Type type, Func<ParameterInfo, bool> candidate)
    {
        IEnumerable<MethodBase> members = type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && !m.ContainsGenericParameters && !m.IsAbstract && m.Name is not ("Equals" or "GetHashCode" or "ToString" or "Deconstruct" or "CompareTo" or "<Clone>$"));
        if (!type.IsAbstract)
        {
            members = members.Concat(type.GetConstructors());
        }

        foreach (var member in members)
        {
            var parameters = member.GetParameters();
            if (parameters.Any(p => p.ParameterType.IsByRef || p.ParameterType.IsPointer || p.ParameterType.IsByRefLike))
            {
                continue;
            }

            foreach (var parameter in parameters.Where(candidate))
            {
                yield return (member, parameter);
            }
        }
    }

    // Each public init accessor of a non-nullable reference property (with null) or of an id property (with the
    // default id).
    private static IEnumerable<(PropertyInfo Property, object? Value)> InitCandidates(Type type)
    {
        var context = new NullabilityInfoContext();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is not { IsPublic: true } setter
                || !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)))
            {
                continue;
            }

            if (!property.PropertyType.IsValueType && context.Create(property).WriteState == NullabilityState.NotNull)
            {
                yield return (property, null);
            }
            else if (IsId(property.PropertyType))
            {
                yield return (property, Activator.CreateInstance(property.PropertyType));
            }
        }
    }

    // A value record's init accessors take the default id where its constructor does (the exemptions above).
    private static bool InitExempt(Type type, object? value) => value is not null && DefaultIdExempt.ContainsKey($"{type.Name}.new");

    // A value of the type to set a property on, never one shared with other tests (a sample may be a built-in
    // profile): a copy of the sample (a record's clone; a struct is copied when boxed), else one made by a public
    // constructor from samples.
    private static object? Instance(Type type)
    {
        if (TrySample(type, out var sample) && sample is not null)
        {
            return type.IsValueType ? sample
                : type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is { } clone ? clone.Invoke(sample, null) : null;
        }

        if (type.IsAbstract)
        {
            return null;
        }

        foreach (var constructor in type.GetConstructors().OrderBy(c => c.GetParameters().Length))
        {
            if (Arguments(constructor, null) is { } arguments)
            {
                try
                {
                    return constructor.Invoke(arguments);
                }
                catch (TargetInvocationException)
                {
                    // Samples that do not fit together here: try the next constructor.
                }
            }
        }

        return type.IsValueType ? Activator.CreateInstance(type) : null;
    }

    private static bool IsId(Type type) =>
        type.IsValueType && type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition().Name == "ISystemId`1");

    private static bool IsStaticOrConstructor(MethodBase member) => member.IsStatic || member is ConstructorInfo;

    // Whether there is a sample for every other parameter and, for an instance method, for the instance.
    private static bool CanCall(MethodBase member, ParameterInfo parameter) =>
        Arguments(member, parameter) is not null && (IsStaticOrConstructor(member) || Target(member) is not null);

    // Calls the member with the value (null by default) for the parameter; false when a sample is missing. The outcome:
    // the exception, or null.
    private static bool TryCall(MethodBase member, ParameterInfo parameter, out Exception? outcome, object? value = null)
    {
        outcome = null;
        if (!CanCall(member, parameter))
        {
            return false;
        }

        var target = IsStaticOrConstructor(member) ? null : Target(member);
        var arguments = Arguments(member, parameter)!;

        arguments[parameter.Position] = value;

        try
        {
            var result = member is ConstructorInfo constructor ? constructor.Invoke(arguments) : member.Invoke(target, arguments);
            switch (result)
            {
                case Task task:
                    task.GetAwaiter().GetResult();
                    break;
                case IEnumerable sequence and not string:
                    // A lazy sequence that checks only when enumerated breaks the rule too: enumerate it.
                    foreach (var unused in sequence)
                    {
                    }

                    break;
            }
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            outcome = e.InnerException;
        }
        catch (Exception e)
        {
            outcome = e;
        }

        return true;
    }

    private static object?[]? Arguments(MethodBase member, ParameterInfo? nullParameter)
    {
        var parameters = member.GetParameters();
        var arguments = new object?[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            if (parameters[i] == nullParameter)
            {
                continue;
            }

            if (parameters[i].ParameterType == typeof(int) && parameters[i].Name == "year")
            {
                arguments[i] = 2025;
            }
            else if (!TrySample(parameters[i].ParameterType, out arguments[i]))
            {
                if (!parameters[i].HasDefaultValue)
                {
                    return null;
                }

                arguments[i] = parameters[i].DefaultValue;
            }
        }

        return arguments;
    }

    private static object? Target(MethodBase member) =>
        member.DeclaringType is { } type && TrySample(type, out var target) ? target : null;

    // A valid value of each type the public API takes, made afresh for each call.
    private static readonly Dictionary<Type, Func<object>> Samples = new()
    {
        [typeof(string)] = () => "Asumisen kustannukset",
        [typeof(RegionProfile)] = () => BuiltInRegions.EtelaKarjala,
        [typeof(RegionId)] = () => BuiltInRegions.EtelaKarjalaId,
        [typeof(ActorId)] = () => new ActorId("professionals"),
        [typeof(Performer)] = () => ReportFixtures.By("professionals"),
        [typeof(Instant)] = () => ReportFixtures.At(2),
        [typeof(LocalDate)] = () => new LocalDate(2025, 3, 3),
        [typeof(Language)] = () => Language.Finnish,
        [typeof(ReportId)] = () => new ReportId("R-99"),
        [typeof(ReportContent)] = () => ReportFixtures.Content(),
        [typeof(SocialReport)] = () => ReportFixtures.Submitted(BuiltInRegions.EtelaKarjala),
        [typeof(CompilationContent)] = () => CompilationFixtures.Content(BuiltInRegions.EtelaKarjala),
        [typeof(Compilation)] = () => CompilationFixtures.Created(BuiltInRegions.EtelaKarjala),
        [typeof(PhenomenonReport)] = () => PhenomenonFixtures.Ek2024("choose-theme"),
        [typeof(PhenomenonSelection)] = PhenomenonFixtures.Ek2024Selection,
        [typeof(ProcessDefinition)] = () => BuiltInRegions.EtelaKarjala.ReportProcess,
        [typeof(StepId)] = () => BuiltInRegions.EtelaKarjala.ReportProcess.First.Id,
        [typeof(ReportingPeriodScheme)] = () => BuiltInRegions.EtelaKarjala.ReportingPeriods,
        [typeof(ReportingPeriod)] = () => BuiltInRegions.EtelaKarjala.ReportingPeriods.PeriodFor(new LocalDate(2025, 3, 3)),
        [typeof(ServiceId)] = () => new ServiceId("child-welfare"),
        [typeof(Stream)] = () => new MemoryStream(),
        [typeof(TextWriter)] = () => new StringWriter(),
        [typeof(TextReader)] = () => new StringReader("{}"),
        [typeof(LocalizedText)] = () => new LocalizedText("teksti", "text", "text"),
        [typeof(RecordEntry)] = () => new RecordEntry(RecordKind.Remark, "Kirjaus."),
        [typeof(ActionResponsible)] = () => ActionResponsible.OfActor("professionals"),
        [typeof(ActionDecision)] = () => new ActionDecision("Selvitetään asumisneuvonnan saatavuus.", ActionResponsible.OfActor("professionals"), new LocalDate(2025, 12, 1)),
        [typeof(ActionStatus)] = () => ActionStatus.Done,
        [typeof(PhenomenonReportId)] = () => PhenomenonReportId.For(BuiltInRegions.EtelaKarjalaId, 2024),
        [typeof(WorkshopSession)] = () => PhenomenonFixtures.Ek2024Interview(10, "child-welfare", "Näkyy asiakastyössä."),
        [typeof(DateInterval)] = () => new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31)),
        [typeof(PersonNames)] = () => PersonNames.Common,
        [typeof(ThemeId)] = () => BuiltInRegions.EtelaKarjala.PhenomenonThemes[0].Id,
        [typeof(WorkshopDefinition)] = () => BuiltInRegions.EtelaKarjala.PhenomenonReports!.Workshops[0],
        [typeof(System.Text.Json.Utf8JsonWriter)] = () => new System.Text.Json.Utf8JsonWriter(new MemoryStream()),
    };

    private static bool TrySample(Type type, out object? value)
    {
        if (Samples.TryGetValue(type, out var make))
        {
            value = make();
            return true;
        }

        if (type.IsEnum)
        {
            value = Enum.GetValues(type).GetValue(0);
            return true;
        }

        if (type.IsPrimitive)
        {
            value = Convert.ChangeType(1, type, System.Globalization.CultureInfo.InvariantCulture);
            return true;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            // A value when there is a sample (an optional id may still be required in some uses), else null.
            if (!TrySample(underlying, out value))
            {
                value = null;
            }

            return true;
        }

        if (type.IsArray || type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>)))
        {
            // One valid item when there is a sample of the item type (a list may have to be non-empty), else none.
            var itemType = type.IsArray ? type.GetElementType()! : type.GetGenericArguments()[0];
            var one = TrySample(itemType, out var item) && item is not null;
            var array = Array.CreateInstance(itemType, one ? 1 : 0);
            if (one)
            {
                array.SetValue(item, 0);
            }

            value = array;
            return true;
        }

        value = null;
        return false;
    }

    private static string Name(MethodBase member) => $"{member.DeclaringType!.Name}.{(member is ConstructorInfo ? "new" : member.Name)}";

    private static string Describe(Exception? outcome) => outcome switch
    {
        null => "no exception",
        ArgumentNullException e => $"ArgumentNullException naming '{e.ParamName}'",
        _ => $"{outcome.GetType().Name}: {outcome.Message}",
    };
}
