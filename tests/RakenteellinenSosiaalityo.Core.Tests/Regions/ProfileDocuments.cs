using System.Text.Json.Nodes;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Tests.Regions;

/// <summary>The one home of the profile documents the JSON tests edit, and of their problem assertion.</summary>
internal static class ProfileDocuments
{
    /// <summary>A small valid profile of an imaginary region with four periods a year.</summary>
    internal const string MinimalProfile = """
        {
          "schemaVersion": 1,
          "id": "testiniemi",
          "name": { "fi": "Testiniemen hyvinvointialue" },
          "businessId": "3221311-5",
          "plan": {
            "title": { "fi": "Toteutussuunnitelma" },
            "legalBasis": { "act": { "fi": "Sosiaalihuoltolaki" }, "statute": "1301/2014", "section": "7", "duties": [] },
            "approvals": [ { "by": "board", "on": "2025-02-01" } ],
            "maintenance": { "responsible": [ "board" ], "cadence": { "fi": "vuosittain" } },
            "goals": [ { "fi": "Tavoite" } ]
          },
          "actors": [
            { "id": "board", "kind": "managementBody", "name": { "fi": "Johtoryhmä" }, "responsibilities": [], "collaborators": [ "team" ] },
            { "id": "team", "kind": "group", "name": { "fi": "Työryhmä" }, "responsibilities": [ { "fi": "Kokoaa" } ], "collaborators": [ { "external": { "fi": "THL" } } ] }
          ],
          "reportingPeriods": { "periods": [
            { "start": "01-01", "end": "03-31" }, { "start": "04-01", "end": "06-30" },
            { "start": "07-01", "end": "09-30" }, { "start": "10-01", "end": "12-31" } ] },
          "services": [ { "id": "adult-social-work", "name": { "fi": "Aikuissosiaalityö" } } ],
          "reportProcess": { "steps": [
            { "id": "submit", "name": { "fi": "Ammattilainen raportoi" }, "performedBy": "team" },
            { "id": "review", "name": { "fi": "Esihenkilö käsittelee" }, "performedBy": "board", "mayRecord": [ "remark" ] } ] },
          "compilationProcess": { "steps": [
            { "id": "compile", "name": { "fi": "Raportit kootaan" }, "performedBy": "team", "due": { "withinDaysAfterPeriodEnd": 30 } },
            { "id": "decide", "name": { "fi": "Johtoryhmä päättää" }, "performedBy": "board", "records": [ "decision" ] } ] }
        }
        """;

    /// <summary>The minimal profile after <paramref name="edit"/>, as JSON text.</summary>
    public static string Edit(Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(MinimalProfile)!.AsObject();
        edit(root);
        return root.ToJsonString();
    }

    /// <summary>Passes when <paramref name="problems"/> has one with that path and rule; the failure lists them all.</summary>
    public static void AssertProblem(IReadOnlyList<ValidationProblem> problems, string path, string rule) =>
        Assert.True(
            problems.Any(p => p.Path == path && p.Rule == rule),
            $"Expected a '{rule}' problem at {path}; found:\n{string.Join("\n", problems)}");
}
