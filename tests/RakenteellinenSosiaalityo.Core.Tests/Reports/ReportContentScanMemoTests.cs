using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Reports;
using static RakenteellinenSosiaalityo.Core.Tests.Reports.ReportFixtures;

namespace RakenteellinenSosiaalityo.Core.Tests.Reports;

/// <summary>
/// <see cref="ReportContent.FindPersonalData"/> remembers its findings per instance (issue 11, generation at scale):
/// a copy never inherits the findings of its original, and the memo takes no part in equality.
/// </summary>
public sealed class ReportContentScanMemoTests
{
    [Fact]
    public void FindPersonalData_OnACopyWithPersonalData_FindsItAfterTheOriginalWasScannedClean()
    {
        var clean = Content();
        Assert.Empty(clean.FindPersonalData());

        var leaking = clean with { Description = "Soita 040 1234567 tai kirjoita matti@example.fi." };

        var kinds = leaking.FindPersonalData().Select(f => f.Kind).ToList();
        Assert.Contains(PersonalDataKind.PhoneNumber, kinds);
        Assert.Contains(PersonalDataKind.EmailAddress, kinds);
        Assert.Empty(clean.FindPersonalData());
    }

    [Fact]
    public void FindPersonalData_OnARedactedCopy_FindsNothingAfterTheOriginalWasScanned()
    {
        var leaking = Content(description: "Henkilötunnus 131052-308T mainittiin.");
        Assert.NotEmpty(leaking.FindPersonalData());

        Assert.Empty(leaking.Redacted().FindPersonalData());
        Assert.NotEmpty(leaking.FindPersonalData());
    }

    [Fact]
    public void Equality_DoesNotDependOnWhetherTheContentWasScanned()
    {
        var scanned = Content();
        var fresh = Content();
        _ = scanned.FindPersonalData();

        Assert.Equal(fresh, scanned);
        Assert.Equal(fresh.GetHashCode(), scanned.GetHashCode());
        Assert.NotEqual(fresh, scanned with { Description = "Toinen kuvaus." });
    }

    [Fact]
    public void FindPersonalData_CalledTwice_GivesEqualFindings()
    {
        var leaking = Content(description: "Soita 040 1234567.");

        Assert.Equal(leaking.FindPersonalData(), leaking.FindPersonalData());
    }
}
