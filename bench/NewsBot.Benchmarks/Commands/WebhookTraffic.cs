using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Benchmarks.Commands;

/// <summary>
/// The round's requests on interaction-token webhooks (PATCH @original and followups) and the span they arrived over,
/// so a slow final answer can be told apart from a rate the client held itself to.
/// </summary>
internal sealed record WebhookTraffic(int Requests, TimeSpan Span)
{
    public double PerSecond => Span > TimeSpan.Zero ? Requests / Span.TotalSeconds : double.NaN;

    public static WebhookTraffic Of(IReadOnlyList<FakeRequest> requests, DateTimeOffset since)
    {
        var webhooks = requests.Where(r => r.At >= since && r.Path.Contains("/webhooks/", StringComparison.Ordinal)).ToList();
        return webhooks.Count == 0
            ? new WebhookTraffic(0, TimeSpan.Zero)
            : new WebhookTraffic(webhooks.Count, webhooks.Max(r => r.At) - webhooks.Min(r => r.At));
    }
}
