using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>The role words an article gives a person where it names them. Invented people.</summary>
public sealed class RoleWindowTests
{
    [Theory]
    [InlineData("Mira Vale, the harbour spokeswoman, said the ferry runs at dawn.")]
    [InlineData("The harbour spokeswoman, Mira Vale, said the ferry runs at dawn.")]
    public void Words_RoleBeforeOrInApposition_HoldsTheRoleNoun(string text)
    {
        Assert.Contains("spokeswoman", RoleWords(text));
    }

    [Fact]
    public void Words_ClauseWithAVerbBeforeTheName_NoWordsFromIt()
    {
        Assert.DoesNotContain("minister", RoleWords("The minister met Mira Vale at the quay."));
    }

    [Fact]
    public void Words_LabelBeforeAColonOnTheLine_NoWordsFromIt()
    {
        Assert.DoesNotContain("premier", RoleWords("Key events\n9.10am: Premier: 'stay home'\n9.40am: Ferry halted at Mira Vale"));
    }

    private static List<string> RoleWords(string text)
    {
        var article = new ArticleParts(text);
        var vale = article.Names.Mentions.First(m => m.LastWord == "Vale");
        return RoleWindow.Words(text, article.Names, vale).ToList();
    }
}
