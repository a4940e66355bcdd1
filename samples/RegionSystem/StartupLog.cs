namespace RegionSystem;

/// <summary>The sample's own log lines.</summary>
internal static partial class StartupLog
{
    /// <summary>One problem of the region configuration that stops the start: file, JSON path and rule, no personal data.</summary>
    [LoggerMessage(EventId = 1, Level = LogLevel.Critical, Message = "Invalid region configuration: {Problem}")]
    public static partial void InvalidRegion(ILogger logger, string problem);
}
