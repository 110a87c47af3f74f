using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>A pull quote whose closing mark comes after its signature line (`"…` / `Name, Affiliation."`). Invented people.</summary>
public sealed class QuotedSignatureLineTests
{
    private const string Opening = "The council voted to close the valley library.\n\n\"We will lose the only quiet room this town has.\n";

    [Fact]
    public void Find_NameAndAffiliationBeforeClosingMark_NamesTheSigner()
    {
        var signer = Signer(Opening + "Orla Fenwick, Friends of Marlow Library.\"");

        Assert.NotNull(signer);
        Assert.Equal(CandidateKind.Name, signer.Kind);
        Assert.Equal(["Orla", "Fenwick"], signer.Words);
    }

    [Fact]
    public void Find_SignatureWithoutClosingMark_Null()
    {
        Assert.Null(Signer(Opening + "Orla Fenwick, Friends of Marlow Library."));
    }

    [Fact]
    public void Find_LineOpensWithNoGivenName_Null()
    {
        Assert.Null(Signer(Opening + "Riverside Readers, Friends of the Library.\""));
    }

    [Fact]
    public void Find_LineGoesOnAsASentence_Null()
    {
        Assert.Null(Signer(Opening + "Orla Fenwick, who runs the reading room, agreed.\""));
    }

    private static SpeakerCandidate? Signer(string text)
    {
        var article = new ArticleParts(text);
        return QuotedSignatureLine.Find(text, article.Paragraphs, article.Segments[0]);
    }
}
