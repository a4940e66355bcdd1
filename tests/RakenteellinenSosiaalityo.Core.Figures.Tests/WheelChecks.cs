using RakenteellinenSosiaalityo.Core.Figures.Clock;

namespace RakenteellinenSosiaalityo.Core.Figures.Tests;

/// <summary>Checks of a wheel's own geometry: badges apart, month labels outside the ring, marks on the wheel.</summary>
internal static class WheelChecks
{
    /// <summary>No two badges (on the wheel or in the legend) touch, and every badge is inside the view box.</summary>
    public static void MarksApart(WheelLayout layout)
    {
        var badges = layout.Marks.Select(m => (m.Badge, m.BadgeRadius, Name: $"{m.Activity}")).Concat(layout.Entries.Select(e => (e.Badge, e.BadgeRadius, Name: $"legend {e.Number}"))).ToList();
        foreach (var (badge, radius, name) in badges)
        {
            Assert.True(layout.ViewBox.Contains(new Geometry.Box(badge.X - radius, badge.Y - radius, 2 * radius, 2 * radius)), $"The badge of {name} is outside the view box.");
        }

        for (var i = 0; i < badges.Count; i++)
        {
            for (var j = i + 1; j < badges.Count; j++)
            {
                var distance = Math.Sqrt(Math.Pow(badges[i].Badge.X - badges[j].Badge.X, 2) + Math.Pow(badges[i].Badge.Y - badges[j].Badge.Y, 2));
                Assert.True(distance >= badges[i].BadgeRadius + badges[j].BadgeRadius, $"The badges of {badges[i].Name} and {badges[j].Name} overlap.");
            }
        }

        foreach (var mark in layout.Marks)
        {
            Assert.InRange(mark.Radius, layout.HubRadius + (layout.TrackWidth / 2), layout.BandInner - (layout.TrackWidth / 2));
            Assert.InRange(mark.StartAngle, 0, 360);
            Assert.InRange(mark.EndAngle, mark.StartAngle, 360);
        }
    }

    /// <summary>Month labels sit outside the ring, and the ring (with its labels) inside the view box.</summary>
    public static void MonthLabelsOutsideTheWheel(WheelLayout layout)
    {
        var c = layout.Center;
        Assert.True(layout.ViewBox.Contains(new Geometry.Box(c.X - layout.BandOuter, c.Y - layout.BandOuter, 2 * layout.BandOuter, 2 * layout.BandOuter)), "The ring is outside the view box.");
        foreach (var label in layout.Labels.Where(l => l.Role == "month"))
        {
            Assert.True(label.Box.DistanceTo(c.X, c.Y) > layout.BandOuter, $"The month label '{label.Text}' reaches into the ring.");
        }

        foreach (var label in layout.Labels.Where(l => l.Role == "quarter"))
        {
            Assert.True(label.Box.DistanceTo(c.X, c.Y) >= layout.BandInner && label.Box.FarthestFrom(c.X, c.Y) <= layout.BandOuter, $"The quarter label '{label.Text}' is not inside the quarter band.");
        }

        foreach (var label in layout.Labels.Where(l => l.Role == "year"))
        {
            Assert.True(label.Box.FarthestFrom(c.X, c.Y) <= layout.HubRadius, "The year is not inside the hub.");
        }
    }
}
