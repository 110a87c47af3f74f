using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes;

/// <summary>
/// What the article says about a person it names: the full form, the role and the role's words (`Sen.` is a `senator`),
/// read once per mention since many quotes share a speaker.
/// </summary>
internal sealed class MentionRoles(string text, NameIndex names)
{
    private readonly Dictionary<int, HashSet<string>> _roleWords = [];
    private readonly Dictionary<int, string?> _roles = [];

    public string FullName(NameMention mention) => names.FullForm(mention.Words, mention.Span.Start)?.Text ?? mention.Text;

    public HashSet<string> RoleWords(NameMention mention)
    {
        if (!_roleWords.TryGetValue(mention.Span.Start, out var words))
        {
            words = ReadRoleWords(mention);
            _roleWords[mention.Span.Start] = words;
        }

        return words;
    }

    public string? RoleOf(NameMention mention)
    {
        if (!_roles.TryGetValue(mention.Span.Start, out var role))
        {
            role = MentionRoleReader.RoleOf(text, mention);
            _roles[mention.Span.Start] = role;
        }

        return role;
    }

    private HashSet<string> ReadRoleWords(NameMention mention)
    {
        var full = names.FullForm(mention.Words, mention.Span.Start) ?? mention;
        var role = $"{full.Title} {mention.Title} {RoleOf(full)}".ToLowerInvariant();
        var words = role.Split([' ', '.', ','], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        foreach (var (abbreviation, noun) in TitleNouns)
        {
            if (words.Contains(abbreviation))
            {
                words.Add(noun);
            }
        }

        return words;
    }

    private static readonly (string Abbreviation, string Noun)[] TitleNouns =
    [
        ("sen", "senator"), ("rep", "congressman"), ("rep", "congresswoman"), ("rep", "representative"), ("gov", "governor"),
        ("gen", "general"), ("prof", "professor"), ("dr", "doctor"), ("president", "president"), ("ceo", "executive"), ("parliament", "mp"),
    ];
}
