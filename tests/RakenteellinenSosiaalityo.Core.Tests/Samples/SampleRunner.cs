using AnnualCycle;

namespace RakenteellinenSosiaalityo.Core.Tests.Samples;

/// <summary>Runs the AnnualCycle sample's command line in process, capturing its exit code, output and errors.</summary>
internal static class SampleRunner
{
    public static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CommandLine.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
