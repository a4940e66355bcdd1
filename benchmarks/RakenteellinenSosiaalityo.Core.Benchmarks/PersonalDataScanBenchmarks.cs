using System.Text;
using BenchmarkDotNet.Attributes;
using RakenteellinenSosiaalityo.Core.Privacy;

namespace RakenteellinenSosiaalityo.Core.Benchmarks;

/// <summary>
/// Throughput of the privacy guard on report-like text (Finnish prose with dates, counts, statute numbers and, now and
/// then, an identity code, a phone number or an e-mail address), against a plain search for digits and at signs:
/// the least any scanner has to do.
/// </summary>
[MemoryDiagnoser]
public class PersonalDataScanBenchmarks
{
    private static readonly string[] Pieces =
    [
        "Asiakas kertoi tilanteesta työntekijälle. ", "Talvikausi 1.12.–31.5. ", "laki 1301/2014 § 7 ", "kokous 05-06-2025 ",
        "321 rekisteröintiä, 11 x ohjaus. ", "Y-tunnus 3221311-5. ", "hetu 131052-308T ", "puh. 040 123 4567 ",
        "matti.meikalainen@example.fi ", "Dnro 014-2025 ", "viikot 05 06 07 ", "FI44 8405 0217 7077 82 ",
    ];

    private string text = string.Empty;

    [Params(10_000, 1_000_000)]
    public int Characters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2025);
        var builder = new StringBuilder(Characters + 64);
        while (builder.Length < Characters)
        {
            // Mostly prose: personal data in about one piece of twelve.
            builder.Append(random.Next(3) == 0 ? Pieces[random.Next(Pieces.Length)] : Pieces[random.Next(2)]);
        }

        text = builder.ToString();
    }

    [Benchmark(Baseline = true)]
    public int DigitsAndAtSigns() => text.AsSpan().Count('@') + text.AsSpan().IndexOfAnyInRange('0', '9');

    [Benchmark]
    public int Scan() => PersonalDataScanner.Scan(text, "description").Count;

    [Benchmark]
    public int Redact() => PersonalDataScanner.Redact(text).Length;
}
