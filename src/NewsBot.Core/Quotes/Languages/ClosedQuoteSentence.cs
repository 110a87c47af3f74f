namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Where the sentence of a quote ends for the pronouns after it. A quote whose own words end the sentence (`Fuchs fügte
/// hinzu: „Am Samstag zählt nur ein Sieg.“ Hahn kündigte Konsequenzen an.`) ends it at its closing mark: the next sentence,
/// whose subject a later `sagte er` goes on with, starts there, not at the next full stop.
/// </summary>
internal static class ClosedQuoteSentence
{
    public static int End(string text, QuotedSegment segment, int tailEnd)
    {
        if (segment.IsOpenEnded || segment.Content.Length == 0 || text[segment.Content.End - 1] is not ('.' or '!' or '?'))
        {
            return tailEnd;
        }

        var next = segment.CloseMark + 1;
        while (next < tailEnd && text[next] == ' ')
        {
            next++;
        }

        return next > segment.CloseMark + 1 && next < tailEnd && char.IsUpper(text[next]) ? segment.CloseMark + 1 : tailEnd;
    }
}
