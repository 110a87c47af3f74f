using System.Text;

namespace NewsBot.Core.Quotes.Entities;

/// <summary>
/// The keys of entities.tsv (names, places, demonyms, organisation, role, platform, document and honorific words), kept
/// as the sorted file is (<see cref="SortedLines"/>); a key's codes are read when it is looked up.
/// </summary>
internal sealed class EntityTable
{
    private const LexiconFlags CompoundFlags = LexiconFlags.GivenName | LexiconFlags.Surname | LexiconFlags.Place | LexiconFlags.Demonym;

    /// <summary>Longer codes are not in the file's format (flags, gender, then a few languages).</summary>
    private const int MaxCodesLength = 64;

    private readonly SortedLines _lines;

    public EntityTable(SortedLines lines) => _lines = lines;

    public int Count => _lines.Count;

    public static EntityTable Load() => new(new SortedLines(LexiconResources.Bytes("entities.tsv")));

    /// <summary>Lines of entities.tsv, <c>key\tcodes</c>, in any order (tests).</summary>
    public static EntityTable From(IEnumerable<string> lines) => new(SortedLines.From(lines));

    public LexiconEntry EntryOf(ReadOnlySpan<char> key) => TryGetEntry(key, out var entry) ? entry : default;

    /// <summary>The flags of a key, or of a hyphenated compound the table does not list whole.</summary>
    public LexiconFlags FlagsOf(ReadOnlySpan<char> key) => TryGetEntry(key, out var entry) ? entry.Flags : Hyphenated(key);

    private bool TryGetEntry(ReadOnlySpan<char> key, out LexiconEntry entry)
    {
        entry = default;
        if (!_lines.TryFind(key, out var codes))
        {
            return false;
        }

        Span<char> chars = stackalloc char[MaxCodesLength];
        if (Encoding.UTF8.TryGetChars(codes, chars, out var length))
        {
            entry = LexiconEntry.Parse(chars[..length]);
        }

        return true;
    }

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
