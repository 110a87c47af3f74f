namespace NewsBot.Evaluation;

/// <summary>
/// Port of shared/tools/score_news_quotes.py: per language and overall, over the key quotes, how many were found
/// (a returned quote contains the key quote, or is contained in it when longer than 8 characters; the first such
/// quote in document order decides), and of all key quotes the shares found with the right speaker, a wrong one, or
/// none; plus not_a_quote entries shown as key (fragments). Added here: quote precision, the share of returned
/// quotes that match a key or optional gold quote by the same rule, and its F1 with key recall.
/// </summary>
public sealed class NewsQuoteScorer
{
    public const string AllLanguages = "all";

    private readonly SortedDictionary<string, NewsTally> _tallies = new(StringComparer.Ordinal);

    /// <summary>Languages in the scorer's order (alphabetical), then <c>all</c>; empty before the first article.</summary>
    public IEnumerable<KeyValuePair<string, NewsTally>> Tallies =>
        _tallies.Where(t => t.Key != AllLanguages).Concat(_tallies.Where(t => t.Key == AllLanguages));

    public NewsTally Tally(string language) => _tallies.TryGetValue(language, out var tally) ? tally : new NewsTally();

    /// <summary>Scores one article; <paramref name="notes"/>, when given, receives the script's --mistakes lines.</summary>
    public void Add(NewsGoldArticle article, IReadOnlyList<PredictedQuote> returned, ICollection<string>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(returned);
        var tallies = new[] { TallyFor(article.Lang), TallyFor(AllLanguages) };
        var got = returned.Select(q => (Text: NewsText.Normalize(q.Text), q.Speaker, q.IsKey, q.Evidence)).ToList();
        foreach (var gold in article.Quotes)
        {
            var normalized = NewsText.Normalize(gold.Quote);
            if (gold.Kind == NewsGoldQuote.NotAQuote)
            {
                if (got.Any(q => q.IsKey && IsFragmentOf(q.Text, normalized)))
                {
                    Count(tallies, t => t.Fragments++);
                    notes?.Add($"FRAGMENT shown: {Clip(gold.Quote, 40)}");
                }

                continue;
            }

            if (gold.Kind != NewsGoldQuote.Key)
                continue;
            Count(tallies, t => t.KeyQuotes++);
            var match = got.FindIndex(q => Matches(q.Text, normalized));
            if (match < 0)
            {
                notes?.Add($"MISSED: {Clip(gold.Quote, 50)}");
                continue;
            }

            Count(tallies, t => t.Found++);
            var speaker = got[match].Speaker;
            if (NewsText.SpeakerMatches(gold.Speaker, speaker))
            {
                Count(tallies, t => t.Right++);
            }
            else if (!string.IsNullOrEmpty(speaker))
            {
                Count(tallies, t => t.Wrong++);
                notes?.Add($"WRONG: {Clip(gold.Quote, 40)} want {gold.Speaker ?? "None"} got {speaker}{EvidenceNote(got[match].Evidence)}");
            }
            else
            {
                Count(tallies, t => t.None++);
                notes?.Add($"NONE: {Clip(gold.Quote, 40)} want {gold.Speaker}{EvidenceNote(got[match].Evidence)}");
            }
        }

        var statements = article.Quotes.Where(q => q.Kind != NewsGoldQuote.NotAQuote).Select(q => NewsText.Normalize(q.Quote)).ToList();
        var matching = got.Count(q => statements.Any(s => Matches(q.Text, s)));
        Count(tallies, t =>
        {
            t.Articles++;
            t.Returned += got.Count;
            t.ReturnedMatching += matching;
        });
    }

    /// <summary>A returned quote contains the gold one, or is contained in it when longer than 8 characters.</summary>
    private static bool Matches(string returned, string gold) =>
        returned.Length > 0 && (returned.Contains(gold, StringComparison.Ordinal) || (NewsText.CodePointLength(returned) > 8 && gold.Contains(returned, StringComparison.Ordinal)));

    private static bool IsFragmentOf(string shown, string gold) =>
        shown.Length > 0 && (shown == gold || (shown.Contains(gold, StringComparison.Ordinal) && NewsText.CodePointLength(shown) <= NewsText.CodePointLength(gold) + 12));

    private static string EvidenceNote(string? evidence) => evidence is null ? string.Empty : $" [{evidence}]";

    private static string Clip(string text, int length) =>
        "'" + new string(text.EnumerateRunes().Take(length).SelectMany(r => r.ToString()).ToArray()) + "'";

    private static void Count(NewsTally[] tallies, Action<NewsTally> change)
    {
        foreach (var tally in tallies)
            change(tally);
    }

    private NewsTally TallyFor(string language)
    {
        if (!_tallies.TryGetValue(language, out var tally))
            _tallies[language] = tally = new NewsTally();
        return tally;
    }
}
