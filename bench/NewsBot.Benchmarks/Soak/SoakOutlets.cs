namespace NewsBot.Benchmarks.Soak;

/// <summary>
/// Which outlet misbehaves how, which topic follows it, and when it publishes: the first <c>bad</c> feeds take the
/// misbehaving kinds in equal runs; feed n belongs to topic n mod topics, so every topic has some of each.
/// </summary>
internal sealed class SoakOutlets(SoakOptions options, DateTimeOffset start)
{
    /// <summary>Items a feed lists (the newest), and how often an outlet publishes one.</summary>
    public const int Listed = 10;
    public static readonly TimeSpan Period = TimeSpan.FromMinutes(90);

    private static readonly OutletKind[] BadKinds =
        [OutletKind.Slow, OutletKind.ServerError, OutletKind.Utf7, OutletKind.RedirectChain, OutletKind.NestedPages];

    public int Count => options.Feeds;

    public OutletKind Kind(int feed) =>
        feed >= options.Bad ? OutletKind.Normal : BadKinds[feed * BadKinds.Length / options.Bad];

    public int Topic(int feed) => feed % options.Topics;

    /// <summary>The newest item the outlet has published at <paramref name="now"/> (items before the start are backlog).</summary>
    public int Latest(int feed, DateTimeOffset now) => (int)Math.Floor((now - First(feed)) / Period);

    public DateTimeOffset Published(int feed, int item) => First(feed) + Period * item;

    /// <summary>Item 0 is published so that <see cref="Listed"/> items exist at the start, each outlet on its own minute.</summary>
    private DateTimeOffset First(int feed) => start - Period * Listed + TimeSpan.FromMinutes(feed * 7 % (int)Period.TotalMinutes);
}
