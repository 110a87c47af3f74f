using System.Text.Json;
using NewsBot.Ingestion.Extraction.Candidates;

namespace NewsBot.Ingestion.Tests.Extraction.Candidates;

public sealed class ProseFinderTests
{
    private const string Sentence = "The harbour board voted to run the ferry every twenty minutes from Monday. ";

    [Fact]
    public void Longest_LongTextFieldAmongShortOnes_ReturnsIt()
    {
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(new
        {
            title = "Ferry timetable",
            nested = new { description = Sentence, body = string.Concat(Enumerable.Repeat(Sentence, 5)) },
        }));

        Assert.Equal(string.Concat(Enumerable.Repeat(Sentence, 5)), ProseFinder.Longest(json.RootElement));
    }

    [Fact]
    public void Longest_ArrayOfContentElements_JoinsTheirTextsInOrder()
    {
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(new
        {
            content_elements = Enumerable.Range(1, 4).Select(i => new { type = "text", content = $"Paragraph {i}. " + Sentence }),
        }));

        var text = ProseFinder.Longest(json.RootElement)!;

        Assert.StartsWith("Paragraph 1. ", text, StringComparison.Ordinal);
        Assert.Contains("Paragraph 4. ", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("Paragraph 2.", StringComparison.Ordinal) < text.IndexOf("Paragraph 3.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{\"nested\":\"a JSON document kept as a string, with sentences. And more sentences. Then more.\"}")]
    [InlineData("aGVsbG8gd29ybGQgaGVsbG8gd29ybGQgaGVsbG8gd29ybGQgaGVsbG8gd29ybGQgaGVsbG8gd29ybGQ=")]
    public void Longest_CodeOrEncodedStrings_AreNotProse(string value)
    {
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(new { value = string.Concat(Enumerable.Repeat(value, 6)) }));

        Assert.Null(ProseFinder.Longest(json.RootElement));
    }
}
