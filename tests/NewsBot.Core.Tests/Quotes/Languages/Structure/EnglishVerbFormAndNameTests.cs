namespace NewsBot.Core.Tests.Quotes.Languages.Structure;

/// <summary>
/// Theory: progressive and modal tenses of a reporting verb attribute like its simple past, while the passive (`was told`)
/// makes its subject a recipient; the Arabic article `al-`/`el-` belongs to the surname. Invented outlets and people.
/// </summary>
public sealed class EnglishVerbFormAndNameTests
{
    [Theory]
    [InlineData("Whitcombe was saying")]
    [InlineData("Whitcombe is saying")]
    [InlineData("Whitcombe kept saying")]
    [InlineData("Whitcombe would later recall")]
    [InlineData("she would later recall")]
    [InlineData("she was saying")]
    public void Extract_ProgressiveOrModalTenseAfterTheQuote_TheMayorSpeaks(string attribution)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "en", "The mayor of Eastfield, Ellen Whitcombe, visited the quay on Monday with the fishermen.",
            "“We have lost two boats and a lot of nets,” Whitcombe told reporters.", $"“The ferry will run again before the winter,” {attribution}.");

        Assert.Equal("Ellen Whitcombe", analysis.SpeakerContaining("ferry will run"));
    }

    [Fact]
    public void Extract_PassiveWasToldAfterTheQuote_NotTheRecipient()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "en", "The mayor of Eastfield, Ellen Whitcombe, visited the quay on Monday with the fishermen.",
            "“The ferry will run again before the winter,” Whitcombe was told.");

        Assert.Null(analysis.SpeakerContaining("ferry will run"));
    }

    [Theory]
    [InlineData("Yusuf al-Hamdan")]
    [InlineData("Omar el-Sayed")]
    public void Extract_ArabicArticleNameAfterSaid_TheWholeName(string name)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("en", $"“The ferry will run again before the winter,” said {name}.");

        Assert.Equal(name, analysis.SpeakerContaining("ferry will run"));
    }
}
