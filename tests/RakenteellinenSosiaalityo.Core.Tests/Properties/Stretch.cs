namespace RakenteellinenSosiaalityo.Core.Tests.Properties;

/// <summary>Days relative to a day: where a stretch starts and how many days it runs after its first.</summary>
/// <param name="Offset">Days from the day to the stretch's first day (negative: before).</param>
/// <param name="Length">Days after the first day (0: one day).</param>
public sealed record Stretch(int Offset, int Length);
