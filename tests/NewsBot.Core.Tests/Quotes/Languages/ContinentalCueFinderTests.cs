namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>When a continental cue must leave a quote unattributed (quoted subjects), and whose a pull quote is. Invented people.</summary>
public sealed class ContinentalCueFinderTests
{
    [Theory]
    [InlineData("es", "Tras las declaraciones, “TOMI” (como se le conoce al exalcalde) contestó vía Twitter que “el fiscal no dijo eso, nunca dijo nada parecido”.")]
    [InlineData("pt", "Depois das declarações, “TOMI” (como é conhecido o ex-prefeito) respondeu pelo Twitter que “o promotor não disse isso, nunca disse nada parecido”.")]
    [InlineData("it", "Dopo le dichiarazioni, “TOMI” (come è noto l’ex sindaco) ha risposto su Twitter che “il procuratore non ha detto questo, non ha mai detto nulla”.")]
    public void Extract_SubjectWrittenAsAQuotedNickname_NotTheLastSpeaker(string language, string sentence)
    {
        var opening = language switch
        {
            "es" => "“El acusado recibió millones del puerto”, dijo el fiscal Tomás Ribera.",
            "pt" => "“O acusado recebeu milhões do porto”, disse o promotor Tomás Ribeiro.",
            _ => "«L’imputato ha ricevuto milioni dal porto», ha detto il procuratore Tommaso Riva.",
        };

        var analysis = ContinentalAttributionKit.ExtractIn(language, opening, sentence);

        Assert.Null(analysis.Quotes.Single(q => q.Text.Contains("nunca", StringComparison.Ordinal) || q.Text.Contains("mai", StringComparison.Ordinal)).Speaker);
    }

    [Theory]
    [InlineData("de", "„Wir haben alles versucht, was möglich war“, sagte Reeder Paul Kramer.", "„Es darf sich nicht die ganze Herde infizieren“",
        "Uwe Lenz backt seit Jahren Brot. „Es darf sich nicht die ganze Herde infizieren“, sagt Lenz.", "Uwe Lenz")]
    [InlineData("fr", "« Nous avons tout essayé, tout ce qui était possible », a dit l’armateur Paul Morel.", "« Des réformes propices à la croissance »",
        "« L’économie tient bon, et il faut des réformes propices à la croissance », a prévenu le commissaire Luc Marchand.", "Luc Marchand")]
    public void Extract_PullQuoteParagraph_TheSpeakerOfTheQuoteItRepeats(string language, string before, string pull, string after, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, before, pull, after);

        var quotes = analysis.Quotes.Concat(analysis.Mentions).OrderBy(q => q.Start).ToList();
        Assert.Equal(speaker, quotes[1].Speaker);
        Assert.Equal(speaker, quotes[2].Speaker);
    }
}
