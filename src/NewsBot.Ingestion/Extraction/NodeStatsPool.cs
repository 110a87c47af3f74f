namespace NewsBot.Ingestion.Extraction;

/// <summary>Measure arrays kept across the pages read on one thread: rented cleared, all given back when a page is done.</summary>
internal sealed class NodeStatsPool
{
    /// <summary>Arrays kept for the next page beyond this many would be pages of unusual shape: let them go.</summary>
    private const int MaxKept = 16;

    private readonly List<NodeStats[]> _kept = [];
    private int _inUse;

    /// <summary>A cleared array of at least <paramref name="length"/> measures.</summary>
    public NodeStats[] Rent(int length)
    {
        // The first kept array long enough, moved among those in use; a new one when none is.
        var found = _inUse;
        while (found < _kept.Count && _kept[found].Length < length)
        {
            found++;
        }

        if (found == _kept.Count)
        {
            _kept.Add(new NodeStats[Math.Max(length, 256)]);
        }

        (_kept[_inUse], _kept[found]) = (_kept[found], _kept[_inUse]);
        var stats = _kept[_inUse++];
        Array.Clear(stats, 0, length);
        return stats;
    }

    /// <summary>Takes back every rented array, keeping at most <see cref="MaxKept"/> for the next page.</summary>
    public void ReturnAll()
    {
        _inUse = 0;
        if (_kept.Count > MaxKept)
        {
            _kept.RemoveRange(MaxKept, _kept.Count - MaxKept);
        }
    }
}
