using RakenteellinenSosiaalityo.Core.Clock;

namespace RakenteellinenSosiaalityo.Core.Figures.Geometry;

/// <summary>The colours of the figures: a qualitative palette for activity kinds, all dark enough for a white badge on them and distinct in print.</summary>
internal static class Palette
{
    public const string Text = "#1a1a1a";
    public const string Muted = "#4d4d4d";
    public const string Line = "#9aa5b1";
    public const string Grid = "#d5dbe1";
    public const string BandA = "#e3ecf5";
    public const string BandB = "#f2f6fa";
    public const string Accent = "#1f5f99";
    public const string Recurring = "#c2541a";
    public const string Overdue = "#c00000";
    public const string Positive = "#2e7d32";
    public const string Negative = "#b71c1c";
    public const string Neutral = "#7a7a7a";

    public static string Of(ActivityKind kind) => kind switch
    {
        ActivityKind.Meeting => "#1f77b4",
        ActivityKind.Workshop => "#ff7f0e",
        ActivityKind.Compilation => "#2ca02c",
        ActivityKind.PeriodEnd => "#d62728",
        ActivityKind.Review => "#9467bd",
        ActivityKind.InfoSession => "#8c564b",
        ActivityKind.ReportContribution => "#e377c2",
        ActivityKind.PhenomenonSelection => "#7f7f7f",
        ActivityKind.Approval => "#bcbd22",
        ActivityKind.Feedback => "#17becf",
        ActivityKind.Planning => "#393b79",
        ActivityKind.PlanReview => "#637939",
        _ => "#843c39",
    };
}
