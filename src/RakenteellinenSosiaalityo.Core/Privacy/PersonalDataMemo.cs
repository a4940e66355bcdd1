namespace RakenteellinenSosiaalityo.Core.Privacy;

/// <summary>
/// The findings of a personal-data scan, remembered by the immutable value that was scanned so that the same instance
/// is not scanned again (a million synthetic reports share a few hundred contents, each submitted once per report).
/// </summary>
/// <remarks>
/// It takes no part in the value's equality: every memo equals every other and hashes alike, so a record holding one
/// compares as before. A copy made with <c>with</c> inherits the memo of its original, which names another owner and is
/// ignored: findings count only for the very instance that was scanned. Safe across threads: the owner and its
/// findings are one immutable object, written and read as one reference.
/// </remarks>
internal struct PersonalDataMemo : IEquatable<PersonalDataMemo>
{
    private Remembered? remembered;

    /// <summary>The findings remembered for <paramref name="owner"/>, or null when it has not been scanned.</summary>
    public readonly IReadOnlyList<PersonalDataFinding>? For(object owner) =>
        remembered is { } known && ReferenceEquals(known.Owner, owner) ? known.Findings : null;

    /// <summary>Remembers <paramref name="findings"/> (immutable) for <paramref name="owner"/> and returns them.</summary>
    public IReadOnlyList<PersonalDataFinding> Remember(object owner, IReadOnlyList<PersonalDataFinding> findings)
    {
        remembered = new Remembered(owner, findings);
        return findings;
    }

    /// <summary>Always true: a memo is not part of a value.</summary>
    public readonly bool Equals(PersonalDataMemo other) => true;

    /// <summary>Always true for another memo: a memo is not part of a value.</summary>
    public override readonly bool Equals(object? obj) => obj is PersonalDataMemo;

    /// <summary>The same for every memo.</summary>
    public override readonly int GetHashCode() => 0;

    private sealed record Remembered(object Owner, IReadOnlyList<PersonalDataFinding> Findings);
}
