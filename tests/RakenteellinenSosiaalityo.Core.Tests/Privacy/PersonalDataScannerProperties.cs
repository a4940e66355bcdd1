using FsCheck.Xunit;
using RakenteellinenSosiaalityo.Core.Privacy;

namespace RakenteellinenSosiaalityo.Core.Tests.Privacy;

public sealed class PersonalDataScannerProperties
{
    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(PrivacyArbitraries) })]
    public void ValidIdentityCode_InText_IsAlwaysFound(EmbeddedSample sample)
    {
        var findings = PersonalDataScanner.Scan(sample.Text, "description");

        Assert.Contains(new PersonalDataFinding("description", PersonalDataKind.PersonalIdentityCode, sample.Start, sample.Value.Length), findings);
        Assert.Single(findings);
        Assert.Equal(!sample.Value.Any(char.IsLower), PersonalIdentityCode.IsValid(sample.Value));
        Assert.True(PersonalIdentityCode.IsValid(sample.Value.ToUpperInvariant()));
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(PrivacyArbitraries) })]
    public void InvalidIdentityCode_InText_IsNeverFound(InvalidIdentityCodeSample invalid)
    {
        var sample = invalid.Sample;

        Assert.False(PersonalIdentityCode.IsValid(sample.Value));
        Assert.Empty(PersonalDataScanner.Scan(sample.Text, "description"));
        Assert.False(PersonalDataScanner.ContainsPersonalData(sample.Text));
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(PrivacyArbitraries) })]
    public void PhoneNumber_InText_IsFound(PhoneNumberSample phone)
    {
        var sample = phone.Sample;

        var finding = Assert.Single(PersonalDataScanner.Scan(sample.Text, "notes"));

        Assert.Equal(new PersonalDataFinding("notes", PersonalDataKind.PhoneNumber, sample.Start, sample.Value.Length), finding);
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(PrivacyArbitraries) })]
    public void EmailAddress_InText_IsFound(EmailAddressSample email)
    {
        var sample = email.Sample;

        var finding = Assert.Single(PersonalDataScanner.Scan(sample.Text, "notes"));

        Assert.Equal(new PersonalDataFinding("notes", PersonalDataKind.EmailAddress, sample.Start, sample.Value.Length), finding);
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(PrivacyArbitraries) })]
    public void Redact_MixedText_LeavesNoFindingAndKeepsTheRest(MixedSample sample)
    {
        var redacted = PersonalDataScanner.Redact(sample.Text);

        Assert.Equal(sample.Expected, redacted);
        Assert.Empty(PersonalDataScanner.Scan(redacted, "description"));
        Assert.False(PersonalDataScanner.ContainsPersonalData(redacted));
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(PrivacyArbitraries) })]
    public void Scan_MixedText_FindingsAreOrderedAndDoNotOverlap(MixedSample sample)
    {
        var findings = PersonalDataScanner.Scan(sample.Text, "description");

        for (var i = 1; i < findings.Count; i++)
        {
            Assert.True(findings[i - 1].End <= findings[i].Start);
        }

        Assert.Equal(findings.Count > 0, PersonalDataScanner.ContainsPersonalData(sample.Text));
    }
}
