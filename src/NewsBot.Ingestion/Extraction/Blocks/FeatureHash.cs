namespace NewsBot.Ingestion.Extraction.Blocks;

/// <summary>
/// Maps a feature name (a prefix and a token, such as a class-name word) to one of <see cref="Buckets"/> weights:
/// FNV-1a over the characters, stable across processes (string.GetHashCode is not), so a model file stays valid.
/// </summary>
internal static class FeatureHash
{
    public const int Buckets = 1024;

    public static int Of(string prefix, ReadOnlySpan<char> token)
    {
        var hash = 2166136261u;
        foreach (var c in prefix)
        {
            hash = (hash ^ c) * 16777619u;
        }

        hash = (hash ^ ':') * 16777619u;
        foreach (var c in token)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % Buckets);
    }

    public static int Of(string name) => Of(name, []);
}
