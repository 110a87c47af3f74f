using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>Which capitalised words an article vouches for as surnames, and which uses elsewhere in it withdraw that. Invented names.</summary>
public sealed class VouchedSurnameReaderTests
{
    [Theory]
    [InlineData("en", "The vote was close. Industry analyst Ken Doctor watched it.", "Doctor")]
    [InlineData("en", "The vote was close. Analyst Ken J. Doctor watched it.", "Doctor")]
    [InlineData("de", "Im Streit hat sich Petra Hainbuch zu Wort gemeldet.", "Hainbuch")]
    [InlineData("es", "La directora del puerto, Carmen Pradera, presentó el proyecto.", "Pradera")]
    [InlineData("en", "The council met. Mr Hale was not there.", "Hale")]
    [InlineData("en", "The club named its coach. Stone, 44, joined from Brampton.", "Stone")]
    [InlineData("de", "Der Verein stellte ihn vor. Koch (54) kommt aus Brandheim.", "Koch")]
    public void Read_SurnameGivenAsAPerson_Vouched(string language, string text, string surname)
    {
        Assert.Contains(surname, VouchedSurnameReader.Read(text, language));
    }

    [Theory]
    [InlineData("en", "Tom Hale welcomed the vote. He runs a shop in Hale.", "Hale")]
    [InlineData("de", "Markus Koch übernimmt. Der Koch des Vereins kocht weiter.", "Koch")]
    [InlineData("en", "\"It is done,\" Hale said. The town agreed.", "Hale")]
    [InlineData("en", "The vote was close at the Ella Baker Center yesterday.", "Baker")]
    [InlineData("de", "Die Digitalisierung auf allen Ebenen des Verbandes geht weiter.", "Ebenen")]
    public void Read_PlaceNounOrNoGivenName_NotVouched(string language, string text, string word)
    {
        Assert.DoesNotContain(word, VouchedSurnameReader.Read(text, language));
    }
}
