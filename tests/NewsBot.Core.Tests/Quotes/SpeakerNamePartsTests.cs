using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>A person's name inside a longer capitalised run: a title, a place or an `of` phrase around it is not the name.</summary>
public sealed class SpeakerNamePartsTests
{
    private const string Lead = "The ferry was late for the third day in a row.";

    [Theory]
    [InlineData("“The harbour is full,” recalls Product Designer Milo Brandt.", "Milo Brandt", "Product designer")]
    [InlineData("“The harbour is full,” said Kestrel Labs Co-Founder Ana Pirelli.", "Ana Pirelli", "Kestrel Labs Co-Founder")]
    public void Extract_CapitalisedTitleBeforeName_NameWithoutTitle(string paragraph, string speaker, string role)
    {
        var quote = Assert.Single(Extract(Article(Lead, paragraph)).Quotes);

        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(role, quote.SpeakerRole, ignoreCase: true);
    }

    [Theory]
    [InlineData("“We grew too fast,” said Co-Founder.")]
    [InlineData("“Nothing changes,” said Senior Vice-President.")]
    public void Extract_TitleWordsOnly_Unattributed(string paragraph)
    {
        Assert.Null(Assert.Single(Extract(Article(Lead, paragraph)).Quotes).Speaker);
    }

    [Fact]
    public void Extract_PlaceRunIntoName_NameWithoutPlace()
    {
        var quote = Assert.Single(Extract(Article(Lead, "Leeds Tamsin Worrell said: “The queues are longer.”")).Quotes);

        Assert.Equal("Tamsin Worrell", quote.Speaker);
        Assert.Equal("Leeds", quote.SpeakerRole);
    }

    [Theory]
    [InlineData("“The numbers do not add up,” Bryn Adler of Leeds University told the Courier.", "Bryn Adler")]
    [InlineData("“The numbers do not add up,” said Ilse Fenwick of Cardiff.", "Ilse Fenwick")]
    public void Extract_PersonOfPlace_PersonNotPlace(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Assert.Single(Extract(Article(Lead, paragraph)).Quotes).Speaker);
    }

    [Theory]
    [InlineData("“Rates will stay where they are,” said the Bank of England.", "Bank of England")]
    [InlineData("“The harbour must reopen,” said the Ministry of Transport.", "Ministry of Transport")]
    public void Extract_BodyNamedWithOf_WholeName(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Assert.Single(Extract(Article(Lead, paragraph)).Quotes).Speaker);
    }

    [Theory]
    [InlineData("“The detentions must end,” the Nordic High Commissioner for Coastal Rights said.", "Nordic High Commissioner for Coastal Rights")]
    [InlineData("“The detentions must end,” said the Halvik Centre for Harbour Studies.", "Halvik Centre for Harbour Studies")]
    public void Extract_OfficeOrBodyNamedWithFor_WholeName(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Assert.Single(Extract(Article(Lead, paragraph)).Quotes).Speaker);
    }

    [Theory]
    [InlineData("“The camps are full,” said High Commissioner for Refugees Jane Roe.")]
    [InlineData("“The camps are full,” said Secretary of State for Harbours Jane Roe.")]
    [InlineData("High Commissioner for Coastal Rights Jane Roe said: “The camps are full.”")]
    public void Extract_OfficeWithForBeforeName_PersonNotComplement(string paragraph)
    {
        Assert.Equal("Jane Roe", Assert.Single(Extract(Article(Lead, paragraph)).Quotes).Speaker);
    }
}
