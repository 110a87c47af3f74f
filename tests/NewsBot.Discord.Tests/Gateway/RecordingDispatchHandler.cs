using System.Collections.Concurrent;
using System.Text.Json;
using NewsBot.Discord.Gateway;

namespace NewsBot.Discord.Tests.Gateway;

internal sealed class RecordingDispatchHandler : IGatewayDispatchHandler
{
    public ConcurrentQueue<(string Name, JsonElement Data, CancellationToken Token)> Received { get; } = new();

    public IEnumerable<(string Name, JsonElement Data)> Events => Received.Select(e => (e.Name, e.Data));

    public IEnumerable<string> InteractionIds =>
        Events.Where(e => e.Name == "INTERACTION_CREATE").Select(e => e.Data.GetProperty("id").GetString()!);

    /// <summary>The token an interaction was handed with: what would cancel the work it started.</summary>
    public CancellationToken TokenOf(string interactionId) =>
        Received.First(e => e.Name == "INTERACTION_CREATE" && e.Data.GetProperty("id").GetString() == interactionId).Token;

    public Task OnDispatchAsync(string eventName, JsonElement data, CancellationToken cancellationToken)
    {
        Received.Enqueue((eventName, data, cancellationToken));
        return Task.CompletedTask;
    }
}
