using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// The nodes of one subtree in document order, filled by a single walk, with each node's end, depth, parent and element
/// found by position. The lists are cleared, not dropped, so a reused table allocates nothing for a page like the last.
/// </summary>
internal sealed class DomNodeTable
{
    private readonly Dictionary<INode, int> _elementPositions = new(ReferenceEqualityComparer.Instance);

    /// <summary>The node the table was filled from (position 0); null while cleared.</summary>
    public INode? Root { get; private set; }

    /// <summary>True when the subtree held more nodes than were taken in.</summary>
    public bool IsCut { get; private set; }

    public List<INode> Nodes { get; } = [];

    public List<int> Ends { get; } = [];

    public List<int> Depths { get; } = [];

    public List<int> Parents { get; } = [];

    public List<IElement?> Elements { get; } = [];

    /// <summary>Lays out <paramref name="root"/>'s subtree, stopping (and marking the table cut) at <paramref name="maxNodes"/>.</summary>
    public void Fill(INode root, int maxNodes)
    {
        Root = root;
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

            if (Nodes.Count >= maxNodes)
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
    }

    /// <summary>The position of an element (or of the root) in this table.</summary>
    public bool TryPosition(INode node, out int position)
    {
        if (ReferenceEquals(node, Root))
        {
            position = 0;
            return true;
        }

        return _elementPositions.TryGetValue(node, out position);
    }

    public void Clear()
    {
        Nodes.Clear();
        Ends.Clear();
        Depths.Clear();
        Parents.Clear();
        Elements.Clear();
        _elementPositions.Clear();
        (Root, IsCut) = (null, false);
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
}
