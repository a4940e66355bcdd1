using NodaTime;
using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Figures.Clock;
using RakenteellinenSosiaalityo.Core.Figures.Geometry;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Figures.Tests;

public sealed class ClockWheelTests
{
    public static TheoryData<string, Language> Wheels()
    {
        var data = new TheoryData<string, Language>();
        foreach (var region in BuiltInRegions.Ids)
        {
            foreach (var language in Enum.GetValues<Language>())
            {
                data.Add(region.Value, language);
            }
        }

        return data;
    }

    // K figure 3 and EK annex 3: every activity of the built-in clocks is on the wheel once, numbered as its rule in the legend.
    [Theory]
    [MemberData(nameof(Wheels))]
    public void BuiltInWheel_HasEveryActivityOnceAndEveryRuleLabelOnceInTheLegend(string region, Language language)
    {
        var clock = AnnualClock.For(BuiltInRegions.Get(new RegionId(region)), 2025);
        var document = FigureChecks.Parse(ClockWheel.ToSvg(clock, WheelOptions.Default with { Language = language }));

        var marks = document.Descendants(FigureChecks.Svg + "g").Where(g => (string?)g.Attribute("class") == "activity").ToList();
        Assert.Equal(clock.Activities.Count, marks.Count);
        foreach (var activity in clock.Activities)
        {
            var mark = Assert.Single(marks, m => (string?)m.Attribute("data-rule") == activity.Rule.Id.Value && (string?)m.Attribute("data-occurrence") == activity.Occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Contains(activity.Rule.Label.Get(language), mark.Element(FigureChecks.Svg + "title")!.Value, StringComparison.Ordinal);
        }

        var legendLabels = document.Descendants(FigureChecks.Svg + "text").Where(t => (string?)t.Attribute("class") == "legend-label").Select(FigureChecks.TextOf).ToList();
        foreach (var rule in clock.Activities.Select(a => a.Rule).Distinct())
        {
            Assert.Single(legendLabels, l => l == rule.Label.Get(language));
            Assert.Single(document.Descendants(FigureChecks.Svg + "g"), g => (string?)g.Attribute("class") == "legend-entry" && (string?)g.Attribute("data-rule") == rule.Id.Value);
        }
    }

    [Theory]
    [MemberData(nameof(Wheels))]
    public void BuiltInWheel_DrawsNothingOutsideTheViewBoxAndNoLabelsOverlap(string region, Language language)
    {
        var clock = AnnualClock.For(BuiltInRegions.Get(new RegionId(region)), 2025);
        var options = WheelOptions.Default with { Language = language };
        var layout = ClockWheel.Layout(clock, options);

        FigureChecks.AllCoordinatesInside(FigureChecks.Parse(ClockWheel.ToSvg(clock, options)));
        FigureChecks.LabelsInsideAndApart(layout.Labels, layout.ViewBox);
        WheelChecks.MarksApart(layout);
        WheelChecks.MonthLabelsOutsideTheWheel(layout);
    }

    [Fact]
    public void Wheel_HasTheTwelveMonthsInTheLanguageAndTheFourQuarters()
    {
        var clock = AnnualClock.For(BuiltInRegions.EtelaKarjala, 2025);
        var texts = FigureChecks.Parse(ClockWheel.ToSvg(clock, WheelOptions.Default with { Language = Language.Swedish }))
            .Descendants(FigureChecks.Svg + "text").ToList();

        Assert.Equal(["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"], texts.Where(t => (string?)t.Attribute("class") == "month").Select(t => t.Value));
        Assert.Equal(["Q1", "Q2", "Q3", "Q4"], texts.Where(t => (string?)t.Attribute("class") == "quarter").Select(t => t.Value));
    }

    [Fact]
    public void Wheel_MarksAMonthWindowFromTheMonthsFirstDayToItsLast()
    {
        var clock = AnnualClock.For(BuiltInRegions.EtelaKarjala, 2025);
        var layout = ClockWheel.Layout(clock);

        // The plan review is in December (EK 5.3): from day 334 of 365 to the year's end.
        var review = Assert.Single(layout.Marks, m => m.Activity.Rule.Id.Value == "plan-review");
        Assert.Equal(334 * 360.0 / 365, review.StartAngle, 6);
        Assert.Equal(360, review.EndAngle, 6);
    }

    [Fact]
    public void Wheel_WithALongLabel_WrapsItInTheLegendWithoutOverlap()
    {
        var longLabel = string.Join(" ", Enumerable.Repeat("Sosiaalityön verkoston ja johtoryhmän yhteinen kehittämispäivä", 6));
        var profile = BuiltInRegions.EtelaKarjala with
        {
            Clock = new ClockDefinition([.. BuiltInRegions.EtelaKarjala.Clock!.Rules, new ClockRule { Id = new ClockRuleId("long"), Activity = ActivityKind.Planning, Label = new LocalizedText(longLabel), Responsible = new("network"), When = ClockWhen.InMonth(3) }]),
        };
        var layout = ClockWheel.Layout(AnnualClock.For(profile, 2025));

        var entry = Assert.Single(layout.Entries, e => e.Rule.Id.Value == "long");
        Assert.True(entry.Label.Lines.Count > 2);
        Assert.Equal(longLabel, entry.Label.Text);
        Assert.True(entry.Label.Box.Right <= (layout.Width / 2) + 20 || entry.Label.Box.X >= layout.Width / 2, "A legend label stays in its column.");
        FigureChecks.LabelsInsideAndApart(layout.Labels, layout.ViewBox);
    }

    [Fact]
    public void Wheel_WithProgress_ShadesEachMarkByItsStatusAndShowsTheCounts()
    {
        var clock = AnnualClock.For(BuiltInRegions.EtelaKarjala, 2025);
        var asOf = new LocalDate(2025, 6, 15);
        var done = clock.Activities.Where(a => a.End < asOf).Take(3).Select(a => new ActivityCompletion(a.Rule.Id, a.Start)).ToList();
        var progress = clock.Progress(done, asOf);
        var document = FigureChecks.Parse(ClockWheel.ToSvg(clock, WheelOptions.Default with { Progress = progress }));

        var statuses = document.Descendants(FigureChecks.Svg + "g").Where(g => (string?)g.Attribute("class") == "activity").GroupBy(g => (string?)g.Attribute("data-status")).ToDictionary(g => g.Key!, g => g.Count());
        Assert.Equal(progress.Done.Count, statuses["done"]);
        Assert.Equal(progress.Overdue.Count, statuses["overdue"]);
        Assert.Equal(progress.Upcoming.Count, statuses["upcoming"]);
        var swatchTexts = document.Descendants(FigureChecks.Svg + "text").Where(t => (string?)t.Attribute("class") == "swatch-label").Select(t => t.Value).ToList();
        Assert.Contains($"Tehty ({progress.Done.Count})", swatchTexts);
        Assert.Contains($"Myöhässä ({progress.Overdue.Count})", swatchTexts);
        Assert.NotNull(ClockWheel.Layout(clock, WheelOptions.Default with { Progress = progress }).AsOfAngle);
    }

    [Fact]
    public void Wheel_WithTheProgressOfAnotherClock_IsRefused()
    {
        var other = AnnualClock.For(BuiltInRegions.Kymenlaakso, 2025).Progress([], new LocalDate(2025, 6, 1));

        var error = Assert.Throws<ArgumentException>(() => ClockWheel.ToSvg(AnnualClock.For(BuiltInRegions.EtelaKarjala, 2025), WheelOptions.Default with { Progress = other }));
        Assert.Contains("not of this clock", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wheel_IsTheSameBytesInAnyCulture()
    {
        var clock = AnnualClock.For(BuiltInRegions.Kymenlaakso, 2025);

        Assert.Equal(ClockWheel.ToSvg(clock), FigureChecks.InCommaCulture(() => ClockWheel.ToSvg(clock)));
    }

    [Fact]
    public void Wheel_WritesToAStreamAsUtf8WithoutAByteOrderMark()
    {
        var clock = AnnualClock.For(BuiltInRegions.Kymenlaakso, 2025);
        using var stream = new MemoryStream();
        ClockWheel.WriteSvg(clock, stream, null);

        var bytes = stream.ToArray();
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal(ClockWheel.ToSvg(clock), System.Text.Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Wheel_WithAPhoneNumberInALabel_DoesNotShowIt()
    {
        var profile = BuiltInRegions.Kymenlaakso with
        {
            Clock = new ClockDefinition([new ClockRule { Id = new ClockRuleId("call"), Activity = ActivityKind.Meeting, Label = new LocalizedText("Soita 040 1234567"), Responsible = new("working-group"), When = ClockWhen.InMonth(2) }]),
        };

        Assert.DoesNotContain("1234567", ClockWheel.ToSvg(AnnualClock.For(profile, 2025)), StringComparison.Ordinal);
    }

    [Fact]
    public void Wheel_OfAClockWithoutActivities_IsAnEmptyWheelWithItsMonths()
    {
        var layout = ClockWheel.Layout(AnnualClock.For(BuiltInRegions.Kymenlaakso with { Clock = null }, 2025));

        Assert.Empty(layout.Marks);
        Assert.Equal(12, layout.Labels.Count(l => l.Role == "month"));
    }
}
