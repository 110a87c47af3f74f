using NewsBot.Core.Quotes;
using NewsBot.Core.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>`Bürgermeisterin Hinrichs`: a woman's title before a lone surname tells her gender. Invented people.</summary>
public sealed class GermanRoleGenderTests
{
    [Theory]
    [InlineData("Bürgermeisterin", "de", "Female")]
    [InlineData("Stadträtin", "de", "Female")]
    [InlineData("Bürgermeister", "de", "Unknown")]
    [InlineData("Bürgermeisterin", "fr", "Unknown")]
    public void Before_TitleBeforeSurname_GenderOfTheTitle(string title, string language, string expected)
    {
        List<Word> run = [new(0, title.Length, title, title.ToLowerInvariant()), new(title.Length + 1, title.Length + 9, "Hinrichs", "hinrichs")];

        Assert.Equal(Enum.Parse<Gender>(expected), GermanRoleGender.Before(run, run[1].Start, language));
    }

    [Fact]
    public void Extract_HeAfterAWomanNamedByTitle_NotHer()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Im Rathaus sieht man das Problem. Bürgermeisterin Hinrichs spricht von einer Entwicklung. „Wir können den Leuten keine Fische ins Netz legen“, sagt sie.",
            "Nicht alle glauben daran. „Die Touristen merken den Unterschied nicht“, sagt er.",
            "Der Hafen bleibt vorerst offen.");

        Assert.Equal("Hinrichs", analysis.SpeakerOf("Wir können"));
        Assert.NotEqual("Hinrichs", analysis.SpeakerOf("Die Touristen"));
    }
}
