using System.Diagnostics;
using System.Text;
using RakenteellinenSosiaalityo.Core.Privacy;
using Xunit.Abstractions;

namespace RakenteellinenSosiaalityo.Core.Tests.Privacy;

/// <summary>Issue 12: crafted megabytes scan in linear time, and the plans' own text holds no identity code.</summary>
[Collection(CpuTimedTests.Name)]
public sealed class PersonalDataScannerScaleTests(ITestOutputHelper output)
{
    [Fact]
    public void Scan_CraftedMegabytes_FinishesWithoutATimeoutInLinearTime()
    {
        // The units that made the old e-mail and phone expressions work hardest, mixed, about 2 MB in all.
        string[] units = ["a@b.", "_a@b.fi", "a.", "0401 ", "09-1 ", "131052-", "+358 ", "a@b.fi+358401234567", "nimi (at) x", "0 "];
        var builder = new StringBuilder();
        var random = new Random(12);
        while (builder.Length < 2_000_000)
        {
            var unit = units[random.Next(units.Length)];
            builder.Insert(builder.Length, unit, 200);
        }

        var text = builder.ToString();
        var quarter = text[..(text.Length / 4)];
        PersonalDataScanner.Scan(quarter[..10_000], "warm-up");

        var small = CpuTime(() => PersonalDataScanner.Scan(quarter, "notes"));
        var (large, findings) = (CpuTime(() => PersonalDataScanner.Scan(text, "notes")), PersonalDataScanner.Scan(text, "notes"));
        output.WriteLine($"{quarter.Length:N0} characters: {small.TotalMilliseconds:F0} ms CPU; {text.Length:N0} characters: {large.TotalMilliseconds:F0} ms CPU, {findings.Count:N0} findings.");

        // No regular expression, so no timeout path: the scan returns, and four times the text costs about four times
        // the time (quadratic work would cost sixteen).
        Assert.NotEmpty(findings);
        Assert.True(large < TimeSpan.FromSeconds(1) || large < small * 8, $"2 MB took {large} of CPU; 0.5 MB took {small}.");
    }

    [Theory]
    [InlineData("01 ")]
    [InlineData("0401 ")]
    [InlineData("1")]
    [InlineData("0")]
    [InlineData("a@")]
    [InlineData("a.")]
    [InlineData("a-")]
    [InlineData("a@b.")]
    [InlineData("131052-")]
    [InlineData("+358 ")]
    [InlineData("09-1 ")]
    [InlineData("a@b.fi+358401234567")]
    [InlineData("_a@b.fi")]
    [InlineData("0401234567-")]
    [InlineData("05 352 000 ")]
    public void ScanAndRedact_LongHostileText_CostLinearTime(string unit)
    {
        string Text(int length) => string.Concat(Enumerable.Repeat(unit, length / unit.Length)) + "x";
        var (quarter, whole) = (Text(50_000), Text(200_000));
        void Both(string text)
        {
            PersonalDataScanner.Scan(text, "description");
            PersonalDataScanner.Redact(text);
        }

        Both(quarter[..1_000]);
        var small = CpuTime(() => Both(quarter));
        var large = CpuTime(() => Both(whole));

        // CPU time, not wall-clock time, and in a collection that runs alone, so a loaded machine does not fail it:
        // linear work on four times the text costs about four times as much; quadratic work would cost sixteen.
        Assert.True(large < TimeSpan.FromSeconds(1) || large < small * 8, $"200,000 characters took {large} of CPU; 50,000 took {small}.");
    }

    [Fact]
    public void Scan_ThePlansOwnText_HasNoIdentityCode()
    {
        var seeds = SeedsDirectory();
        var files = Directory.GetFiles(seeds, "*.txt");
        Assert.NotEmpty(files);

        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var findings = PersonalDataScanner.Scan(text, Path.GetFileName(file));
            output.WriteLine($"{Path.GetFileName(file)}: {text.Length:N0} characters, findings: {string.Join(", ", findings.GroupBy(f => f.Kind).Select(g => $"{g.Key} {g.Count()}"))}");
            Assert.DoesNotContain(findings, f => f.Kind == PersonalDataKind.PersonalIdentityCode);
        }
    }

    private static TimeSpan CpuTime(Action action)
    {
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        action();
        return Process.GetCurrentProcess().TotalProcessorTime - before;
    }

    // The plans are in ../shared/seeds beside the repository root (the directory that holds the solution).
    private static string SeedsDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RakenteellinenSosiaalityo.Core.sln")))
        {
            directory = directory.Parent;
        }

        Assert.True(directory is not null, "The repository root (RakenteellinenSosiaalityo.Core.sln) was not found above " + AppContext.BaseDirectory);
        var seeds = Path.GetFullPath(Path.Combine(directory!.FullName, "..", "shared", "seeds"));
        Assert.True(Directory.Exists(seeds), $"The plans' text is expected in {seeds} (../shared/seeds beside the repository root); it is missing, so this test cannot check it.");
        return seeds;
    }
}
