using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

/// <summary>A byline guessed from unmarked text must read as a person: capitalised words with a known given name or surname.</summary>
public sealed class PersonNameShapeTests
{
    [Theory]
    [InlineData("Nadia Kerrigan", true)]
    [InlineData("Dr. Nadia Kerrigan", true)]
    [InlineData("Ria van der Velde", true)]
    [InlineData("Nadia", false)]
    [InlineData("Name *", false)]
    [InlineData("HR Strategy", false)]
    [InlineData("Nadia Intelligence Corp", false)]
    [InlineData("nadia kerrigan", false)]
    [InlineData("Why the Tides Rose Early This Year", false)]
    public void IsPerson_Text_ReadsAsOnePersonsName(string text, bool expected) =>
        Assert.Equal(expected, PersonNameShape.IsPerson(text));
}
