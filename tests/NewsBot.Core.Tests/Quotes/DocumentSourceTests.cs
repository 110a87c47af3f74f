using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>A document speaks for whoever issued it: `according to a statement from the Ministry of Transport`.</summary>
public sealed class DocumentSourceTests
{
    [Theory]
    [InlineData("“The new pier will be approved before the summer recess,” according to a statement from the Halvik Ministry of Transport.")]
    [InlineData("“The new pier will be approved before the summer recess,” said a report by the Halvik Ministry of Transport.")]
    [InlineData("“The new pier will be approved before the summer recess,” according to a statement released by the Halvik Ministry of Transport.")]
    [InlineData("“The new pier will be approved before the summer recess,” according to a court document filed by the Halvik Ministry of Transport.")]
    public void Extract_DocumentFromNamedBody_SpeakerIsTheBody(string paragraph)
    {
        var quote = Assert.Single(Extract(Article("Brenford pier plans move ahead", paragraph)).Quotes);

        Assert.Equal("Halvik Ministry of Transport", quote.Speaker);
    }

    [Fact]
    public void Extract_DocumentWithoutIssuer_NoDocumentAsSpeaker()
    {
        var quote = Assert.Single(Extract(Article(
            "Brenford pier plans move ahead",
            "“The new pier will be approved before the summer recess,” according to a statement.")).Quotes);

        Assert.NotEqual("statement", quote.Speaker);
    }

    [Fact]
    public void Extract_DocumentObtainedByANamedReader_ReaderIsNoSpeaker()
    {
        var quote = Assert.Single(Extract(Article(
            "Brenford pier plans move ahead",
            "“The new pier will be approved before the summer recess,” according to a memo obtained by Ivo Brandt.")).Quotes);

        Assert.Null(quote.Speaker);
    }
}
