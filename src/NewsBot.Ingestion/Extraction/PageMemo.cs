namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Readings of the whole page that several passes ask for (the visible text nodes, the first shown date), each made once
/// per extraction: the page's <see cref="DomIndex"/> holds them and forgets them when it is disposed (the DOM does not
/// change meanwhile).
/// </summary>
internal sealed class PageMemo
{
    private readonly Dictionary<object, object?> _readings = new(ReferenceEqualityComparer.Instance);

    /// <summary>The reading kept under <paramref name="key"/>, made from <paramref name="state"/> on first request.</summary>
    public T Remember<TState, T>(object key, TState state, Func<TState, T> read)
    {
        if (_readings.TryGetValue(key, out var known))
        {
            return (T)known!;
        }

        var value = read(state);
        _readings[key] = value;
        return value;
    }

    public void Clear() => _readings.Clear();
}
