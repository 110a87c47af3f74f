using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class JsonLdControlCharactersTests
{
    [Fact]
    public void Escape_NoControlCharacterInAString_Null() =>
        Assert.Null(JsonLdControlCharacters.Escape("{\n\t\"name\": \"Tamsin Vell\"\n}"));

    [Fact]
    public void Escape_RawLineBreakAndTabInAString_EscapedOnlyThere() =>
        Assert.Equal("{\n\"body\": \"one\\n\\ttwo\"}", JsonLdControlCharacters.Escape("{\n\"body\": \"one\n\ttwo\"}"));

    [Fact]
    public void Escape_EscapedQuoteInsideAString_StaysInsideTheString() =>
        Assert.Equal("{\"body\": \"a \\\"b\\\"\\nc\"}", JsonLdControlCharacters.Escape("{\"body\": \"a \\\"b\\\"\nc\"}"));
}
