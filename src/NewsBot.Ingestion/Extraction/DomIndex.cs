using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// One parsed page laid flat in document order, built by a single walk: every later pass (detection, metadata, the
/// candidates, the content region) walks this array instead of the DOM, skips a subtree by jumping to its end, and
/// finds its measures by position. The extractor attaches it for the life of one extraction (the DOM is never changed
/// meanwhile); a document nobody attached is walked the old way. Disposing an attached index hands its buffers to the
/// next page read on the same thread, so a page costs no allocation for them. Attached indexes are kept per thread
/// (an extraction runs on one thread): a ConditionalWeakTable and the shared array pool cost finalizer and trimming
/// work after every gen2 collection (issue 17's profile).
/// </summary>
internal sealed class DomIndex : IDisposable
{
    /// <summary>Beyond this many nodes no index is kept: every walk is cut off by its budget long before.</summary>
    private const int MaxIndexedNodes = 2 * ExtractionLimits.MaxNodes;

    /// <summary>Stats arrays kept for the next page beyond this many would be pages of unusual shape: let them go.</summary>
    private const int MaxKeptStats = 16;

    /// <summary>The innermost index attached on this thread; each links to the one attached before it.</summary>
    [ThreadStatic]
    private static DomIndex? t_attached;

    [ThreadStatic]
    private static DomIndex? t_spare;

    private readonly Dictionary<INode, int> _elementPositions = new(ReferenceEqualityComparer.Instance);
    private readonly List<NodeStats[]> _stats = [];
    private int _statsInUse;
    private DomIndex? _outer;
    private INode? _root;
    private byte[] _hintKinds = [];
    private ulong[] _exclusionMasks = [];
    private int _exclusionSets;
    private byte[] _bodyMarks = [];

    /// <summary>Whole-page readings made once for this page.</summary>
    public PageMemo Memo { get; } = new();

    /// <summary>True when the subtree held more nodes than are indexed.</summary>
    public bool IsCut { get; private set; }

    /// <summary>The nodes in document order; position 0 is the root the index was built from.</summary>
    public List<INode> Nodes { get; } = [];

    /// <summary>The position just after each node's last descendant.</summary>
    public List<int> Ends { get; } = [];

    /// <summary>Each node's depth below the root (the root is 0).</summary>
    public List<int> Depths { get; } = [];

    /// <summary>Each node's parent position (-1 for the root).</summary>
    public List<int> Parents { get; } = [];

    /// <summary>Each node as an element (null for text and other nodes), so element walks need no cast.</summary>
    public List<IElement?> Elements { get; } = [];

    /// <summary>What each element's class and id names say, filled in by <see cref="ElementHints"/> when first asked.</summary>
    public Span<byte> HintKinds => _hintKinds.AsSpan(0, Nodes.Count);

    /// <summary>Whether each element marks the article body, filled in by <see cref="ArticleBodyMarker"/> when first asked.</summary>
    public Span<byte> BodyMarks => _bodyMarks.AsSpan(0, Nodes.Count);

    /// <summary>
    /// A bit of its own for one <see cref="ExcludedNodes"/> of this page, so walks test exclusion by position instead of
    /// hashing every node; 0 once 64 sets have claimed theirs (later sets walk by hash).
    /// </summary>
    public ulong ClaimExclusionBit() => _exclusionSets < 64 ? 1UL << _exclusionSets++ : 0;

    /// <summary>Marks the node at <paramref name="position"/> as excluded by the set owning <paramref name="bit"/>.</summary>
    public void MarkExcluded(int position, ulong bit) => _exclusionMasks[position] |= bit;

    /// <summary>Builds the index of <paramref name="document"/> and attaches it until disposed; null for a huge page.</summary>
    public static DomIndex? Attach(IDocument document)
    {
        var index = t_spare ?? new DomIndex();
        t_spare = null;
        index.Fill(document);
        if (index.IsCut)
        {
            index.Clear();
            return null;
        }

        index._outer = t_attached;
        t_attached = index;
        return index;
    }

    /// <summary>The index attached to the document that owns <paramref name="node"/>, if any.</summary>
    public static DomIndex? Of(INode node)
    {
        var document = node as IDocument ?? node.Owner;
        if (document is null)
        {
            return null;
        }

        for (var index = t_attached; index is not null; index = index._outer)
        {
            if (ReferenceEquals(index._root, document))
            {
                return index;
            }
        }

        return null;
    }

    /// <summary>The index of <paramref name="root"/>'s subtree alone, cut off after the size limit.</summary>
    public static DomIndex Build(INode root)
    {
        var index = new DomIndex();
        index.Fill(root);
        return index;
    }

    /// <summary>The position of an element (or of the root) in this index.</summary>
    public bool TryPosition(INode node, out int position)
    {
        if (ReferenceEquals(node, _root))
        {
            position = 0;
            return true;
        }

        return _elementPositions.TryGetValue(node, out position);
    }

    /// <summary>
    /// The elements <see cref="Walk"/> yields under <paramref name="root"/> with no filter, without its iterator's steps or
    /// a cast: a subtree of at most half the budget's nodes cannot run out of it (each node costs at most two steps).
    /// </summary>
    public IEnumerable<IElement> ElementsUnder(int root, int budget)
    {
        if (!FitsBudget(root, budget))
        {
            foreach (var position in Walk(root, budget, enter: null, skip: null))
            {
                if (Elements[position] is { } cut)
                {
                    yield return cut;
                }
            }

            yield break;
        }

        var end = Ends[root];
        for (var i = root + 1; i < end; i++)
        {
            if (Elements[i] is { } element)
            {
                yield return element;
            }
        }
    }

    /// <summary>True when a walk of the subtree at <paramref name="root"/> visits all of it within <paramref name="budget"/>.</summary>
    public bool FitsBudget(int root, int budget) => 2L * (Ends[root] - root) <= budget;

    /// <summary>A cleared array of at least <paramref name="length"/> measures, given back when an attached index is disposed.</summary>
    public NodeStats[] RentStats(int length)
    {
        if (_root is not IDocument)
        {
            return new NodeStats[length];
        }

        // The first kept array long enough, moved among those in use; a new one when none is.
        var found = _statsInUse;
        while (found < _stats.Count && _stats[found].Length < length)
        {
            found++;
        }

        if (found == _stats.Count)
        {
            _stats.Add(new NodeStats[Math.Max(length, 256)]);
        }

        (_stats[_statsInUse], _stats[found]) = (_stats[found], _stats[_statsInUse]);
        var stats = _stats[_statsInUse++];
        Array.Clear(stats, 0, length);
        return stats;
    }

    /// <summary>
    /// Positions of the descendants of the node at <paramref name="root"/>, in document order, with the budget spent as a
    /// walk of the tree spends it (one step per node and per finished list of children). <paramref name="enter"/> is asked
    /// after a node has been yielded (and processed) whether to walk into it; a node that <paramref name="skip"/> names is
    /// neither yielded nor entered.
    /// </summary>
    /// <param name="excludedBit">A set's <see cref="ClaimExclusionBit"/>: nodes it marked are skipped like those <paramref name="skip"/> names.</param>
    public IEnumerable<int> Walk(int root, int budget, Func<INode, bool>? enter, Func<INode, bool>? skip, ulong excludedBit = 0)
    {
        var end = Ends[root];
        var listDepth = Depths[root] + 1;
        for (var i = root + 1; i < end;)
        {
            var finishedLists = Math.Max(0, listDepth - Depths[i]);
            if (budget <= finishedLists)
            {
                yield break;
            }

            budget -= finishedLists + 1;
            listDepth = Depths[i];
            if ((_exclusionMasks[i] & excludedBit) != 0 || (skip is not null && skip(Nodes[i])))
            {
                i = Ends[i];
                continue;
            }

            yield return i;
            // Read after the caller has seen the node: it may have excluded it meanwhile.
            i = Ends[i] > i + 1 && (_exclusionMasks[i] & excludedBit) == 0 && (enter is null || enter(Nodes[i])) ? i + 1 : Ends[i];
        }
    }

    public void Dispose()
    {
        if (_root is not IDocument || !Detach())
        {
            return;
        }

        Clear();
        t_spare = this;
    }

    /// <summary>Takes this index out of the thread's attached ones; false when it is not among them.</summary>
    private bool Detach()
    {
        if (ReferenceEquals(t_attached, this))
        {
            t_attached = _outer;
            _outer = null;
            return true;
        }

        for (var inner = t_attached; inner is not null; inner = inner._outer)
        {
            if (ReferenceEquals(inner._outer, this))
            {
                inner._outer = _outer;
                _outer = null;
                return true;
            }
        }

        return false;
    }

    private void Fill(INode root)
    {
        _root = root;
        Add(root, -1);
        var open = new Stack<(int Owner, INodeList Children, int Next)>();
        open.Push((0, root.ChildNodes, 0));
        while (open.Count > 0)
        {
            var (owner, children, next) = open.Pop();
            if (next >= children.Length)
            {
                Ends[owner] = Nodes.Count;
                continue;
            }

            if (Nodes.Count >= MaxIndexedNodes)
            {
                IsCut = true;
                Ends[owner] = Nodes.Count;
                foreach (var (unfinished, _, _) in open)
                {
                    Ends[unfinished] = Nodes.Count;
                }

                break;
            }

            open.Push((owner, children, next + 1));
            var position = Add(children[next], owner);
            if (children[next].HasChildNodes)
            {
                open.Push((position, children[next].ChildNodes, 0));
            }
        }

        if (_hintKinds.Length < Nodes.Count)
        {
            _hintKinds = new byte[Math.Max(Nodes.Count, _hintKinds.Length * 2)];
        }

        if (_bodyMarks.Length < Nodes.Count)
        {
            _bodyMarks = new byte[Math.Max(Nodes.Count, _bodyMarks.Length * 2)];
        }

        if (_exclusionMasks.Length < Nodes.Count)
        {
            _exclusionMasks = new ulong[Math.Max(Nodes.Count, _exclusionMasks.Length * 2)];
        }
    }

    private int Add(INode node, int parent)
    {
        var position = Nodes.Count;
        Nodes.Add(node);
        Ends.Add(position + 1);
        Depths.Add(parent < 0 ? 0 : Depths[parent] + 1);
        Parents.Add(parent);
        var element = node as IElement;
        Elements.Add(element);
        if (element is not null)
        {
            _elementPositions[node] = position;
        }

        return position;
    }

    private void Clear()
    {
        Array.Clear(_hintKinds, 0, Math.Min(_hintKinds.Length, Nodes.Count));
        Array.Clear(_exclusionMasks, 0, Math.Min(_exclusionMasks.Length, Nodes.Count));
        Array.Clear(_bodyMarks, 0, Math.Min(_bodyMarks.Length, Nodes.Count));
        _exclusionSets = 0;
        Nodes.Clear();
        Ends.Clear();
        Depths.Clear();
        Parents.Clear();
        Elements.Clear();
        _elementPositions.Clear();
        Memo.Clear();
        _statsInUse = 0;
        if (_stats.Count > MaxKeptStats)
        {
            _stats.RemoveRange(MaxKeptStats, _stats.Count - MaxKeptStats);
        }

        (_root, IsCut) = (null, false);
    }
}
