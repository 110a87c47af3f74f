using System.Text;
using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Tests.Quotes.Entities;

public sealed class SortedLinesTests
{
    public static TheoryData<string> EmbeddedFiles() =>
    [
        "entities.tsv", .. LexiconLanguages.All.Select(language => $"common-{language}.txt"),
    ];

    [Fact]
    public void TryFind_EveryLineOfASmallList_FoundWithItsCodes()
    {
        var lines = SortedLines.From(["über\tG", "new york\tPB", "new\tX", "a\tR", "zz\tS", "ärger\tK"]);

        foreach (var (key, codes) in new[] { ("über", "G"), ("new york", "PB"), ("new", "X"), ("a", "R"), ("zz", "S"), ("ärger", "K") })
        {
            Assert.True(lines.TryFind(key, out var found), key);
            Assert.Equal(codes, Encoding.UTF8.GetString(found));
        }
        Assert.Equal(6, lines.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ne")]
    [InlineData("new yor")]
    [InlineData("0")]
    [InlineData("zzz")]
    [InlineData("Über")]
    public void TryFind_NotAKey_False(string key) =>
        Assert.False(SortedLines.From(["über\tG", "new york\tPB", "new\tX", "a\tR", "zz\tS"]).TryFind(key, out _));

    [Fact]
    public void TryFind_KeyLongerThanAnyLine_False() => Assert.False(SortedLines.From(["a"]).Contains(new string('a', 300)));

    /// <summary>The search relies on the build script's sort: a file out of byte order would silently lose words.</summary>
    [Theory]
    [MemberData(nameof(EmbeddedFiles))]
    public void FirstOutOfOrder_EmbeddedFile_None(string file)
    {
        var bytes = LexiconResources.Bytes(file);

        Assert.Null(new SortedLines(bytes).FirstOutOfOrder());
        Assert.DoesNotContain((byte)'\r', bytes);
    }

    [Fact]
    public void TryFind_EveryKeyOfTheEmbeddedEntityFile_Found()
    {
        var bytes = LexiconResources.Bytes("entities.tsv");
        var lines = new SortedLines(bytes);

        var keys = Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[..l.IndexOf('\t', StringComparison.Ordinal)]).ToList();

        Assert.All(keys, key => Assert.True(lines.Contains(key), key));
        Assert.Equal(keys.Count, lines.Count);
    }
}
