namespace AnnualCycle;

/// <summary>An option with a value that one section of the main job takes out of the arguments before the main parser sees them.</summary>
internal static class SampleOption
{
    /// <summary>Takes <c>{name} &lt;value&gt;</c> out of <paramref name="args"/> (the last one wins); false with a problem when the value is missing.</summary>
    public static bool TryTake(ref string[] args, string name, string valueDescription, out string? value, out string problem)
    {
        value = null;
        problem = string.Empty;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] != name)
            {
                rest.Add(args[i]);
                continue;
            }

            if (i + 1 >= args.Length || string.IsNullOrWhiteSpace(args[i + 1]))
            {
                problem = $"{name} needs a value: {valueDescription}.";
                return false;
            }

            value = args[++i];
        }

        args = [.. rest];
        return true;
    }
}
