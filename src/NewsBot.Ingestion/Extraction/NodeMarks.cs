namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Marks kept by position for the nodes of one <see cref="DomIndex"/>, filled in by later passes when first asked. The
/// arrays only grow, so a reused index allocates nothing for a page no larger than the ones before.
/// </summary>
internal sealed class NodeMarks
{
    private byte[] _hintKinds = [];
    private byte[] _bodyMarks = [];
    private ulong[] _exclusionMasks = [];
    private int _exclusionSets;

    public Span<byte> HintKinds(int count) => _hintKinds.AsSpan(0, count);

    public Span<byte> BodyMarks(int count) => _bodyMarks.AsSpan(0, count);

    /// <summary>
    /// A bit of its own for one <see cref="ExcludedNodes"/> of this page, so walks test exclusion by position instead of
    /// hashing every node; 0 once 64 sets have claimed theirs (later sets walk by hash).
    /// </summary>
    public ulong ClaimExclusionBit() => _exclusionSets < 64 ? 1UL << _exclusionSets++ : 0;

    /// <summary>Marks the node at <paramref name="position"/> as excluded by the set owning <paramref name="bit"/>.</summary>
    public void MarkExcluded(int position, ulong bit) => _exclusionMasks[position] |= bit;

    /// <summary>Whether the set owning <paramref name="bit"/> excluded the node at <paramref name="position"/> (never for bit 0).</summary>
    public bool IsExcluded(int position, ulong bit) => (_exclusionMasks[position] & bit) != 0;

    /// <summary>Grows the arrays to hold at least <paramref name="count"/> nodes (at least doubling, so a page's growth is rare).</summary>
    public void EnsureCapacity(int count)
    {
        if (_hintKinds.Length < count)
        {
            _hintKinds = new byte[Math.Max(count, _hintKinds.Length * 2)];
        }

        if (_bodyMarks.Length < count)
        {
            _bodyMarks = new byte[Math.Max(count, _bodyMarks.Length * 2)];
        }

        if (_exclusionMasks.Length < count)
        {
            _exclusionMasks = new ulong[Math.Max(count, _exclusionMasks.Length * 2)];
        }
    }

    /// <summary>Clears the marks of the first <paramref name="count"/> nodes and frees every exclusion bit.</summary>
    public void Clear(int count)
    {
        Array.Clear(_hintKinds, 0, Math.Min(_hintKinds.Length, count));
        Array.Clear(_exclusionMasks, 0, Math.Min(_exclusionMasks.Length, count));
        Array.Clear(_bodyMarks, 0, Math.Min(_bodyMarks.Length, count));
        _exclusionSets = 0;
    }
}
