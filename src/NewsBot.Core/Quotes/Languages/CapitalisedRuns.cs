namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// The runs of capitalised words that may name a person, cut where a German article follows a noun and kept together over
/// a trailing elided particle (`d’Aubuisson`).
/// </summary>
internal sealed class CapitalisedRuns(string text, LanguageKnowledge language)
{
    /// <summary>Particles before an article inside a name: `Van der Bellen`, `De la Cruz`.</summary>
    private static readonly HashSet<string> NameParticles = ["van", "von", "de", "di", "da", "du", "del", "della", "ter", "ten"];

    /// <summary>Runs of capitalised words, with a trailing `d’Aubuisson` kept in the name.</summary>
    public List<List<Word>> Runs(IReadOnlyList<Word> words)
    {
        var runs = language.CapitalisesNouns ? WithoutLeadingPrepositions(NameMentionReader.Runs(text, words).SelectMany(SplitAtArticle)) : NameMentionReader.Runs(text, words);
        foreach (var run in runs)
        {
            var next = IndexAfter(words, run[^1]);
            if (next < words.Count && IsElidedParticle(words[next]) && text.AsSpan(run[^1].End, words[next].Start - run[^1].End) is " ")
            {
                run.Add(words[next]);
            }
        }

        return runs;
    }

    /// <summary>
    /// `Schauspielerin den Opernball`, `Frau der Stunde`: in German a lower-case `den`/`der` after a capitalised noun is its
    /// article, not the particle of a name (`van der Bellen`, `von der Leyen` keep theirs, after another particle).
    /// </summary>
    private IEnumerable<List<Word>> SplitAtArticle(List<Word> run)
    {
        var from = 0;
        for (var i = 1; i < run.Count - 1; i++)
        {
            if (!run[i].IsCapitalized && language.Determiners.Contains(run[i].Lower) && run[i - 1].IsCapitalized && !NameParticles.Contains(run[i - 1].Lower))
            {
                yield return run.GetRange(from, i - from);
                from = i + 1;
            }
        }

        yield return from == 0 ? run : run.GetRange(from, run.Count - from);
    }
    private List<List<Word>> WithoutLeadingPrepositions(IEnumerable<List<Word>> runs)
    {
        var kept = new List<List<Word>>();
        foreach (var run in runs)
        {
            if (LeadingPreposition.Strip(run, language) is { Count: > 0 } rest)
            {
                kept.Add(rest);
            }
        }

        return kept;
    }

    private static int IndexAfter(IReadOnlyList<Word> words, Word word)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Start > word.Start)
            {
                return i;
            }
        }

        return words.Count;
    }

    private static bool IsElidedParticle(Word word) =>
        word.Text.Length > 3 && word.Text[0] is 'd' && word.Text[1] is '\'' or '’' && char.IsUpper(word.Text[2]);
}
