namespace NewsBot.Core.Quotes;

/// <summary>
/// `DiMugno says …. “…,” stated Holm. While he agrees that …`: a name after the reporting verb that follows a closing
/// quotation mark is the subject of its inverted sentence, so a later `he` can mean him as it could mean `Holm stated`.
/// English order only: the verb stands right after the mark and the name right after the verb.
/// </summary>
internal static class InvertedTailSubject
{
    public static List<NameMention> Mark(string text, List<NameMention> mentions) =>
        mentions.Any(m => Follows(text, m)) ? mentions.Select(m => Follows(text, m) ? m with { SpeaksAfterQuote = true } : m).ToList() : mentions;

    private static bool Follows(string text, NameMention mention)
    {
        if (mention.InsideQuote || mention.Kind is not (NameKind.Person or NameKind.Unknown))
        {
            return false;
        }

        var before = text.AsSpan(0, mention.Span.Start).TrimEnd(' ');
        var verbStart = before.LastIndexOf(' ') + 1;
        if (verbStart <= 1 || !ReportingVerbs.IsReportingVerb(before[verbStart..].ToString()))
        {
            return false;
        }

        var beforeVerb = before[..verbStart].TrimEnd(' ');
        return beforeVerb.Length > 0 && beforeVerb[^1] is '”' or '"' or '’';
    }
}
