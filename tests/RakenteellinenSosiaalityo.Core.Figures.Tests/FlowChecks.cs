using RakenteellinenSosiaalityo.Core.Figures.Processes;

namespace RakenteellinenSosiaalityo.Core.Figures.Tests;

/// <summary>Checks of a flow's own geometry: step boxes apart and inside the figure, each edge from its source box to its target box.</summary>
internal static class FlowChecks
{
    public static void BoxesApartAndEdgesConnected(FlowLayout layout)
    {
        foreach (var box in layout.Boxes)
        {
            Assert.True(layout.ViewBox.Contains(box.Box), $"Step {box.Step.Id} is outside the view box.");
            Assert.True(box.Box.Contains(box.Name.Box), $"The name of step {box.Step.Id} is outside its box.");
            if (box.Details is { } details)
            {
                Assert.True(box.Box.Contains(details.Box), $"The details of step {box.Step.Id} are outside its box.");
            }
        }

        for (var i = 0; i < layout.Boxes.Count; i++)
        {
            for (var j = i + 1; j < layout.Boxes.Count; j++)
            {
                Assert.False(layout.Boxes[i].Box.Overlaps(layout.Boxes[j].Box), $"Steps {layout.Boxes[i].Step.Id} and {layout.Boxes[j].Step.Id} overlap.");
            }
        }

        foreach (var edge in layout.Edges)
        {
            var from = layout.Boxes.Single(b => b.Step.Id == edge.From);
            var to = layout.Boxes.Single(b => b.Step.Id == edge.To);
            Assert.True(from.Column < to.Column, $"The edge {edge.From} → {edge.To} runs right to left.");
            Assert.True(from.Box.Contains(edge.Points[0].X, edge.Points[0].Y), $"The edge {edge.From} → {edge.To} does not start at its source.");
            Assert.Equal(to.Box.X, edge.Points[^1].X);
            Assert.InRange(edge.Points[^1].Y, to.Box.Y, to.Box.Bottom);
            Assert.All(edge.Points, p => Assert.True(layout.ViewBox.Contains(p.X, p.Y)));

            // Between its ends an edge crosses no step box.
            for (var k = 0; k + 1 < edge.Points.Count; k++)
            {
                var a = edge.Points[k];
                var b = edge.Points[k + 1];
                var segment = new Geometry.Box(Math.Min(a.X, b.X), Math.Min(a.Y, b.Y), Math.Abs(a.X - b.X), Math.Abs(a.Y - b.Y));
                foreach (var other in layout.Boxes.Where(o => o != from && o != to))
                {
                    Assert.False(other.Box.Inflate(-0.5).Overlaps(segment.Inflate(0.5)), $"The edge {edge.From} → {edge.To} crosses step {other.Step.Id}.");
                }
            }
        }
    }
}
