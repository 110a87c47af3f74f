namespace NewsBot.Core.Quotes;

/// <summary>
/// A quote carried across paragraphs (each part reopening with a mark) is one speaker's: a part with no speaker takes the
/// first one found among its parts, marked as carried when that one came from a cue.
/// </summary>
internal static class CarriedQuoteSpeakers
{
    public static void Share(IReadOnlyList<QuotedSegment> segments, Attribution[] result)
    {
        var root = new int[segments.Count];
        for (var i = 0; i < segments.Count; i++)
        {
            root[i] = segments[i].ContinuesSegment >= 0 ? root[segments[i].ContinuesSegment] : i;
        }

        for (var i = 0; i < segments.Count; i++)
        {
            if (result[i].Speaker is not null)
            {
                continue;
            }

            var source = Enumerable.Range(0, segments.Count).FirstOrDefault(j => root[j] == root[i] && result[j].Speaker is not null, -1);
            if (source >= 0)
            {
                result[i] = result[source] with { Source = result[source].Source == AttributionSource.Cue ? AttributionSource.CarriedQuote : result[source].Source };
            }
        }
    }
}
