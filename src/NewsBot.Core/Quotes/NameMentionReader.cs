namespace NewsBot.Core.Quotes;

/// <summary>Reads runs of capitalized words as name mentions, moving leading titles aside and classifying each run.</summary>
internal static class NameMentionReader
{
    /// <inheritdoc cref="NameRuns.Split"/>
    public static List<List<Word>> Runs(string text, IReadOnlyList<Word> words) => NameRuns.Split(text, words);

    public static NameMention? Read(string text, List<Word> run, Func<string, bool> knownPersonSurname)
    {
        run = NameLeadWords.AfterCommonNounAndParticle(run);
        var titleCount = NameTitles.TitleCount(run);
        if (titleCount >= run.Count)
        {
            return NameTitles.OfficeMention(text, run);
        }

        // `ambassador to Britain Liu Xiaming`: the place is where the post is, kept like a title.
        titleCount = titleCount == 0 && NameLeadWords.LeadingPlaceBeforeName(run) ? 1 : titleCount;

        var nameWords = new string[run.Count - titleCount];
        for (var i = 0; i < nameWords.Length; i++)
        {
            nameWords[i] = run[titleCount + i].Text;
        }

        var afterHonorific = titleCount > 0 && NameLexicon.Honorifics.Contains(run[titleCount - 1].Text);
        if (nameWords.Length == 1 && NameLexicon.Titles.Contains(nameWords[0]) && !afterHonorific)
        {
            return null;
        }

        var title = titleCount > 0 ? text[run[0].Start..NameTitles.TitleEnd(text, run[titleCount - 1])] : null;
        var kind = NameMentionKind.Classify(nameWords, title is not null, knownPersonSurname);
        var gender = MentionGender.Of(run, titleCount + 1);
        var end = run[^1].End < text.Length && text[run[^1].End] == '.' && SentenceBoundaries.IsAbbreviation(run[^1].Text) ? run[^1].End + 1 : run[^1].End;
        var span = new TextSpan(run[titleCount].Start, end);
        return new NameMention(span, text[span.Start..span.End], nameWords, kind, gender) { Title = title };
    }

    /// <inheritdoc cref="NameTitles.IsOfficeFor"/>
    public static bool IsOfficeFor(IReadOnlyList<Word> words, int index) => NameTitles.IsOfficeFor(words, index);

    /// <inheritdoc cref="MentionGender.Of(IEnumerable{string})"/>
    public static Gender GenderOf(IEnumerable<string> leadingWords) => MentionGender.Of(leadingWords);
}
