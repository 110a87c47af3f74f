namespace NewsBot.Tests.Layout;

/// <summary>Finds a namespace that can reach itself through the graph's references.</summary>
internal static class NamespaceCycles
{
    /// <returns>The namespaces of one cycle, first repeated at the end; empty when there is none.</returns>
    public static IReadOnlyList<string> FindOne(NamespaceGraph graph)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in graph.Namespaces)
        {
            var path = new List<string>();
            if (Visit(graph, start, path, done))
                return path;
        }
        return [];
    }

    private static bool Visit(NamespaceGraph graph, string at, List<string> path, HashSet<string> done)
    {
        var onPath = path.IndexOf(at);
        if (onPath >= 0)
        {
            path.RemoveRange(0, onPath);
            path.Add(at);
            return true;
        }
        if (done.Contains(at))
            return false;
        path.Add(at);
        foreach (var next in graph.Uses(at))
        {
            if (Visit(graph, next, path, done))
                return true;
        }
        path.RemoveAt(path.Count - 1);
        done.Add(at);
        return false;
    }
}
