namespace NewsBot.Benchmarks.Soak;

/// <summary>How an outlet of the soak site behaves; the misbehaving kinds are the list.</summary>
internal enum OutletKind
{
    Normal,

    /// <summary>Feed and pages answer after seconds (of the simulated clock), still within the fetch timeout.</summary>
    Slow,

    /// <summary>The feed always answers 500.</summary>
    ServerError,

    /// <summary>Feed and pages declare <c>charset=utf-7</c>.</summary>
    Utf7,

    /// <summary>The feed sits behind a chain of four redirects.</summary>
    RedirectChain,

    /// <summary>Every article page is a 4.9 MB page of nested lists.</summary>
    NestedPages,
}
