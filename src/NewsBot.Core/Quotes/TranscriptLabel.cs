namespace NewsBot.Core.Quotes;

/// <summary>
/// Transcripts name the speaker of each turn in capitals before a colon (`WALLACE: Let’s start…`, `SEN. ADA HOLM: …`).
/// A label inside a quotation names its speaker, and a following paragraph of the same quotation without a label
/// continues that turn.
/// </summary>
internal static class TranscriptLabel
{
    private const int MaxLabelLength = 40;

    /// <summary>The label that opens <paramref name="content"/>, as written, or null.</summary>
    public static string? Read(string text, TextSpan content)
    {
        var limit = Math.Min(content.End, content.Start + MaxLabelLength);
        var colon = text.IndexOf(':', content.Start, limit - content.Start);
        if (colon <= content.Start || colon + 1 >= content.End || !char.IsWhiteSpace(text[colon + 1]))
        {
            return null;
        }

        var label = text.AsSpan(content.Start, colon - content.Start);
        var letters = 0;
        foreach (var c in label)
        {
            if (char.IsLower(c) || !(char.IsLetter(c) || c is ' ' or '.' or '-' or '\'' or '’'))
            {
                return null;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 2 ? label.ToString() : null;
    }

    /// <summary>Gives every labelled segment its label's speaker, and carries it to the unlabelled rest of the quotation.</summary>
    public static void Apply(string text, IReadOnlyList<QuotedSegment> segments, NameIndex names, Attribution[] result)
    {
        for (var i = 0; i < segments.Count; i++)
        {
            if (Read(text, segments[i].Content) is { } label)
            {
                var full = names.FullForm([label.Split(' ')[^1]], segments[i].Content.Start) ?? InitialsLabel.Person(label, names, segments[i].Content.Start);
                result[i] = new Attribution(full?.Text ?? label, null, true) { Labelled = true, Source = AttributionSource.Label, Kind = CandidateKind.Name };
            }
            else if (segments[i].ContinuesSegment is var previous and >= 0 && result[previous].Labelled)
            {
                result[i] = result[previous];
            }
        }
    }
}
