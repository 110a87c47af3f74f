using System.Globalization;
using NewsBot.Core.Quotes;
using NewsBot.Core.Text;

namespace NewsBot.Core.Digests;

/// <summary>A content word or figure of a headline or lead; <see cref="IsName"/> when it was written with a capital.</summary>
internal readonly record struct StoryTerm(string Text, bool IsName)
{
    private static readonly char[] Blanks = [' ', '\t', '\r', '\n', '\u00a0'];

    public static IEnumerable<StoryTerm> Read(string? text, StoryClusteringSettings settings)
    {
        if (string.IsNullOrEmpty(text))
            yield break;
        var stem = settings.SuffixStemming ? TermStemmer.Suffixes : (Func<string, string>)TermStemmer.Plural;
        foreach (var chunk in text.Split(Blanks, StringSplitOptions.RemoveEmptyEntries))
        {
            if (settings.Figures && Figure(chunk) is { } figure)
            {
                yield return new StoryTerm(figure, false);
                continue;
            }
            var isName = chunk.FirstOrDefault(char.IsLetterOrDigit) is var first && char.IsUpper(first);
            foreach (var word in WordNormalizer.Words(chunk))
            {
                if (word.Length > 2 && !StopWords.Contains(word) && !char.IsDigit(word[0]))
                    yield return new StoryTerm(stem(word), isName);
            }
        }
    }

    /// <summary>"1.50", "1.5" and "130" as numbers, so the same figure rounded the same way meets across outlets.</summary>
    private static string? Figure(string chunk)
    {
        var trimmed = chunk.Trim('(', ')', ',', ';', ':', '.', '!', '?', '"', '\'', '%');
        return trimmed.Length > 0 && char.IsDigit(trimmed[0])
            && decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? "#" + number.ToString("G29", CultureInfo.InvariantCulture)
            : null;
    }
}
