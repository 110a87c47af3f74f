using System.Runtime.CompilerServices;

namespace NewsBot.Core.Quotes.Entities;

/// <summary>A 64-bit FNV-1a hash of a word key: stable across runs and platforms, unlike string.GetHashCode.</summary>
internal static class WordHash
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ulong Of(ReadOnlySpan<char> text)
    {
        const ulong OffsetBasis = 14695981039346656037;
        const ulong Prime = 1099511628211;
        var hash = OffsetBasis;
        foreach (var c in text)
        {
            hash = (hash ^ (byte)c) * Prime;
            hash = (hash ^ (byte)(c >> 8)) * Prime;
        }

        return hash;
    }
}
