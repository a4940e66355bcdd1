namespace RakenteellinenSosiaalityo.Core.Clock;

/// <summary>Which part of a quarter a clock rule means (fi: vuosineljänneksen alku, loppu tai koko neljännes).</summary>
public enum QuarterPart
{
    /// <summary>The quarter's first month (JSON <c>quarterStart</c>).</summary>
    Start = 0,

    /// <summary>The quarter's last month (JSON <c>quarterEnd</c>).</summary>
    End = 1,

    /// <summary>Anywhere in the quarter (JSON <c>inQuarter</c>).</summary>
    Within = 2,
}
