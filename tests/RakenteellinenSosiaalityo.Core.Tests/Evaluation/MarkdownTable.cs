using System.Text;

namespace RakenteellinenSosiaalityo.Core.Tests.Evaluation;

/// <summary>Reads a Markdown table back into its cells, undoing the escapes of pipes and backslashes.</summary>
internal static class MarkdownTable
{
    public static List<List<string>> Rows(string markdown) =>
        markdown.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Cells).ToList();

    private static List<string> Cells(string line)
    {
        Assert.StartsWith("| ", line.Replace("|---", "| ---", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.EndsWith("|", line, StringComparison.Ordinal);
        var cells = new List<string>();
        var cell = new StringBuilder();
        for (var i = 1; i < line.Length; i++)
        {
            switch (line[i])
            {
                case '\\' when i + 1 < line.Length:
                    cell.Append(line[++i]);
                    break;
                case '|':
                    cells.Add(cell.ToString().Trim());
                    cell.Clear();
                    break;
                default:
                    cell.Append(line[i]);
                    break;
            }
        }

        return cells;
    }
}
