using NewsBot.Ingestion.Extraction.Candidates;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Keeps only the lines of a DOM-read article text that the page's own JSON-LD <c>articleBody</c> also holds. When the
/// declared body is about as long as our text and agrees with it, it is the publisher's word on what the article is:
/// a line most of whose words it never uses (a sign-up box, a caption credit, a related-stories rail, an author's
/// card) was picked up from around the story. An embedded social post is the exception: publishers leave it out of
/// the declared body, yet the story quotes it. A short or disagreeing declaration (a teaser, another story) says
/// nothing about our lines, so the text stays whole.
/// </summary>
internal static class DeclaredBodyLines
{
    /// <summary>The declared body must hold at least this share of our text's word count to judge its lines.</summary>
    private const double MinimumDeclaredShare = 0.5;

    /// <summary>The share of the declared body's words our text must hold: the two are one story.</summary>
    private const double AgreementShare = 0.8;

    /// <summary>A line stays when at least this share of its words occur in the declared body.</summary>
    private const double LineShare = 0.5;

    public static string Keep(string text, string? declaredBody)
    {
        if (declaredBody is null || text.Length == 0)
        {
            return text;
        }

        // Counted before the bags are built: a short declaration (a teaser) needs neither.
        var blocks = MarkupText.ToBlocks(declaredBody);
        if (WordBag.Count(blocks) < WordBag.Count(text) * MinimumDeclaredShare)
        {
            return text;
        }

        var declared = WordBag.Of(blocks);
        if (declared.CoveredBy(WordBag.Of(text)) < AgreementShare)
        {
            return text;
        }

        // A dropped line's block separator goes with it, so the kept blocks stay one blank line apart.
        var output = new System.Text.StringBuilder(text.Length);
        var (dropped, blankPending) = (false, false);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                blankPending = output.Length > 0;
            }
            else if (!MostlyDeclared(line, declared) && !EmbeddedPost.IsPostOrCredit(lines, i))
            {
                dropped = true;
            }
            else
            {
                output.Append(blankPending ? "\n\n" : output.Length > 0 ? "\n" : "").Append(line);
                blankPending = false;
            }
        }

        return dropped && output.Length > 0 ? output.ToString() : text;
    }

    private static bool MostlyDeclared(string line, WordBag declared)
    {
        Span<char> buffer = stackalloc char[128];
        var (words, held) = (0, 0);
        foreach (var run in new WordRuns(line))
        {
            var word = line.AsSpan()[run];
            words++;
            if (word.Length <= buffer.Length && declared.Holds(buffer[..word.ToLowerInvariant(buffer)]))
            {
                held++;
            }
        }

        return words == 0 || held >= words * LineShare;
    }
}
