using NewsBot.Engine.Digests;
using NewsBot.Engine.Topics;

namespace NewsBot.Tests.Engine.Topics;

public sealed class TopicLocaleTests
{
    [Theory]
    [InlineData("de", "de")]
    [InlineData(" PT-br ", "pt-BR")]
    [InlineData("en-us", "en-US")]
    public void TryParse_AShippedLocale_ItsFileSpellingWhateverTheCase(string text, string expected)
    {
        Assert.True(TopicLocale.TryParse(text, out var locale));
        Assert.Equal(expected, locale);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Default")]
    public void TryParse_DefaultOrNothing_FollowsTheGlobalSetting(string? text)
    {
        Assert.True(TopicLocale.TryParse(text, out var locale));
        Assert.Null(locale);
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("german")]
    [InlineData("es")]
    public void TryParse_NoSuchFile_Refused(string text)
    {
        Assert.False(TopicLocale.TryParse(text, out _));
    }

    [Fact]
    public void Known_EnglishFirstThenTheOthersInOrder()
    {
        Assert.Equal(["en-US", "de", "es-ES", "fr", "it", "pt-BR"], TopicLocale.Known());
    }

    [Theory]
    [InlineData("fr", true)]
    [InlineData("klingon", false)]
    public void DigestOptions_Locale_OnlyAShippedOneValidates(string locale, bool valid)
    {
        var options = new DigestOptions { Locale = locale };
        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();

        var ok = System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), results, validateAllProperties: true);

        Assert.Equal(valid, ok);
        Assert.Equal(valid ? [] : ["Locale"], results.SelectMany(r => r.MemberNames));
    }
}
