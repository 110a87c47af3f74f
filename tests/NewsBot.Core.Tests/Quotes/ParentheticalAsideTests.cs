using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>A bracketed aside between a name and its colon (`Rep. Trey Gowan (R-S.C.): "…"`). Invented people.</summary>
public sealed class ParentheticalAsideTests
{
    [Fact]
    public void Find_PartyTagBeforeColon_NamesThePersonBeforeTheBracket()
    {
        const string text = "Rep. Trey Gowan (R-S.C.): \"Who told you that the figure was right?\"";
        var article = new ArticleParts(text);
        var cue = new EnglishLeadCue(text, article.Subjects());

        var speaker = cue.Find(article.LeadWords(0), article.ParagraphOf(0), article.Segments[0].OpenMark);

        Assert.NotNull(speaker);
        Assert.Equal("Gowan", speaker.Words[^1]);
    }

    [Fact]
    public void Strip_BracketClosesTheLead_KeepsTheWordsBeforeIt()
    {
        const string text = "Nora Quist (pictured): \"Sail.\"";
        var lead = WordTokenizer.Tokenize(text, 0, text.IndexOf(')', StringComparison.Ordinal));

        var bare = ParentheticalAside.Strip(text, lead);

        Assert.NotNull(bare);
        Assert.Equal(["Nora", "Quist"], bare.Value.Lead.ConvertAll(w => w.Text));
        Assert.Equal(text.IndexOf(')', StringComparison.Ordinal) + 1, bare.Value.End);
    }

    [Fact]
    public void Strip_NoBracketAtTheEnd_Null()
    {
        const string text = "Nora Quist (pictured) told us: \"Sail.\"";
        var lead = WordTokenizer.Tokenize(text, 0, text.IndexOf(':', StringComparison.Ordinal));

        Assert.Null(ParentheticalAside.Strip(text, lead));
    }
}
