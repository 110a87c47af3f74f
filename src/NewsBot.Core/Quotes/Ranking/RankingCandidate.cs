namespace NewsBot.Core.Quotes.Ranking;

/// <summary>
/// One person who may have said a quote, with what the text tells about them around it: the rule's own choice, the
/// previous quote's speaker, or a name mentioned nearby. The same name found several ways is one candidate.
/// </summary>
internal sealed class RankingCandidate(string speaker)
{
    public string Speaker { get; } = speaker;

    /// <summary>The rules' attribution when they chose this speaker; null for an alternative.</summary>
    public Attribution? Rule { get; set; }

    /// <summary>The mention nearest to the quote outside quotes, in the quote's paragraph or the one before.</summary>
    public NameMention? Nearest { get; set; }

    /// <summary>Characters from the nearest mention to the quote's marks; negative before the quote.</summary>
    public int Distance { get; set; }

    public bool SameSentence { get; set; }

    public bool SameParagraph { get; set; }

    public bool PreviousSpeaker { get; set; }

    /// <summary>The last person named before the quote (outside quotes).</summary>
    public bool LastPersonBefore { get; set; }

    /// <summary>How often the article names them (by their last word), outside quotes.</summary>
    public int Mentions { get; set; }

    public bool FromMention => Nearest is not null;

    /// <summary>The speaker of the next quote the rules attributed (at most two paragraphs on).</summary>
    public bool NextSpeaker { get; set; }

    /// <summary>Paragraphs since the person was last named before the quote's window; -1 when not found that way.</summary>
    public int ParagraphsSinceMention { get; set; } = -1;

    /// <summary>Their share of the quotes the rules attributed in the article.</summary>
    public double QuoteShare { get; set; }

    public bool MostQuoted { get; set; }

    /// <summary>The rules gave them a quote in the paragraph before.</summary>
    public bool SpokePreviousParagraph { get; set; }

    /// <summary>The only person the article names outside quotes.</summary>
    public bool OnlyPerson { get; set; }
}
