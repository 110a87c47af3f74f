using NewsBot.Core.Text;
using NewsBot.Core.Topics;

namespace NewsBot.Core.Tests.Topics;

public sealed class WordVocabularyTests
{
    [Theory]
    [InlineData("Zürich's ferry, 2026!")]
    [InlineData("Ελληνικό ΛΙΜΆΝΙ — Όσσελ")]
    [InlineData("한국어 항구 𝒜𝒜 ﬁsh Ｆｕｌｌ")]
    [InlineData("e\u0301te\u0301 Ångström na\u00efve co\u00f6perate")]
    [InlineData("lone \ud800 surrogate \udc00 here")]
    public void AddWords_AnyText_SameWordsAsWordNormalizer(string text)
    {
        var vocabulary = new WordVocabulary();
        var ids = new List<int>();

        vocabulary.AddWords(text, ids);

        var expected = text.Contains('\ud800', StringComparison.Ordinal) ? ["lone", "surrogate", "here"] : WordNormalizer.Words(text);
        Assert.Equal(expected, ids.Select(vocabulary.Word));
    }
}
