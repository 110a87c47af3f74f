using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// One parsed page laid flat in document order, built by a single walk: every later pass (detection, metadata, the
/// candidates, the content region) walks this array instead of the DOM (<see cref="DomIndexWalks"/>), skips a subtree by
/// jumping to its end, and finds its measures by position. The extractor attaches it for the life of one extraction (the
/// DOM is never changed meanwhile); a document nobody attached is walked the old way. Disposing an attached index hands
/// its buffers to the next page read on the same thread (<see cref="AttachedDomIndexes"/>), so a page costs no
/// allocation for them.
/// </summary>
internal sealed class DomIndex : IDisposable
{
    /// <summary>Beyond this many nodes no index is kept: every walk is cut off by its budget long before.</summary>
    private const int MaxIndexedNodes = 2 * ExtractionLimits.MaxNodes;

    private readonly DomNodeTable _table = new();
    private readonly NodeMarks _marks = new();
    private readonly NodeStatsPool _statsPool = new();
    private readonly ElementsByName _named = new();

    /// <summary>Whole-page readings made once for this page.</summary>
    public PageMemo Memo { get; } = new();

    /// <summary>True when the subtree held more nodes than are indexed.</summary>
    public bool IsCut => _table.IsCut;

    /// <summary>The nodes in document order; position 0 is the root the index was built from.</summary>
    public List<INode> Nodes => _table.Nodes;

    /// <summary>The position just after each node's last descendant.</summary>
    public List<int> Ends => _table.Ends;

    /// <summary>Each node's depth below the root (the root is 0).</summary>
    public List<int> Depths => _table.Depths;

    /// <summary>Each node's parent position (-1 for the root).</summary>
    public List<int> Parents => _table.Parents;

    /// <summary>Each node as an element (null for text and other nodes), so element walks need no cast.</summary>
    public List<IElement?> Elements => _table.Elements;

    /// <summary>What each element's class and id names say, filled in by <see cref="ElementHints"/> when first asked.</summary>
    public Span<byte> HintKinds => _marks.HintKinds(Nodes.Count);

    /// <summary>Whether each element marks the article body, filled in by <see cref="ArticleBodyMarker"/> when first asked.</summary>
    public Span<byte> BodyMarks => _marks.BodyMarks(Nodes.Count);

    /// <inheritdoc cref="NodeMarks.ClaimExclusionBit"/>
    public ulong ClaimExclusionBit() => _marks.ClaimExclusionBit();

    /// <inheritdoc cref="NodeMarks.MarkExcluded"/>
    public void MarkExcluded(int position, ulong bit) => _marks.MarkExcluded(position, bit);

    /// <inheritdoc cref="NodeMarks.IsExcluded"/>
    public bool IsExcluded(int position, ulong bit) => _marks.IsExcluded(position, bit);

    /// <summary>Builds the index of <paramref name="document"/> and attaches it until disposed; null for a huge page.</summary>
    public static DomIndex? Attach(IDocument document)
    {
        var index = AttachedDomIndexes.TakeSpare() ?? new DomIndex();
        index.Fill(document);
        if (index.IsCut)
        {
            index.Clear();
            return null;
        }

        AttachedDomIndexes.Add(document, index);
        return index;
    }

    /// <summary>The index attached to the document that owns <paramref name="node"/>, if any.</summary>
    public static DomIndex? Of(INode node) =>
        (node as IDocument ?? node.Owner) is { } document ? AttachedDomIndexes.Find(document) : null;

    /// <summary>The index of <paramref name="root"/>'s subtree alone, cut off after the size limit.</summary>
    public static DomIndex Build(INode root)
    {
        var index = new DomIndex();
        index.Fill(root);
        return index;
    }

    /// <summary>The position of an element (or of the root) in this index.</summary>
    public bool TryPosition(INode node, out int position) => _table.TryPosition(node, out position);

    /// <summary>
    /// The elements named <paramref name="localName"/> under the node at <paramref name="root"/>, in document order: the
    /// elements an unfiltered walk of the whole subtree would yield with that name.
    /// </summary>
    public IEnumerable<IElement> ElementsNamed(string localName, int root)
    {
        var positions = _named.Of(Elements, localName);
        var end = Ends[root];
        var first = positions.BinarySearch(root + 1);
        for (var i = first < 0 ? ~first : first; i < positions.Count && positions[i] < end; i++)
        {
            yield return Elements[positions[i]]!;
        }
    }

    /// <summary>A cleared array of at least <paramref name="length"/> measures, given back when an attached index is disposed.</summary>
    public NodeStats[] RentStats(int length) => _table.Root is IDocument ? _statsPool.Rent(length) : new NodeStats[length];

    public void Dispose()
    {
        if (_table.Root is not IDocument || !AttachedDomIndexes.Remove(this))
        {
            return;
        }

        Clear();
        AttachedDomIndexes.KeepSpare(this);
    }

    private void Fill(INode root)
    {
        _table.Fill(root, MaxIndexedNodes);
        _marks.EnsureCapacity(_table.Nodes.Count);
    }

    private void Clear()
    {
        _marks.Clear(_table.Nodes.Count);
        _table.Clear();
        Memo.Clear();
        _named.Clear();
        _statsPool.ReturnAll();
    }
}
