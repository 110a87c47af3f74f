namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Cuts a job title that a byline box sets after the name ("Keith Barry Senior Autos Reporter", "Rachel MacDonald
/// Writer, Hardware"): a role word ending the first part, with the role's modifiers before it ("Senior", "Content
/// Marketing") and one subject word between a modifier and the role. At least two words of name must remain, so a
/// name alone is never cut, and the role stays when what is left reads as no person's name ("AAA Travel Editor", "Acme
/// Blog Contributor"): an outlet's desk credit is named by its role.
/// </summary>
internal static class BylineRole
{
    private const int MinimumNameWords = 2;

    private static readonly HashSet<string> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        "writer", "reporter", "editor", "correspondent", "contributor", "columnist", "coordinator", "producer", "journalist",
        "analyst", "strategist", "specialist", "manager", "director", "intern", "winemaker", "founder", "co-founder", "photographer",
    };

    private static readonly HashSet<string> Modifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "senior", "staff", "contributing", "executive", "managing", "deputy", "associate", "chief", "head", "lead", "principal",
        "freelance", "content", "marketing", "digital", "news", "features", "assistant", "guest", "copy", "social", "media",
    };

    public static string Strip(string byline)
    {
        var comma = byline.IndexOf(',', StringComparison.Ordinal);
        var words = (comma < 0 ? byline : byline[..comma]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= MinimumNameWords || !Roles.Contains(words[^1]))
        {
            return byline;
        }

        var start = words.Length - 1;
        if (start - 2 >= MinimumNameWords && !Modifiers.Contains(words[start - 1]) && char.IsUpper(words[start - 1][0])
            && Modifiers.Contains(words[start - 2]))
        {
            start--;
        }

        while (start - 1 >= MinimumNameWords && Modifiers.Contains(words[start - 1]))
        {
            start--;
        }

        var name = string.Join(' ', words[..start]);
        return PersonNameShape.IsPerson(name) ? name : byline;
    }
}
