using NewsBot.Core.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>The people an article names: the fullest name it gives, and who a pronoun after an aged person means. Invented names.</summary>
public sealed class PersonNamesTests
{
    [Fact]
    public void Extract_FemalePronounAfterAPersonGivenAnAge_NotTheManWhoSpokeBefore()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de", "„Viel Geld haben wir schon“, erklärt Pastor Jonas Wendel. Walburgis Tenholt (81) blättert in einem Buch über Kirchen. „Es ist das Einzige, was nicht stören würde“, sagt sie lachend.");

        // The lexicon does not know her names, so the entity check may keep her below the threshold; never the man.
        Assert.NotEqual("Jonas Wendel", analysis.SpeakerOf("Es ist das Einzige"));
    }

    [Theory]
    [InlineData("Martínez", "Juan Martínez d’Aubuisson")]
    [InlineData("Juan", "Juan Martínez d’Aubuisson")]
    public void Fullest_SurnameOrTheOnlyBearersFirstName_TheFullName(string mention, string expected)
    {
        var text = "El periodista Juan Martínez d’Aubuisson habló ayer con el puerto. Después Martínez volvió.";

        Assert.Equal(expected, string.Join(' ', Names(text, "es").Fullest([mention])));
    }

    [Theory]
    [InlineData("La romancière Seo Hyeyun et son éditeur, Jang Hyeyun, sont à Valbourg. Hyeyun ajoute un mot.", "Hyeyun")]
    [InlineData("La romancière Seo Hyeyun est à Valbourg avec son éditeur, Jang Minho. Hyeyun ajoute un mot.", "Seo Hyeyun")]
    public void Fullest_GivenNameOfFamilyNameFirstPeople_FullOnlyWhenOneFamilyHasIt(string text, string expected) =>
        Assert.Equal(expected, string.Join(' ', Names(text, "fr").Fullest(["Hyeyun"])));

    private static PersonNames Names(string text, string language) => new(text, [], KnownLanguages.Find(language));
}
