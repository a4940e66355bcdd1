using System.Text;

namespace RakenteellinenSosiaalityo.Core.Figures.Text;

/// <summary>Text for a Markdown line or table cell: Markdown's active characters escaped (as Core's export does).</summary>
internal static class MarkdownText
{
    public static string Escape(string text)
    {
        var md = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (ch is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|')
            {
                md.Append('\\');
            }

            md.Append(ch);
        }

        return md.ToString();
    }
}
