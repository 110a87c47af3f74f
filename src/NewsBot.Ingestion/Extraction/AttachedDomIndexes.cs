using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// The <see cref="DomIndex"/>es attached on this thread, innermost last, and the one disposed index kept to be refilled
/// for the next page. Kept per thread (an extraction runs on one thread): a ConditionalWeakTable and the shared array
/// pool cost finalizer and trimming work after every gen2 collection (issue 17's profile).
/// </summary>
internal static class AttachedDomIndexes
{
    [ThreadStatic]
    private static List<(INode Document, DomIndex Index)>? t_attached;

    [ThreadStatic]
    private static DomIndex? t_spare;

    /// <summary>The index kept by <see cref="KeepSpare"/>, now the caller's; null when none is kept.</summary>
    public static DomIndex? TakeSpare()
    {
        var spare = t_spare;
        t_spare = null;
        return spare;
    }

    /// <summary>Keeps a cleared index for the next page read on this thread.</summary>
    public static void KeepSpare(DomIndex index) => t_spare = index;

    /// <summary>Attaches <paramref name="index"/> of <paramref name="document"/> inside those attached before it.</summary>
    public static void Add(INode document, DomIndex index) => (t_attached ??= []).Add((document, index));

    /// <summary>The innermost index attached to <paramref name="document"/>, if any.</summary>
    public static DomIndex? Find(INode document)
    {
        var attached = t_attached;
        for (var i = (attached?.Count ?? 0) - 1; i >= 0; i--)
        {
            if (ReferenceEquals(attached![i].Document, document))
            {
                return attached[i].Index;
            }
        }

        return null;
    }

    /// <summary>Takes <paramref name="index"/> out of the thread's attached ones; false when it is not among them.</summary>
    public static bool Remove(DomIndex index)
    {
        var attached = t_attached;
        for (var i = (attached?.Count ?? 0) - 1; i >= 0; i--)
        {
            if (ReferenceEquals(attached![i].Index, index))
            {
                attached.RemoveAt(i);
                return true;
            }
        }

        return false;
    }
}
