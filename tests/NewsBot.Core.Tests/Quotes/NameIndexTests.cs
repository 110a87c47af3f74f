using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>Queries over an article's name mentions; invented people.</summary>
public sealed class NameIndexTests
{
    private static readonly string[] People =
    [
        "Anna Brekvold", "Peter Salmhaus", "Maria Quennet", "Thomas Ulvedal", "Laura Pindrake",
        "Jonas Merrowitz", "Karl Drossel", "Lena Haverkamp", "Paul Ostrander",
    ];

    private static readonly string Text = string.Join(" ", People.Select(person => $"{person} arrived at the harbour."));

    [Fact]
    public void PersonBefore_FitIsAmongTheLastEightPeople_ReturnsTheLatestFit()
    {
        var names = NameIndex.Build(Text, WordTokenizer.Tokenize(Text, 0, Text.Length), []);

        var found = names.PersonBefore(Text.Length, m => m.LastWord is "Salmhaus" or "Quennet");

        Assert.Equal("Quennet", found?.LastWord);
    }

    [Fact]
    public void PersonBefore_OnlyFitIsNinePeopleBack_ReturnsNullUntilFewerAreBetween()
    {
        var names = NameIndex.Build(Text, WordTokenizer.Tokenize(Text, 0, Text.Length), []);

        Assert.Null(names.PersonBefore(Text.Length, m => m.LastWord == "Brekvold"));
        Assert.Equal("Brekvold", names.PersonBefore(Text.IndexOf("Karl", StringComparison.Ordinal), m => m.LastWord == "Brekvold")?.LastWord);
    }
}
