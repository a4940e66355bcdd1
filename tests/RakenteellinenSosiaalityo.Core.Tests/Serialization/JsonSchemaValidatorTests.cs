using System.Text.Json;
using RakenteellinenSosiaalityo.Core.Serialization;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Tests.Serialization;

/// <summary>
/// The library's JSON Schema validator, keyword by keyword, on small schemas written here (JSON Schema 2020-12,
/// Validation vocabulary): the problem each keyword gives, at which path, under which rule, in which words; and that a
/// value is never echoed into a message.
/// </summary>
public sealed class JsonSchemaValidatorTests
{
    private static List<ValidationProblem> Validate(string schema, string value, string path = "$")
    {
        using var schemaDocument = JsonDocument.Parse(schema);
        using var valueDocument = JsonDocument.Parse(value);
        var problems = new List<ValidationProblem>();
        new JsonSchemaValidator(schemaDocument.RootElement).Validate(valueDocument.RootElement, path, problems);
        return problems;
    }

    private static ValidationProblem Single(string schema, string value, string path = "$") => Assert.Single(Validate(schema, value, path));

    [Theory]
    [InlineData("object", "\"x\"", "Expected an object, found a string.")]
    [InlineData("array", "{}", "Expected an array, found an object.")]
    [InlineData("string", "[]", "Expected a string, found an array.")]
    [InlineData("integer", "1.5", "Expected an integer, found a number.")]
    [InlineData("number", "true", "Expected a number, found a boolean.")]
    [InlineData("boolean", "null", "Expected a boolean, found null.")]
    [InlineData("null", "false", "Expected null, found a boolean.")]
    [InlineData("string", "12", "Expected a string, found a number.")]
    public void Type_AValueOfAnotherType_IsAWrongTypeNamingBoth(string type, string value, string message)
    {
        var problem = Single($$"""{ "type": "{{type}}" }""", value);
        Assert.Equal(("$", ValidationRules.WrongType, message), (problem.Path, problem.Rule, problem.Message));
    }

    [Theory]
    [InlineData("object", "{}")]
    [InlineData("array", "[]")]
    [InlineData("string", "\"\"")]
    [InlineData("integer", "1.0")]
    [InlineData("integer", "1e2")]
    [InlineData("number", "1.5")]
    [InlineData("boolean", "false")]
    [InlineData("null", "null")]
    public void Type_AValueOfTheType_Passes(string type, string value) =>
        Assert.Empty(Validate($$"""{ "type": "{{type}}" }""", value));

    [Fact]
    public void Type_NoValueAtAll_IsFoundAsNothing()
    {
        using var schema = JsonDocument.Parse("""{ "type": "object" }""");
        var problems = new List<ValidationProblem>();
        new JsonSchemaValidator(schema.RootElement).Validate(default, "$", problems);
        Assert.Equal("Expected an object, found nothing.", Assert.Single(problems).Message);
    }

    [Fact]
    public void Type_AWrongType_StopsTheOtherKeywordsOfThatValue() =>
        Assert.Equal(ValidationRules.WrongType, Single("""{ "type": "string", "minLength": 5, "enum": ["abcdef"] }""", "3").Rule);

    private const string OneOf = """
        {
          "oneOf": [ { "type": "string" }, { "$ref": "#/$defs/count" } ],
          "$defs": { "count": { "$ref": "#/$defs/positive" }, "positive": { "type": "integer", "minimum": 1 } }
        }
        """;

    [Fact]
    public void OneOf_AValueOfNoBranchsType_NamesEveryBranchsType() =>
        Assert.Equal("Expected a string or an integer, found a boolean.", Single(OneOf, "true").Message);

    [Fact]
    public void OneOf_TheBranchOfTheValuesType_IsCheckedWhole_ThroughItsReferences()
    {
        Assert.Empty(Validate(OneOf, "\"x\""));
        Assert.Empty(Validate(OneOf, "3"));
        var problem = Single(OneOf, "0");
        Assert.Equal((ValidationRules.InvalidValue, "The value must be at least 1."), (problem.Rule, problem.Message));
    }

    [Theory]
    [InlineData("""{ "oneOf": [ { "minimum": 1 } ] }""")]
    [InlineData("""{ "oneOf": [ { "type": ["string", "null"] } ] }""")]
    public void OneOf_ABranchWithoutOneType_IsADefectOfTheSchema(string schema)
    {
        var e = Assert.Throws<InvalidOperationException>(() => Validate(schema, "1"));
        Assert.Equal("The library's schema has a oneOf branch without a type.", e.Message);
    }

    [Fact]
    public void Ref_OutsideTheDefinitions_IsADefectOfTheSchema()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Validate("""{ "$ref": "other.json#/x" }""", "1"));
        Assert.Contains("unsupported $ref 'other.json#/x'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Enum_AValueNotListed_NamesTheAllowedValues_AndCompareByValue()
    {
        const string schema = """{ "enum": [ "a", 1, true, null, [1, 2] ] }""";
        foreach (var allowed in new[] { "\"a\"", "1", "1.0", "1e0", "true", "null", "[1, 2]" })
        {
            Assert.Empty(Validate(schema, allowed));
        }

        foreach (var refused in new[] { "\"b\"", "2", "false", "[1]", "{}", "\"1\"" })
        {
            var problem = Single(schema, refused);
            Assert.Equal(ValidationRules.InvalidValue, problem.Rule);
            Assert.Equal("The value is not one of the allowed values: \"a\", 1, true, null, [1, 2].", problem.Message);
        }
    }

    private const string Closed = """
        { "type": "object", "properties": { "actors": {}, "periods": {} }, "additionalProperties": false, "required": ["periods"] }
        """;

    [Fact]
    public void AClosedObject_AnUnknownProperty_IsNamedWithTheNearestKnownAndTheAllowedOnes()
    {
        var problem = Single(Closed, """{ "actros": 1, "periods": [] }""");
        Assert.Equal(("$.actros", ValidationRules.UnknownProperty), (problem.Path, problem.Rule));
        Assert.StartsWith("Unknown property. Did you mean 'actors'? The allowed properties here are: actors, periods. ", problem.Message, StringComparison.Ordinal);

        var far = Single(Closed, """{ "zzzzzz": 1, "periods": [] }""");
        Assert.StartsWith("Unknown property. The allowed properties here are: actors, periods. ", far.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AClosedObjectWithoutProperties_AllowsNone()
    {
        var problem = Single("""{ "additionalProperties": false }""", """{ "a": 1 }""");
        Assert.StartsWith("Unknown property. The allowed properties here are: . ", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "type": "object", "properties": { "a": {} } }""")]
    [InlineData("""{ "type": "object", "properties": { "a": {} }, "additionalProperties": true }""")]
    [InlineData("""{ "type": "object", "properties": { "a": {} }, "additionalProperties": {} }""")]
    public void AnOpenObject_TakesAnyProperty(string schema) => Assert.Empty(Validate(schema, """{ "b": 1 }"""));

    [Fact]
    public void AnObject_APropertyTwice_IsADuplicateOnce()
    {
        var problem = Single(Closed, """{ "periods": [], "actors": 1, "actors": 2 }""");
        Assert.Equal(("$.actors", ValidationRules.DuplicateProperty), (problem.Path, problem.Rule));
        Assert.Equal("The property appears more than once in the object; keep one.", problem.Message);
    }

    [Fact]
    public void AnObject_ItsPropertiesAreCheckedAtTheirPaths()
    {
        var problem = Single("""{ "properties": { "count": { "type": "integer" } } }""", """{ "count": "3" }""", "$.metrics[2]");
        Assert.Equal(("$.metrics[2].count", "Expected an integer, found a string."), (problem.Path, problem.Message));
    }

    [Fact]
    public void Required_AMissingProperty_IsNamedAtItsPath()
    {
        var problem = Single(Closed, "{}", "$.region");
        Assert.Equal(("$.region.periods", ValidationRules.MissingProperty, "The required property 'periods' is missing."), (problem.Path, problem.Rule, problem.Message));
    }

    [Fact]
    public void Required_AMissingFinnishText_IsMissingFinnish()
    {
        var problems = Validate("""{ "required": ["fi", "sv"] }""", """{ "en": "x" }""", "$.name");
        Assert.Equal(2, problems.Count);
        Assert.Equal(("$.name.fi", ValidationRules.MissingFinnish), (problems[0].Path, problems[0].Rule));
        Assert.Equal("The label has no Finnish text: add \"fi\"; Finnish is required, Swedish and English are optional.", problems[0].Message);
        Assert.Equal(("$.name.sv", ValidationRules.MissingProperty, "The required property 'sv' is missing."), (problems[1].Path, problems[1].Rule, problems[1].Message));
    }

    [Fact]
    public void AnArray_TooFewItems_AndEachItemAtItsIndex()
    {
        const string schema = """{ "type": "array", "minItems": 3, "items": { "type": "string" } }""";
        var problems = Validate(schema, """[1, "a"]""", "$.list");
        Assert.Equal(2, problems.Count);
        Assert.Equal(("$.list", ValidationRules.InvalidValue, "The list needs at least 3 item(s)."), (problems[0].Path, problems[0].Rule, problems[0].Message));
        Assert.Equal("$.list[0]", problems[1].Path);

        Assert.Equal(["$.list[1]", "$.list[3]"], Validate(schema, """["a", 2, "b", false]""", "$.list").Select(p => p.Path));
        Assert.Empty(Validate(schema, """["a", "b", "c"]"""));
    }

    [Fact]
    public void AString_TooShort_IsEmpty_AndUnderFiMissingFinnish_AndNothingElseIsChecked()
    {
        const string schema = """{ "type": "string", "minLength": 1, "pattern": "^[a-z]+$", "format": "date" }""";
        var problem = Single(schema, "\"\"", "$.title");
        Assert.Equal((ValidationRules.InvalidValue, "The text is empty."), (problem.Rule, problem.Message));
        Assert.Equal(ValidationRules.MissingFinnish, Single(schema, "\"\"", "$.title.fi").Rule);
    }

    [Fact]
    public void AString_TooLong_NamesTheLimit_AndNothingElseIsChecked()
    {
        const string schema = """{ "type": "string", "maxLength": 3, "pattern": "^[a-z]+$" }""";
        Assert.Empty(Validate(schema, "\"abc\""));
        var problem = Single(schema, "\"ABCD\"");
        Assert.Equal((ValidationRules.InvalidValue, "The text is longer than 3 characters."), (problem.Rule, problem.Message));
    }

    [Fact]
    public void AString_NotOfThePattern_IsDescribed_WithoutTheValue()
    {
        var described = Single("""{ "pattern": "^[a-z]+$", "description": "Lower case letters." }""", "\"matti@example.com\"");
        Assert.Equal((ValidationRules.InvalidValue, "The value does not have the required form. Lower case letters."), (described.Rule, described.Message));
        var plain = Single("""{ "pattern": "^[a-z]+$", "format": "date" }""", "\"Matti 040 123 4567\"");
        Assert.Equal("The value does not have the required form.", plain.Message);
        Assert.Empty(Validate("""{ "pattern": "^[a-z]+$" }""", "\"abc\""));
    }

    [Fact]
    public void AString_OnlyWhiteSpace_IsSaidSo_AndUnderFiMissingFinnish()
    {
        const string schema = """{ "pattern": "\\S", "description": "Not shown." }""";
        var problem = Single(schema, "\"  \\t \"");
        Assert.Equal((ValidationRules.InvalidValue, "The text is only white space."), (problem.Rule, problem.Message));
        Assert.Equal(ValidationRules.MissingFinnish, Single(schema, "\" \"", "$.name.fi").Rule);
        Assert.Empty(Validate(schema, "\" a \""));
    }

    [Theory]
    [InlineData("date", "2025-12-31", null)]
    [InlineData("date", "2025-02-29", "Not a calendar date in the form YYYY-MM-DD (e.g. 2025-12-31); check that the day exists in that month.")]
    [InlineData("annual-date", "12-01", null)]
    [InlineData("annual-date", "02-30", "Not a day of the year in the form MM-DD (e.g. 12-01); check that the day exists in that month (30 February does not).")]
    [InlineData("business-id", "0737546-2", null)]
    public void Format_IsCheckedByItsOwnRule(string format, string text, string? message)
    {
        var problems = Validate($$"""{ "type": "string", "format": "{{format}}" }""", $"\"{text}\"");
        Assert.Equal(message, problems.SingleOrDefault()?.Message);
        if (message is not null)
        {
            Assert.Equal(ValidationRules.InvalidDate, problems[0].Rule);
        }
    }

    [Fact]
    public void Format_AWrongBusinessId_IsInvalidBusinessId()
    {
        var problem = Single("""{ "type": "string", "format": "business-id" }""", "\"0737546-3\"");
        Assert.Equal(ValidationRules.InvalidBusinessId, problem.Rule);
        Assert.False(string.IsNullOrWhiteSpace(problem.Message));
    }

    [Fact]
    public void Format_AnUnknownOne_IsADefectOfTheSchema()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Validate("""{ "format": "email" }""", "\"a@b.fi\""));
        Assert.Equal("The library's schema uses an unsupported format 'email'.", e.Message);
    }

    [Theory]
    [InlineData("2", null)]
    [InlineData("2.0", null)]
    [InlineData("3", "The value must be 2.")]
    public void Const_ANumberOfAnotherValue_NamesTheValue(string value, string? message) =>
        Assert.Equal(message, Validate("""{ "type": "number", "const": 2 }""", value).SingleOrDefault()?.Message);

    [Theory]
    [InlineData("1.5", null)]
    [InlineData("10", null)]
    [InlineData("1.4", "The value must be at least 1.5.")]
    [InlineData("10.25", "The value must be at most 10.")]
    [InlineData("1e400", "The value must be at most 10.")]
    [InlineData("-1e400", "The value must be at least 1.5.")]
    public void MinimumAndMaximum_AreInclusive_AndNamed(string value, string? message)
    {
        var problems = Validate("""{ "type": "number", "minimum": 1.5, "maximum": 10 }""", value);
        Assert.Equal(message, problems.SingleOrDefault()?.Message);
        Assert.All(problems, p => Assert.Equal(ValidationRules.InvalidValue, p.Rule));
    }
}
