using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Figures.Geometry;
using RakenteellinenSosiaalityo.Core.Figures.Text;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Figures.Processes;

/// <summary>
/// Lays a process out as swimlanes: one lane per performing actor (in the order they first act), one column per step
/// in an order where every step comes after its predecessor, so each edge runs left to right; an edge to the next
/// column turns in the gap before its target, a longer one runs along a free channel under its source lane's boxes.
/// </summary>
internal static class FlowLayoutBuilder
{
    public const double Margin = 30;
    public const double HeaderWidth = 180;
    public const double ColumnWidth = 220;
    public const double Gap = 56;
    public const double LanePadding = 16;
    public const double PortOffset = 20;
    public const double SlotSpacing = 8;

    public static FlowLayout Build(RegionProfile profile, ProcessDefinition process, LocalizedText? title, Language language)
    {
        var steps = process.Steps;
        var order = Order(process);
        var column = new Dictionary<StepId, int>();
        for (var i = 0; i < order.Count; i++)
        {
            column[order[i].Id] = i;
        }

        var actors = new List<ActorId>();
        foreach (var step in order)
        {
            if (!actors.Contains(step.PerformedBy))
            {
                actors.Add(step.PerformedBy);
            }
        }

        var width = Margin + HeaderWidth + (order.Count * (ColumnWidth + Gap)) + Margin;
        var labels = new List<FigureLabel>();
        var titleText = TextMeasure.Clean(title is null ? profile.Name.Get(language) : $"{profile.Name.Get(language)}: {title.Get(language)}");
        var titleLabel = FigureLabel.At("title", TextMeasure.Wrap(titleText, width - (2 * Margin), 22, bold: true), Margin, Margin, 22, bold: true);
        labels.Add(titleLabel);

        // Box contents first: a lane is as tall as its tallest box.
        var contents = new Dictionary<StepId, (string Title, List<string> Texts, IReadOnlyList<string> Name, IReadOnlyList<string> Details, double Height)>();
        foreach (var step in steps)
        {
            var number = IndexOf(steps, step) + 1;
            var stepTitle = TextMeasure.Clean($"{Vocabulary.Number(number)}. {step.Name.Get(language)}");
            var texts = Details(step, process, language).Select(TextMeasure.Clean).ToList();
            var name = TextMeasure.Wrap(stepTitle, ColumnWidth - 20, 14, bold: true);
            var details = texts.SelectMany(d => TextMeasure.Wrap(d, ColumnWidth - 20, 12)).ToList();
            var height = 10 + TextMeasure.Height(name.Count, 14) + (details.Count > 0 ? 6 + TextMeasure.Height(details.Count, 12) : 0) + 10;
            contents[step.Id] = (stepTitle, texts, name, details, height);
        }

        // Long edges (to a column further than the next) get a slot in their source lane's channel.
        var predecessors = order.Skip(1).Select(s => (Step: s, From: process.Predecessor(s)!)).ToList();
        var slots = new Dictionary<StepId, int>();
        var slotsPerLane = new int[actors.Count];
        foreach (var (step, from) in predecessors)
        {
            if (column[step.Id] > column[from.Id] + 1)
            {
                slots[step.Id] = slotsPerLane[actors.IndexOf(from.PerformedBy)]++;
            }
        }

        var lanes = new List<FlowLane>();
        var boxes = new List<FlowBox>();
        var y = titleLabel.Box.Bottom + 20;
        var left = Margin + HeaderWidth;
        for (var lane = 0; lane < actors.Count; lane++)
        {
            var actor = actors[lane];
            var actorName = TextMeasure.Clean(profile.FindActor(actor)?.Name.Get(language) ?? actor.Value);
            var headerLines = TextMeasure.Wrap(actorName, HeaderWidth - 24, 14, bold: true);
            var inLane = order.Where(s => s.PerformedBy == actor).ToList();
            var tallest = inLane.Max(s => contents[s.Id].Height);
            var channel = 10 + (slotsPerLane[lane] * SlotSpacing);
            var height = Math.Max(tallest + (2 * LanePadding) + channel, TextMeasure.Height(headerLines.Count, 14) + (2 * LanePadding));
            var area = new Box(Margin, y, width - (2 * Margin), height);
            var header = FigureLabel.At("lane", headerLines, Margin + 12, y + LanePadding, 14, bold: true);
            labels.Add(header);
            lanes.Add(new FlowLane(actor, actorName, area, header, y + LanePadding + tallest + 10));
            foreach (var step in inLane)
            {
                var (stepTitle, texts, name, details, boxHeight) = contents[step.Id];
                var x = left + Gap + (column[step.Id] * (ColumnWidth + Gap)) - (Gap / 2);
                var box = new Box(x, y + LanePadding, ColumnWidth, boxHeight);
                var nameLabel = FigureLabel.At("step-name", name, x + 10, box.Y + 10, 14, bold: true);
                var detailLabel = details.Count == 0 ? null : FigureLabel.At("step-detail", details, x + 10, nameLabel.Box.Bottom + 6, 12, fill: Palette.Muted);
                labels.Add(nameLabel);
                if (detailLabel is not null)
                {
                    labels.Add(detailLabel);
                }

                boxes.Add(new FlowBox(step, IndexOf(steps, step) + 1, stepTitle, texts, ReferenceEquals(step, process.CompletionStep), column[step.Id], lane, box, nameLabel, detailLabel));
            }

            y += height;
        }

        var byId = boxes.ToDictionary(b => b.Step.Id);
        var edges = new List<FlowEdge>();
        foreach (var (step, from) in predecessors)
        {
            var source = byId[from.Id];
            var target = byId[step.Id];
            var gx = target.Box.X - (Gap / 2);
            var inY = target.Box.Y + PortOffset;
            List<Point> points;
            if (!slots.TryGetValue(step.Id, out var slot))
            {
                var outY = source.Box.Y + PortOffset;
                points = outY == inY
                    ? [new Point(source.Box.Right, outY), new Point(target.Box.X, inY)]
                    : [new Point(source.Box.Right, outY), new Point(gx, outY), new Point(gx, inY), new Point(target.Box.X, inY)];
            }
            else
            {
                var channelY = lanes[source.Lane].ChannelY + (slot * SlotSpacing);
                var sx = source.Box.CenterX + ((slot - ((slotsPerLane[source.Lane] - 1) / 2.0)) * SlotSpacing);
                points = [new Point(sx, source.Box.Bottom), new Point(sx, channelY), new Point(gx, channelY), new Point(gx, inY), new Point(target.Box.X, inY)];
            }

            edges.Add(new FlowEdge(from.Id, step.Id, step.After is not null, points));
        }

        var description = Vocabulary.T(
            language,
            $"Prosessikaavio: {Vocabulary.Number(steps.Count)} vaihetta, {Vocabulary.Number(actors.Count)} toimijaa, vaiheet vasemmalta oikealle, kukin toimija omalla kaistallaan.",
            $"Processdiagram: {Vocabulary.Number(steps.Count)} steg, {Vocabulary.Number(actors.Count)} aktörer, stegen från vänster till höger, varje aktör på sin egen rad.",
            $"Process flow: {Vocabulary.Number(steps.Count)} steps, {Vocabulary.Number(actors.Count)} actors, steps from left to right, each actor in its own lane.");
        return new FlowLayout(width, y + Margin, titleText, description, lanes, boxes, edges, labels);
    }

    /// <summary>What a step's box says under its name: what it must and may record, its due rule, and whether it completes the process.</summary>
    public static IEnumerable<string> Details(ProcessStep step, ProcessDefinition process, Language language)
    {
        if (step.Records.Count > 0)
        {
            yield return $"{Vocabulary.T(language, "Kirjaa", "Antecknar", "Records")}: {string.Join(", ", step.Records.Select(r => Vocabulary.Record(r, language)))}";
        }

        if (step.MayRecord.Count > 0)
        {
            yield return $"{Vocabulary.T(language, "Voi kirjata", "Kan anteckna", "May record")}: {string.Join(", ", step.MayRecord.Select(r => Vocabulary.Record(r, language)))}";
        }

        if (step.Due is { } due)
        {
            yield return $"{Vocabulary.T(language, "Määräaika", "Tidsfrist", "Due")}: {Vocabulary.Due(due, language)}";
        }

        if (ReferenceEquals(step, process.CompletionStep))
        {
            yield return $"✓ {Vocabulary.T(language, "päättää prosessin", "avslutar processen", "completes the process")}";
        }
    }

    /// <summary>The steps in an order where each comes after its predecessor, otherwise keeping the profile's order.</summary>
    public static List<ProcessStep> Order(ProcessDefinition process)
    {
        var placed = new HashSet<StepId>();
        var order = new List<ProcessStep>();
        while (order.Count < process.Steps.Count)
        {
            var next = process.Steps.First(s => !placed.Contains(s.Id) && (process.Predecessor(s) is not { } p || placed.Contains(p.Id)));
            placed.Add(next.Id);
            order.Add(next);
        }

        return order;
    }

    private static int IndexOf(IReadOnlyList<ProcessStep> steps, ProcessStep step)
    {
        for (var i = 0; i < steps.Count; i++)
        {
            if (ReferenceEquals(steps[i], step))
            {
                return i;
            }
        }

        return -1;
    }
}
