using System.Text;
using System.Text.Json;
using RakenteellinenSosiaalityo.Core.Serialization;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Tests.Serialization;

/// <summary>
/// The one rule of what a document's text may be, before any type reads it (RFC 8259 well-formed JSON, no comments,
/// no trailing commas, one byte order mark at most, no name twice, Unicode strings and names), and the schema version
/// check every document shares.
/// </summary>
public sealed class DocumentJsonParseTests
{
    private static (JsonDocument? Document, List<ValidationProblem> Problems) Parse(string json)
    {
        var problems = new List<ValidationProblem>();
        return (DocumentJson.Parse(json, problems), problems);
    }

    private static (JsonDocument? Document, List<ValidationProblem> Problems) ParseStream(string json)
    {
        var problems = new List<ValidationProblem>();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return (DocumentJson.Parse(stream, problems), problems);
    }

    [Theory]
    [InlineData("{ \"a\": 1, }")]
    [InlineData("[1, 2, ]")]
    [InlineData("{ \"a\": 1 } // note")]
    [InlineData("/* note */ { \"a\": 1 }")]
    [InlineData("\uFEFF\uFEFF{ \"a\": 1 }")]
    [InlineData("{ \"a\": 1 ")]
    [InlineData("")]
    public void NotStrictJson_IsMalformed_WithoutADocument(string json)
    {
        foreach (var (document, problems) in new[] { Parse(json), ParseStream(json) })
        {
            Assert.Null(document);
            var problem = Assert.Single(problems);
            Assert.Equal(("$", ValidationRules.MalformedJson), (problem.Path, problem.Rule));
            Assert.StartsWith("The text is not well-formed JSON", problem.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(" Path:", problem.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("LineNumber:", problem.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Malformed_NamesTheLineAndPositionCountedFromOne()
    {
        var (_, problems) = Parse("{\n  \"a\": 1,\n  \"b\": tru\n}");
        Assert.StartsWith("The text is not well-formed JSON at line 3, position ", Assert.Single(problems).Message, StringComparison.Ordinal);

        var (_, first) = Parse("x");
        Assert.StartsWith("The text is not well-formed JSON at line 1, position 1: ", Assert.Single(first).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_NeverEchoesPersonalDataFromTheText()
    {
        var (_, problems) = Parse("{ \"a\": matti@example.com }");
        Assert.DoesNotContain("matti@example.com", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OneByteOrderMark_IsSkipped()
    {
        foreach (var (document, problems) in new[] { Parse("\uFEFF{ \"a\": 1 }"), ParseStream("\uFEFF{ \"a\": 1 }") })
        {
            Assert.Empty(problems);
            using (document)
            {
                Assert.Equal(1, document!.RootElement.GetProperty("a").GetInt32());
            }
        }
    }

    [Fact]
    public void NestingUpToTheMaximumDepth_Parses_DeeperIsMalformed()
    {
        Assert.Equal(64, DocumentJson.MaxDepth);
        var (deep, none) = Parse(new string('[', 64) + new string(']', 64));
        Assert.Empty(none);
        deep!.Dispose();
        var (tooDeep, problems) = Parse(new string('[', 65) + new string(']', 65));
        Assert.Null(tooDeep);
        Assert.Equal(ValidationRules.MalformedJson, Assert.Single(problems).Rule);
    }

    [Fact]
    public void ANameTwice_IsADuplicateAtItsPath_AtAnyDepth_AndTheDocumentIsNotGiven()
    {
        var (document, problems) = Parse("""{ "a": [ {}, { "b": 1, "c": 2, "b": 3 } ], "d": { "e": 1, "e": 2 } }""");
        Assert.Null(document);
        Assert.Equal(["$.a[1].b", "$.d.e"], problems.Select(p => p.Path));
        Assert.All(problems, p => Assert.Equal((ValidationRules.DuplicateProperty, "The property appears more than once in the object; keep one."), (p.Rule, p.Message)));
    }

    [Fact]
    public void ALoneSurrogate_InAString_IsAProblemAtItsIndex()
    {
        var (document, problems) = Parse("""{ "list": [ "fine", "x\ud800y", "fine" ] }""");
        Assert.Null(document);
        var problem = Assert.Single(problems);
        Assert.Equal(("$.list[1]", ValidationRules.MalformedJson), (problem.Path, problem.Rule));
        Assert.StartsWith("The text is not Unicode text: it holds a lone UTF-16 surrogate", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ALoneSurrogate_InAName_IsAProblemAtTheObject()
    {
        var (document, problems) = Parse("""{ "outer": { "ok": 1, "\udc00": 2 } }""");
        Assert.Null(document);
        var problem = Assert.Single(problems);
        Assert.Equal(("$.outer", ValidationRules.MalformedJson), (problem.Path, problem.Rule));
        Assert.StartsWith("A property name of this object is not Unicode text", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckText_OnAParsedValue_FindsTheSameProblems()
    {
        using var document = JsonDocument.Parse("""{ "a": "\ud800", "b": [1, { "c": 1, "c": 2 }] }""");
        var problems = new List<ValidationProblem>();
        DocumentJson.CheckText(document.RootElement, problems);
        Assert.Equal([("$.a", ValidationRules.MalformedJson), ("$.b[1].c", ValidationRules.DuplicateProperty)], problems.Select(p => (p.Path, p.Rule)));
    }

    [Theory]
    [InlineData("""{ "schemaVersion": 1 }""", true, null)]
    [InlineData("""{ "schemaVersion": 1.0 }""", true, null)]
    [InlineData("""{ "schemaVersion": 1e0 }""", true, null)]
    [InlineData("""{ "schemaVersion": 2 }""", false, "unsupported-schema-version")]
    [InlineData("""{ "schemaVersion": "1" }""", false, "unsupported-schema-version")]
    [InlineData("""{ "schemaVersion": 1.5 }""", false, "unsupported-schema-version")]
    [InlineData("""{ "version": 1 }""", false, "missing-property")]
    public void CheckVersion_IsTheVersionThisLibraryReads_HoweverWritten(string json, bool current, string? rule)
    {
        using var document = JsonDocument.Parse(json);
        var problems = new List<ValidationProblem>();
        Assert.Equal(current, DocumentJson.CheckVersion(document.RootElement, 1, "region profile", problems));
        Assert.Equal(rule, problems.SingleOrDefault()?.Rule);
        if (rule is not null)
        {
            Assert.Equal("$.schemaVersion", problems[0].Path);
            Assert.Contains("give \"schemaVersion\": 1.", problems[0].Message, StringComparison.Ordinal);
            Assert.Contains("region profile", problems[0].Message, StringComparison.Ordinal);
        }
    }
}
