using System.Text.RegularExpressions;

namespace NewsBot.Testing.FakeDiscord;

/// <summary>A REST route of the fake: method + path pattern, its bucket, where the major parameter is, and auth.</summary>
internal sealed record FakeRoute(string Method, Regex Pattern, string Bucket, Func<FakeCall, FakeReply> Handle)
{
    public bool Authenticated { get; init; } = true;
    public bool GlobalExempt { get; init; }

    /// <summary>Indexes of the captured parameters that form the major parameter.</summary>
    public int[] Major { get; init; } = [];
}
