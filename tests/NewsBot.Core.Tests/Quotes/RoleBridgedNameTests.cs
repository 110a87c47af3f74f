using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>A party or body before a role and a name (`Republican presidential nominee Dana Holt issued …:`). Invented people.</summary>
public sealed class RoleBridgedNameTests
{
    [Fact]
    public void Find_PartyAdjectiveBeforeRoleAndName_NamesThePerson()
    {
        const string text = "On Friday, Republican presidential nominee Dana Holt issued the following statement: \"We will rebuild Marlow together.\"";
        var article = new ArticleParts(text);
        var cue = new EnglishLeadCue(text, article.Subjects());

        var speaker = cue.Find(article.LeadWords(0), article.ParagraphOf(0), article.Segments[0].OpenMark);

        Assert.NotNull(speaker);
        Assert.Equal("Holt", speaker.Words[^1]);
    }

    [Fact]
    public void Follow_OnlyRoleWordsBetween_TakesTheNextRun()
    {
        var (words, runs) = Read("Republican presidential nominee Dana Holt issued");

        Assert.Equal(["Dana", "Holt"], RoleBridgedName.Follow(words, runs, runs[0]).ConvertAll(w => w.Text));
    }

    [Fact]
    public void Follow_VerbBeforeTheRole_KeepsTheRun()
    {
        var (words, runs) = Read("Republican leaders hired adviser Dana Holt");

        Assert.Same(runs[0], RoleBridgedName.Follow(words, runs, runs[0]));
    }

    [Fact]
    public void Follow_RunThatMayBeAPerson_KeepsTheRun()
    {
        var (words, runs) = Read("Thomas told reporter Dana Holt");

        Assert.Same(runs[0], RoleBridgedName.Follow(words, runs, runs[0]));
    }

    private static (List<Word> Words, List<List<Word>> Runs) Read(string text)
    {
        var words = WordTokenizer.Tokenize(text, 0, text.Length);
        return (words, NameMentionReader.Runs(text, words));
    }
}
