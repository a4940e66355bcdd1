using NodaTime;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using static RakenteellinenSosiaalityo.Core.Tests.Reports.ReportFixtures;

namespace RakenteellinenSosiaalityo.Core.Tests.Reports;

/// <summary>
/// A report's content (K 4.3, EK 5.3 and annex 1; issue 16): each value's guard names the property it refuses, the
/// optional values take null, every free-text field is scanned under its own path in declaration order, and
/// <see cref="ReportContent.Redacted"/> clears every one of them.
/// </summary>
public sealed class ReportContentTests
{
    private static string ParamOf(Func<ReportContent> make) => Assert.ThrowsAny<ArgumentException>(() => make()).ParamName!;

    private static string MessageOf(Func<object> make) => Assert.ThrowsAny<ArgumentException>(() => make()).Message;

    // Each refusal says what the value must be (the messages are part of the contract: they tell the caller what to fix).
    [Fact]
    public void EachRefusal_SaysWhatTheValueMustBe()
    {
        var content = Content();

        Assert.StartsWith("An area id must be ", MessageOf(() => content with { AreaId = "Not An Area" }), StringComparison.Ordinal);
        Assert.StartsWith("A report's language is 'fi' or 'sv'.", MessageOf(() => content with { Language = "en" }), StringComparison.Ordinal);
        Assert.StartsWith("Theme ids are distinct and none is the default ThemeId.", MessageOf(() => content with { Themes = [default] }), StringComparison.Ordinal);
        Assert.StartsWith("The list must not hold empty or white-space texts.", MessageOf(() => content with { ClientGroups = [" "] }), StringComparison.Ordinal);
        Assert.StartsWith("The list must not hold a value twice.", MessageOf(() => content with { Subjects = [ReportSubject.ClientNeeds, ReportSubject.ClientNeeds] }), StringComparison.Ordinal);
        Assert.StartsWith("otherProfession is given only when the profession is 'other'.", MessageOf(() => new ReportAuthor("Sanna", Profession.SocialWorker, "kuraattori")), StringComparison.Ordinal);
        Assert.Contains("report id", MessageOf(() => new ReportId("R 17")), StringComparison.Ordinal);
    }

    // More than sixteen values are checked for repeats too (a set past that length instead of pairs).
    [Fact]
    public void LongLists_AreCheckedForRepeats_AsShortOnes()
    {
        var themes = Enumerable.Range(1, 17).Select(i => new ThemeId($"theme-{i}")).ToList();

        Assert.Equal(17, (Content() with { Themes = themes }).Themes.Count);
        Assert.Equal("Themes", ParamOf(() => Content() with { Themes = [.. themes, themes[3]] }));
    }

    [Fact]
    public void EachGuard_NamesTheValueItRefuses()
    {
        var content = Content();

        Assert.Equal("Authors", ParamOf(() => content with { Authors = [] }));
        Assert.Equal("Authors", ParamOf(() => content with { Authors = [null!] }));
        Assert.Equal("ServiceId", ParamOf(() => content with { ServiceId = default }));
        Assert.Equal("AreaId", ParamOf(() => content with { AreaId = "Not An Area" }));
        Assert.Equal("Language", ParamOf(() => content with { Language = "en" }));
        Assert.Equal("Supervisor", ParamOf(() => content with { Supervisor = " " }));
        Assert.Equal("Title", ParamOf(() => content with { Title = "" }));
        Assert.Equal("Description", ParamOf(() => content with { Description = null! }));
        Assert.Equal("ClientGroups", ParamOf(() => content with { ClientGroups = ["lapsiperheet", " "] }));
        Assert.Equal("ActionProposals", ParamOf(() => content with { ActionProposals = [""] }));
        Assert.Equal("Subjects", ParamOf(() => content with { Subjects = [(ReportSubject)99] }));
        Assert.Equal("Duties", ParamOf(() => content with { Duties = [StatutoryDuty.KnowledgeProduction, StatutoryDuty.KnowledgeProduction] }));
        Assert.Equal("Duties", ParamOf(() => content with { Duties = [(StatutoryDuty)99] }));
        Assert.Equal("Polarity", ParamOf(() => content with { Polarity = (ReportPolarity)99 }));
        Assert.Equal("Themes", ParamOf(() => content with { Themes = [default] }));
        Assert.Equal("Themes", ParamOf(() => content with { Themes = [new ThemeId("housing"), new ThemeId("housing")] }));
        Assert.StartsWith("A report has at least one author.", Assert.Throws<ArgumentException>(() => content with { Authors = [] }).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OptionalValues_TakeNull_AndTheValuesTheyAllow()
    {
        var content = Content() with { AreaId = "kotka", Language = "sv", Supervisor = null, Polarity = null, Themes = [new ThemeId("housing"), new ThemeId("income")] };

        Assert.Equal("kotka", content.AreaId);
        Assert.Equal("sv", content.Language);
        Assert.Null(content.Supervisor);
        Assert.Null(content.Polarity);
        Assert.Equal(2, content.Themes.Count);
        Assert.Null((content with { AreaId = null, Language = null }).AreaId);
        Assert.Equal("fi", ReportContent.DefaultLanguage);
        Assert.Equal("fi", (Content() with { Language = "fi" }).Language);
        Assert.Empty((Content() with { ClientGroups = null!, ActionProposals = null!, Subjects = null!, Duties = null!, Themes = null! }).ClientGroups);
    }

    [Fact]
    public void FindPersonalData_NamesEachFreeTextField_ByItsPath_InDeclarationOrder()
    {
        var content = Content() with
        {
            Authors = [new ReportAuthor("Sanna Sosiaalityöntekijä", Profession.SocialWorker), new ReportAuthor("Olli Ohjaaja", Profession.Other, "ohjaaja, p. 040 123 4567")],
            Supervisor = "esihenkilo@example.fi",
            Title = "Soita 040 765 4321",
            Description = "Kysy osoitteesta neuvonta@example.fi.",
            ClientGroups = ["lapsiperheet", "nuoret, p. 050 111 2222"],
            ActionProposals = ["Ota yhteyttä: kehittaja@example.fi"],
        };

        Assert.Equal(
            ["authors[1].otherProfession", "supervisor", "title", "description", "clientGroups[1]", "actionProposals[0]"],
            content.FindPersonalData().Select(f => f.Field));
    }

    [Fact]
    public void FindPersonalData_ReadsTheNamesOfEveryAuthor()
    {
        var content = Content() with { Authors = [new ReportAuthor("Sanna", Profession.SocialWorker), new ReportAuthor("Olli 131052-308T", Profession.SocialInstructor)] };

        var finding = Assert.Single(content.FindPersonalData());

        Assert.Equal("authors[1].name", finding.Field);
        Assert.Equal(PersonalDataKind.PersonalIdentityCode, finding.Kind);
    }

    [Fact]
    public void Redacted_ClearsEveryFreeTextField_AndKeepsTheRest()
    {
        var content = Content() with
        {
            Authors = [new ReportAuthor("Sanna a.b@example.fi", Profession.Other, "ohjaaja, p. 040 123 4567")],
            Supervisor = "esihenkilo@example.fi",
            Title = "Soita 040 765 4321",
            Description = "Kysy osoitteesta neuvonta@example.fi.",
            ClientGroups = ["nuoret, p. 050 111 2222"],
            ActionProposals = ["Ota yhteyttä: kehittaja@example.fi"],
        };
        Assert.Equal(7, content.FindPersonalData().Count);

        var redacted = content.Redacted();

        Assert.Empty(redacted.FindPersonalData());
        Assert.Equal(content.ServiceId, redacted.ServiceId);
        Assert.Equal(content.ObservedOn, redacted.ObservedOn);
        Assert.Equal(content.Subjects, redacted.Subjects);
        Assert.Equal(Profession.Other, Assert.Single(redacted.Authors).Profession);
        Assert.StartsWith("Sanna ", redacted.Authors[0].Name, StringComparison.Ordinal);
        Assert.Equal(Content(), Content().Redacted());
        Assert.Null((Content() with { Supervisor = null }).Redacted().Supervisor);
    }

    [Fact]
    public void ToString_ShowsServiceAndDate_NeverFreeText()
    {
        var text = Content() with { ObservedOn = new LocalDate(2025, 3, 1) };

        Assert.Equal("report content from child-welfare observed 2025-03-01", text.ToString());
    }

    [Fact]
    public void Author_GuardsNameProfessionAndOtherProfession()
    {
        Assert.Equal("name", Assert.ThrowsAny<ArgumentException>(() => new ReportAuthor(" ", Profession.SocialWorker)).ParamName);
        Assert.Equal("profession", Assert.ThrowsAny<ArgumentException>(() => new ReportAuthor("Sanna", (Profession)99)).ParamName);
        var missing = Assert.ThrowsAny<ArgumentException>(() => new ReportAuthor("Sanna", Profession.Other, " "));
        Assert.Equal("otherProfession", missing.ParamName);
        Assert.StartsWith("Name the profession in otherProfession when it is 'other'.", missing.Message, StringComparison.Ordinal);
        var extra = Assert.Throws<ArgumentException>(() => new ReportAuthor("Sanna", Profession.SocialWorker, "kuraattori"));
        Assert.Equal("otherProfession", extra.ParamName);
        Assert.Null(new ReportAuthor("Sanna", Profession.SocialWorker).OtherProfession);
        Assert.Equal(new ReportAuthor("Sanna", Profession.Other, "kuraattori"), new ReportAuthor("Sanna", Profession.Other, "kuraattori"));
        Assert.NotEqual(new ReportAuthor("Sanna", Profession.Other, "kuraattori"), new ReportAuthor("Sanna", Profession.Other, "perhetyöntekijä"));
    }

    [Fact]
    public void ReportId_GuardsItsText_AndPrintsIt()
    {
        Assert.True(ReportId.IsValid(new string('a', ReportId.MaxLength)));
        Assert.False(ReportId.IsValid(new string('a', ReportId.MaxLength + 1)));
        Assert.False(ReportId.IsValid(null));
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => new ReportId(null!)).ParamName);
        Assert.Equal(string.Empty, default(ReportId).ToString());
        Assert.Equal("R-17", new ReportId("R-17").ToString());
    }
}
