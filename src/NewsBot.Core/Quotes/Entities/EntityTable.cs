namespace NewsBot.Core.Quotes.Entities;

/// <summary>The keys of entities.tsv (names, places, demonyms, organisation, role, platform, document and honorific words).</summary>
internal sealed class EntityTable
{
    private const LexiconFlags CompoundFlags = LexiconFlags.GivenName | LexiconFlags.Surname | LexiconFlags.Place | LexiconFlags.Demonym;

    private readonly Dictionary<string, LexiconEntry>.AlternateLookup<ReadOnlySpan<char>> _entries;

    public EntityTable(Dictionary<string, LexiconEntry> entries)
    {
        _entries = entries.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = entries.Count;
    }

    public int Count { get; }

    public static EntityTable Load()
    {
        var entries = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        foreach (var line in LexiconResources.Lines("entities.tsv.br"))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
            {
                entries[line[..tab]] = LexiconEntry.Parse(line.AsSpan(tab + 1));
            }
        }

        return new EntityTable(entries);
    }

    public LexiconEntry EntryOf(ReadOnlySpan<char> key) => !key.IsEmpty && _entries.TryGetValue(key, out var entry) ? entry : default;

    /// <summary>The flags of a key, or of a hyphenated compound the table does not list whole.</summary>
    public LexiconFlags FlagsOf(ReadOnlySpan<char> key) =>
        !key.IsEmpty && _entries.TryGetValue(key, out var entry) ? entry.Flags : Hyphenated(key);

    /// <summary>
    /// "British-Israeli" is a demonym, "Israel-Gaza" a place, "Jean-Luc" a given name and "Smith-Jones" a surname when
    /// every part is one.
    /// </summary>
    private LexiconFlags Hyphenated(ReadOnlySpan<char> key)
    {
        if (!key.Contains('-'))
        {
            return LexiconFlags.None;
        }

        var all = CompoundFlags;
        var any = LexiconFlags.None;
        foreach (var range in key.Split('-'))
        {
            var flags = EntryOf(key[range]).Flags & CompoundFlags;
            all &= flags;
            any |= flags;
        }

        const LexiconFlags PlacesAndPeoples = LexiconFlags.Place | LexiconFlags.Demonym;
        return all == LexiconFlags.None && (any & PlacesAndPeoples) == PlacesAndPeoples ? LexiconFlags.Place : all;
    }
}
