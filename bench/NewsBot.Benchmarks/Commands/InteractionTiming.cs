using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Benchmarks.Commands;

/// <summary>
/// One interaction's latencies on the fake's clock, from the moment it stamped INTERACTION_CREATE (just before writing
/// the frame) to the initial callback (defer or reply) and to the followup that carried the quotes; null when missing.
/// </summary>
internal sealed record InteractionTiming(TimeSpan? Initial, TimeSpan? Final, bool Quoted)
{
    public static IReadOnlyList<InteractionTiming> Measure(IReadOnlyList<FakeInteraction> interactions, IReadOnlyList<FakeRequest> requests)
    {
        // Followups are POST /webhooks/{application}/{token}; the token is unique per interaction.
        var followedUpAt = requests
            .Where(r => r.Method == "POST" && r.Status is >= 200 and < 300 && r.Path.Contains("/webhooks/", StringComparison.Ordinal))
            .GroupBy(r => r.Path[(r.Path.LastIndexOf('/') + 1)..], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Min(r => r.At), StringComparer.Ordinal);
        return [.. interactions.Select(i => new InteractionTiming(
            i.AcknowledgedAt - i.CreatedAt,
            followedUpAt.TryGetValue(i.Token, out var at) ? at - i.CreatedAt : null,
            i.CallbackType == 5 && i.Followups.Any(f => f.Body["embeds"] is System.Text.Json.Nodes.JsonArray { Count: > 0 })))];
    }
}
