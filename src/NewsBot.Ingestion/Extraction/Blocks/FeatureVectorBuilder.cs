namespace NewsBot.Ingestion.Extraction.Blocks;

/// <summary>Collects one block's features by name; each name lands in its hashed bucket.</summary>
internal sealed class FeatureVectorBuilder
{
    private readonly List<int> _indices = [];
    private readonly List<float> _values = [];

    public void Add(string name, double value = 1)
    {
        if (value != 0)
        {
            Add(FeatureHash.Of(name), value);
        }
    }

    public void Add(string prefix, ReadOnlySpan<char> token, double value = 1) => Add(FeatureHash.Of(prefix, token), value);

    public void AddFlag(string name, bool on)
    {
        if (on)
        {
            Add(name);
        }
    }

    public FeatureVector Build() => new([.. _indices], [.. _values]);

    private void Add(int index, double value)
    {
        _indices.Add(index);
        _values.Add((float)value);
    }
}
