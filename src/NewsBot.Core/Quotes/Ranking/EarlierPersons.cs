namespace NewsBot.Core.Quotes.Ranking;

/// <summary>
/// The persons named outside quotes before a quote's window (its paragraph and the one before), most recent first,
/// with the paragraph of their last mention: a reader still knows who `he` is three paragraphs on. Read with one cursor
/// over the article's mentions as the quotes advance, so no quote rescans the article.
/// </summary>
internal sealed class EarlierPersons(IReadOnlyList<TextSpan> paragraphs, NameIndex names)
{
    /// <summary>More would add names the reader has long set aside, and cost per quote.</summary>
    public const int MaxPersons = 5;

    private readonly Dictionary<string, (NameMention Mention, int Paragraph)> _lastMentions = new(StringComparer.Ordinal);
    private int _mention;
    private int _paragraph;

    /// <summary>Persons last named before <paramref name="windowStart"/>, most recently named first; calls must not go back.</summary>
    public List<(NameMention Mention, int Paragraph)> Before(int windowStart)
    {
        var mentions = names.Mentions;
        while (_mention < mentions.Count && mentions[_mention].Span.Start < windowStart)
        {
            var mention = mentions[_mention++];
            while (_paragraph + 1 < paragraphs.Count && paragraphs[_paragraph].End <= mention.Span.Start)
            {
                _paragraph++;
            }

            if (!mention.InsideQuote && mention.Kind == NameKind.Person)
            {
                _lastMentions[mention.LastWord] = (mention, _paragraph);
            }
        }

        var recent = new List<(NameMention Mention, int Paragraph)>(_lastMentions.Values);
        recent.Sort((a, b) => b.Mention.Span.Start.CompareTo(a.Mention.Span.Start));
        if (recent.Count > MaxPersons)
        {
            recent.RemoveRange(MaxPersons, recent.Count - MaxPersons);
        }

        return recent;
    }
}
