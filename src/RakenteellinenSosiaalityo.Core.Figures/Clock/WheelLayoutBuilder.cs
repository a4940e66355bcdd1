using NodaTime;
using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Figures.Geometry;
using RakenteellinenSosiaalityo.Core.Figures.Text;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Figures.Clock;

/// <summary>Computes a <see cref="WheelLayout"/>: track packing, the wheel's size, month and quarter labels, the legends.</summary>
internal static class WheelLayoutBuilder
{
    public const double MinWidth = 1000;
    public const double Margin = 30;
    public const double TrackWidth = 28;
    public const double BadgeRadius = 11;
    public const double HubRadius = 64;
    public const double BandWidth = 36;
    public const double MinRadius = 360;
    public const double MonthFont = 16;
    public const double MonthGap = 12;

    // A badge claims this much arc on its track, so that two badges on a track are at least 1.6 diameters apart
    // (their boxes cannot touch even at 45°).
    private const double BadgeArc = BadgeRadius * 2 * 1.6;

    public static WheelLayout Build(AnnualClock clock, WheelOptions options)
    {
        var language = options.Language;
        var profile = clock.Profile;
        var status = Statuses(clock, options.Progress);
        var days = CalendarSystem.Iso.GetDaysInYear(clock.Year);
        var yearStart = new LocalDate(clock.Year, 1, 1);

        // Rules are numbered in the order their first activity comes in the year.
        var numbers = new Dictionary<ClockRule, int>(ReferenceEqualityComparer.Instance);
        foreach (var activity in clock.Activities)
        {
            numbers.TryAdd(activity.Rule, numbers.Count + 1);
        }

        var spans = clock.Activities.Select(a => Span(a, yearStart, days)).ToArray();
        var rules = clock.Activities.Select((a, i) => (a.Rule, i)).GroupBy(x => numbers[x.Rule]).OrderBy(g => g.Key).Select(g => g.Select(x => x.i).ToList()).ToList();
        var radius = MinRadius;
        int[] tracks;
        while (true)
        {
            tracks = Pack(spans, rules, radius, out var used);
            var capacity = (int)Math.Floor((radius - BandWidth - 8 - HubRadius) / TrackWidth);
            if (used <= capacity)
            {
                break;
            }

            radius = HubRadius + 8 + BandWidth + (used * TrackWidth);
        }

        var monthLabels = Enumerable.Range(1, 12).Select(m => TextMeasure.Clean(Vocabulary.Month(m, language))).ToArray();
        var monthWidth = monthLabels.Max(l => TextMeasure.Width(l, MonthFont));
        var monthHeight = TextMeasure.Height(1, MonthFont);
        var width = Math.Max(MinWidth, 2 * (radius + MonthGap + monthWidth + Margin));
        var labels = new List<FigureLabel>();

        var title = TextMeasure.Clean(options.Title?.Get(language)
            ?? $"{profile.Name.Get(language)}: {Vocabulary.T(language, "vuosikello", "årsklocka", "annual clock")} {Vocabulary.Number(clock.Year)}");
        var titleLabel = FigureLabel.At("title", TextMeasure.Wrap(title, width - (2 * Margin), 26, bold: true), Margin, Margin, 26, bold: true);
        labels.Add(titleLabel);

        var center = new Point(width / 2, titleLabel.Box.Bottom + 16 + radius + MonthGap + monthHeight + 4);
        var bandInner = radius - BandWidth;
        var monthStarts = Enumerable.Range(0, 13).Select(m => m == 12 ? 360.0 : DayAngle(yearStart.PlusMonths(m), yearStart, days)).ToArray();
        for (var m = 0; m < 12; m++)
        {
            var angle = (monthStarts[m] + monthStarts[m + 1]) / 2;
            var anchor = Point.OnCircle(center, radius + MonthGap, angle);
            var w = TextMeasure.Width(monthLabels[m], MonthFont);
            var dx = Math.Sin(angle * Math.PI / 180);
            var dy = -Math.Cos(angle * Math.PI / 180);
            var box = new Box(anchor.X + ((dx - 1) * w / 2), anchor.Y + ((dy - 1) * monthHeight / 2), w, monthHeight);
            labels.Add(new FigureLabel("month", [monthLabels[m]], box, MonthFont, false, TextAnchor.Middle, Palette.Text));
        }

        for (var q = 0; q < 4; q++)
        {
            var angle = (monthStarts[3 * q] + monthStarts[(3 * q) + 3]) / 2;
            var at = Point.OnCircle(center, radius - (BandWidth / 2), angle);
            labels.Add(FigureLabel.Centered("quarter", [$"Q{q + 1}"], at.X, at.Y, 14, bold: true, fill: Palette.Accent));
        }

        labels.Add(FigureLabel.Centered("year", [Vocabulary.Number(clock.Year)], center.X, center.Y, 28, bold: true));

        var marks = new List<WheelMark>();
        for (var i = 0; i < spans.Length; i++)
        {
            var (start, end) = spans[i];
            var r = TrackRadius(radius, tracks[i]);
            var mid = (start + end) / 2;
            var half = Math.Max(end - start, Degrees(BadgeArc, r)) / 2;
            var badge = Point.OnCircle(center, r, mid);
            var number = numbers[clock.Activities[i].Rule];
            var numberLabel = FigureLabel.Centered("badge-number", [Vocabulary.Number(number)], badge.X, badge.Y, 11, bold: true);
            marks.Add(new WheelMark(clock.Activities[i], number, tracks[i], r, start, end, mid - half, mid + half, badge, BadgeRadius, status[i], numberLabel));
        }

        labels.AddRange(marks.Select(m => m.NumberLabel));

        double? asOfAngle = options.Progress is { } progress && progress.AsOf.Year == clock.Year
            ? DayAngle(progress.AsOf, yearStart, days) + (180.0 / days)
            : null;

        var y = center.Y + radius + MonthGap + monthHeight + 28;
        var statuses = new List<Swatch>();
        if (options.Progress is { } shown)
        {
            var heading = FigureLabel.At("heading", [TextMeasure.Clean($"{Vocabulary.T(language, "Tilanne", "Läget", "Status on")} {FinnishDate.Format(shown.AsOf)}")], Margin, y, 17, bold: true);
            labels.Add(heading);
            y = heading.Box.Bottom + 8;
            var items = new (string Key, string Text, string Fill, string? Stroke, double Opacity)[]
            {
                ("done", $"{Vocabulary.T(language, "Tehty", "Genomfört", "Done")} ({Vocabulary.Number(shown.Done.Count)})", Palette.Muted, null, 1),
                ("overdue", $"{Vocabulary.T(language, "Myöhässä", "Försenat", "Overdue")} ({Vocabulary.Number(shown.Overdue.Count)})", "#ffe3e3", Palette.Overdue, 1),
                ("upcoming", $"{Vocabulary.T(language, "Tulossa", "Kommande", "Upcoming")} ({Vocabulary.Number(shown.Upcoming.Count)})", "#c7c7c7", null, 1),
            };
            y = Grid(items.Select(i => (i.Key, i.Text, i.Fill, i.Stroke, i.Opacity)).ToList(), width, y, statuses, labels);
            y += 10;
        }

        var activitiesHeading = FigureLabel.At("heading", [Vocabulary.T(language, "Toiminnot", "Aktiviteter", "Activities")], Margin, y, 17, bold: true);
        labels.Add(activitiesHeading);
        y = activitiesHeading.Box.Bottom + 8;
        var entries = Legend(clock, numbers, language, width, ref y);
        labels.AddRange(entries.SelectMany(e => new[] { e.NumberLabel, e.Label, e.Detail }));

        y += 10;
        var kindsHeading = FigureLabel.At("heading", [Vocabulary.T(language, "Toiminnan lajit", "Typer av aktiviteter", "Kinds of activity")], Margin, y, 17, bold: true);
        labels.Add(kindsHeading);
        y = kindsHeading.Box.Bottom + 8;
        var kinds = new List<Swatch>();
        var present = clock.Activities.Select(a => a.Rule.Activity).Distinct().Order().ToList();
        y = Grid(present.Select(k => (k.ToString(), Vocabulary.Kind(k, language), Palette.Of(k), (string?)null, 1.0)).ToList(), width, y, kinds, labels);

        var description = Describe(clock, marks, numbers.Count, language);
        return new WheelLayout(width, y + Margin, title, description, center, HubRadius, bandInner, radius, TrackWidth, tracks.Length == 0 ? 0 : tracks.Max() + 1, monthStarts, marks, entries, kinds, statuses, asOfAngle, labels);
    }

    /// <summary>The tooltip of a mark: number, label, dates, and the shading's meaning.</summary>
    public static string Tooltip(WheelLayout layout, WheelMark mark)
    {
        var activity = mark.Activity;
        var when = activity.IsSingleDay ? FinnishDate.Format(activity.Start) : $"{FinnishDate.Format(activity.Start)}–{FinnishDate.Format(activity.End)}";
        var entry = layout.Entries.First(e => e.Number == mark.Number);
        return $"{Vocabulary.Number(mark.Number)}. {entry.Label.Text}, {when}";
    }

    private static double TrackRadius(double radius, int track) => radius - BandWidth - 4 - ((track + 0.5) * TrackWidth);

    private static double Degrees(double arc, double radius) => arc / Math.Max(radius, HubRadius) * 180 / Math.PI;

    private static double DayAngle(LocalDate date, LocalDate yearStart, int days) =>
        Period.Between(yearStart, date, PeriodUnits.Days).Days * 360.0 / days;

    private static (double Start, double End) Span(ScheduledActivity activity, LocalDate yearStart, int days)
    {
        var first = Math.Clamp(Period.Between(yearStart, activity.Start, PeriodUnits.Days).Days, 0, days - 1);
        var last = Math.Clamp(Period.Between(yearStart, activity.End, PeriodUnits.Days).Days, first, days - 1);
        return (first * 360.0 / days, (last + 1) * 360.0 / days);
    }

    /// <summary>
    /// Greedy interval packing on a circle, outermost track first, a rule at a time: all the activities of a rule go to
    /// the first track where each one's claimed arc is free, so that a rule keeps one ring, as in the plans' wheels.
    /// </summary>
    private static int[] Pack((double Start, double End)[] spans, IReadOnlyList<List<int>> rules, double radius, out int used)
    {
        var tracks = new List<List<(double From, double To)>>();
        var result = new int[spans.Length];
        foreach (var rule in rules)
        {
            // The whole rule on one track if some track (at worst a new, empty one) holds it; a rule whose own
            // activities overlap (a window longer than the gap between two) goes an activity at a time.
            var placed = false;
            for (var t = 0; t <= tracks.Count && !placed; t++)
            {
                var claims = rule.Select(i => Claim(spans[i], TrackRadius(radius, t))).ToList();
                var taken = t < tracks.Count ? tracks[t] : [];
                if (claims.Any(claim => taken.Any(other => Overlap(other, claim))) || claims.Where((a, i) => claims.Skip(i + 1).Any(b => Overlap(a, b))).Any())
                {
                    continue;
                }

                if (t == tracks.Count)
                {
                    tracks.Add([]);
                }

                tracks[t].AddRange(claims);
                foreach (var i in rule)
                {
                    result[i] = t;
                }

                placed = true;
            }

            if (placed)
            {
                continue;
            }

            foreach (var i in rule)
            {
                for (var t = 0; ; t++)
                {
                    if (t == tracks.Count)
                    {
                        tracks.Add([]);
                    }

                    var claim = Claim(spans[i], TrackRadius(radius, t));
                    if (!tracks[t].Any(other => Overlap(other, claim)))
                    {
                        tracks[t].Add(claim);
                        result[i] = t;
                        break;
                    }
                }
            }
        }

        used = tracks.Count;
        return result;
    }

    private static (double From, double To) Claim((double Start, double End) span, double radius)
    {
        var mid = (span.Start + span.End) / 2;
        var half = Math.Max(span.End - span.Start, Degrees(BadgeArc, radius)) / 2;
        return (mid - half, mid + half);
    }

    private static bool Overlap((double From, double To) a, (double From, double To) b)
    {
        if (a.To - a.From >= 360 || b.To - b.From >= 360)
        {
            return true;
        }

        foreach (var shift in new[] { -360.0, 0, 360 })
        {
            if (a.From < b.To + shift && b.From + shift < a.To)
            {
                return true;
            }
        }

        return false;
    }

    private static MarkStatus[] Statuses(AnnualClock clock, ClockProgress? progress)
    {
        var result = new MarkStatus[clock.Activities.Count];
        if (progress is null)
        {
            return result;
        }

        var of = new Dictionary<ScheduledActivity, MarkStatus>();
        foreach (var a in progress.Done)
        {
            of[a] = MarkStatus.Done;
        }

        foreach (var a in progress.Overdue)
        {
            of[a] = MarkStatus.Overdue;
        }

        foreach (var a in progress.Upcoming)
        {
            of[a] = MarkStatus.Upcoming;
        }

        if (of.Count != clock.Activities.Count || clock.Activities.Any(a => !of.ContainsKey(a)))
        {
            throw new ArgumentException(
                $"The progress is not of this clock ({clock}): it has {of.Count} activities, the clock {clock.Activities.Count}. Pass the result of this clock's Progress.",
                nameof(progress));
        }

        for (var i = 0; i < result.Length; i++)
        {
            result[i] = of[clock.Activities[i]];
        }

        return result;
    }

    private static List<WheelLegendEntry> Legend(AnnualClock clock, Dictionary<ClockRule, int> numbers, Language language, double width, ref double y)
    {
        var columnGap = 40.0;
        var columnWidth = (width - (2 * Margin) - columnGap) / 2;
        var blocks = new List<(ClockRule Rule, int Number, IReadOnlyList<string> Label, IReadOnlyList<string> Detail, double Height)>();
        foreach (var (rule, number) in numbers.OrderBy(n => n.Value))
        {
            var label = TextMeasure.Wrap(TextMeasure.Clean(rule.Label.Get(language)), columnWidth - 32, 15);
            var responsible = clock.Profile.FindActor(rule.Responsible)?.Name.Get(language) ?? rule.Responsible.Value;
            var detailText = TextMeasure.Clean($"{Schedule(clock.Activities.Where(a => ReferenceEquals(a.Rule, rule)), language)} · {Vocabulary.T(language, "vastuu", "ansvar", "responsible")}: {responsible}");
            var detail = TextMeasure.Wrap(detailText, columnWidth - 32, 13);
            var height = Math.Max(2 * BadgeRadius, TextMeasure.Height(label.Count, 15) + 2 + TextMeasure.Height(detail.Count, 13)) + 10;
            blocks.Add((rule, number, label, detail, height));
        }

        // Column-major, balanced by height: the numbers read down the left column, then down the right.
        var total = blocks.Sum(b => b.Height);
        var entries = new List<WheelLegendEntry>();
        var top = y;
        double left = 0;
        var split = blocks.Count;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (i > 0 && left + (blocks[i].Height / 2) > total / 2)
            {
                split = i;
                break;
            }

            left += blocks[i].Height;
        }

        double bottom = top;
        for (var column = 0; column < 2; column++)
        {
            var x = Margin + (column * (columnWidth + columnGap));
            var at = top;
            foreach (var block in column == 0 ? blocks.Take(split) : blocks.Skip(split))
            {
                var badge = new Point(x + BadgeRadius + 1, at + BadgeRadius + 1);
                var numberLabel = FigureLabel.Centered("legend-number", [Vocabulary.Number(block.Number)], badge.X, badge.Y, 11, bold: true);
                var label = FigureLabel.At("legend-label", block.Label, x + 32, at, 15);
                var detail = FigureLabel.At("legend-detail", block.Detail, x + 32, label.Box.Bottom + 2, 13, fill: Palette.Muted);
                entries.Add(new WheelLegendEntry(block.Rule, block.Number, badge, BadgeRadius, numberLabel, label, detail));
                at += block.Height;
            }

            bottom = Math.Max(bottom, at);
        }

        y = bottom;
        return entries;
    }

    private static double Grid(List<(string Key, string Text, string Fill, string? Stroke, double Opacity)> items, double width, double y, List<Swatch> swatches, List<FigureLabel> labels)
    {
        const int columns = 3;
        var cell = (width - (2 * Margin)) / columns;
        for (var row = 0; row * columns < items.Count; row++)
        {
            double height = 0;
            for (var col = 0; col < columns && (row * columns) + col < items.Count; col++)
            {
                var item = items[(row * columns) + col];
                var x = Margin + (col * cell);
                var label = FigureLabel.At("swatch-label", TextMeasure.Wrap(TextMeasure.Clean(item.Text), cell - 44, 14), x + 32, y, 14);
                swatches.Add(new Swatch(item.Key, new Box(x, y + 3, 24, 12), item.Fill, item.Stroke, item.Opacity, label));
                labels.Add(label);
                height = Math.Max(height, label.Box.Height);
            }

            y += height + 8;
        }

        return y;
    }

    /// <summary>When a rule's activities happen, compactly: single months in a row merged into ranges (<c>tammi–kesä, elo–joulu</c>), a window of several months as its own range, other windows as dates.</summary>
    private static string Schedule(IEnumerable<ScheduledActivity> activities, Language language)
    {
        var parts = new List<string>();
        (int First, int Last)? run = null;
        void Flush()
        {
            if (run is { } r)
            {
                parts.Add(r.First == r.Last
                    ? Vocabulary.MonthAbbreviation(r.First, language)
                    : $"{Vocabulary.MonthAbbreviation(r.First, language)}–{Vocabulary.MonthAbbreviation(r.Last, language)}");
                run = null;
            }
        }

        foreach (var activity in activities)
        {
            var start = activity.Start;
            var end = activity.End;
            var wholeMonth = start.Day == 1 && end.Year == start.Year && end.Month == start.Month && end == end.With(DateAdjusters.EndOfMonth);
            var wholeMonths = start.Day == 1 && end.Year == start.Year && end == end.With(DateAdjusters.EndOfMonth);
            if (wholeMonth)
            {
                if (run is { } r && r.Last + 1 == start.Month)
                {
                    run = (r.First, end.Month);
                }
                else
                {
                    Flush();
                    run = (start.Month, end.Month);
                }

                continue;
            }

            Flush();
            parts.Add(
                wholeMonths ? $"{Vocabulary.MonthAbbreviation(start.Month, language)}–{Vocabulary.MonthAbbreviation(end.Month, language)}"
                : activity.IsSingleDay ? Vocabulary.Day(start)
                : $"{Vocabulary.Day(start)}–{Vocabulary.Day(end)}");
        }

        Flush();
        return string.Join(", ", parts);
    }

    private static string Describe(AnnualClock clock, List<WheelMark> marks, int rules, Language language)
    {
        var count = Vocabulary.Number(marks.Count);
        var rulesText = Vocabulary.Number(rules);
        var year = Vocabulary.Number(clock.Year);
        return Vocabulary.T(
            language,
            $"Vuosikello {year}: {count} ajoitettua toimintoa, {rulesText} erilaista; numeroitu selite kuvan alla kertoo kunkin toiminnon, ajankohdan ja vastuun.",
            $"Årsklockan {year}: {count} schemalagda aktiviteter, {rulesText} olika; den numrerade förklaringen under bilden anger varje aktivitet, tidpunkt och ansvar.",
            $"Annual clock {year}: {count} scheduled activities of {rulesText} kinds; the numbered legend below the wheel gives each activity, when it happens and who is responsible.");
    }
}
