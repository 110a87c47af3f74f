using NewsBot.Core.Quotes;
using NewsBot.Core.Tests.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>Soft hyphens (U+00AD) that pages put inside words for line breaks: one word, spelt without them. Invented names.</summary>
public sealed class WordTokenizerSoftHyphenTests
{
    [Fact]
    public void Tokenize_SoftHyphenInsideAWord_OneWordWithoutTheHyphen()
    {
        const string text = "Ina Brockhau\u00ADsen sagte";

        var words = WordTokenizer.Tokenize(text, 0, text.Length);

        Assert.Equal(["Ina", "Brockhausen", "sagte"], words.Select(w => w.Text));
        Assert.Equal(text.IndexOf(" sagte", StringComparison.Ordinal), words[1].End);
    }

    [Fact]
    public void Extract_SpeakerWrittenWithSoftHyphens_NameWithoutThem()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Die Forscherin Wen\u00ADke Hollan\u00ADder arbeitet noch immer im Labor.",
            "„Ich bewerbe mich für eine zweite Amtszeit im Rat der Stadt“, so Hollan\u00ADder.");

        Assert.Equal("Wenke Hollander", analysis.SpeakerOf("Ich bewerbe mich"));
    }
}
