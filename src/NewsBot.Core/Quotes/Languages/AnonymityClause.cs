using System.Buffers;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `diz o vizinho do terceiro andar, que preferiu não ser identificado`, `a confié un élu, sous couvert d'anonymat`: a
/// description the text says will not be named is someone new, never the speaker before going on nor a role holder.
/// </summary>
internal static class AnonymityClause
{
    /// <summary>How far after the description its clause is read.</summary>
    private const int Window = 100;

    private static readonly SearchValues<char> ClauseEnds = SearchValues.Create(".;:\n«»\"“”");

    private static readonly string[] Stems = ["anonym", "anonim", "identific", "identifié", "être nommé", "ser nombrad"];

    /// <summary>Whether the clause after a description ending at <paramref name="end"/> keeps its person anonymous.</summary>
    public static bool Follows(string text, int end)
    {
        var limit = Math.Min(text.Length, end + Window);
        var stop = text.AsSpan(end, limit - end).IndexOfAny(ClauseEnds);
        var clause = text.AsSpan(end, stop < 0 ? limit - end : stop);
        var comma = clause.IndexOf(',');
        if (comma < 0)
        {
            return false;
        }

        var rest = clause[(comma + 1)..];
        foreach (var stem in Stems)
        {
            if (rest.Contains(stem, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
