namespace NewsBot.Core.Quotes;

/// <summary>
/// `Lindqvist wrote in a recent brief, co-authored by …, that …` then `“…,” the researchers wrote.`: the authors of a text
/// whose one named writer the article gave in the paragraph or the one before speak through that writer, as the news set
/// annotates (`Paganini and his team wrote` is `Lucas Paganini`). Two writers named there, or none, leave it to no one.
/// </summary>
internal static class LeadWriter
{
    private const int MaxWordsToVerb = 4;

    private static readonly HashSet<string> Authors = ["researchers", "authors", "scientists"];

    private static readonly HashSet<string> Writing = ["wrote", "writes", "write"];

    public static string? Find(string text, NameIndex names, SpeakerCandidate candidate)
    {
        var after = WordTokenizer.Tokenize(text, candidate.Position, Math.Min(text.Length, candidate.Position + candidate.Written.Length + 12));
        var head = after.FindIndex(w => Authors.Contains(w.Lower));
        if (head < 0 || head + 1 >= after.Count || !Writing.Contains(after[head + 1].Lower))
        {
            return null;
        }

        var window = ParagraphStart(text, Math.Max(0, ParagraphStart(text, candidate.Position) - 2));
        var words = WordTokenizer.Tokenize(text, window, candidate.Position);
        var writers = names.Mentions
            .Where(m => m.Span.Start >= window && m.Span.End <= candidate.Position && !m.InsideQuote && m.Kind is NameKind.Person or NameKind.Unknown)
            .Where(m => words.FindIndex(w => w.Start >= m.Span.End) is var next and >= 0 && words.Skip(next).Take(MaxWordsToVerb).Any(w => Writing.Contains(w.Lower)))
            .Select(m => names.FullForm(m.Words, m.Span.Start)?.Text ?? m.Text)
            .Distinct()
            .ToList();
        return writers.Count == 1 ? writers[0] : null;
    }

    private static int ParagraphStart(string text, int position)
    {
        var blank = position > 0 ? text.LastIndexOf("\n\n", position - 1, StringComparison.Ordinal) : -1;
        return blank < 0 ? 0 : blank + 2;
    }
}
