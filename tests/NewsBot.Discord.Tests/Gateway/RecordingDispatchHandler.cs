using System.Collections.Concurrent;
using System.Text.Json;
using NewsBot.Discord.Gateway;

namespace NewsBot.Discord.Tests.Gateway;

internal sealed class RecordingDispatchHandler : IGatewayDispatchHandler
{
    public ConcurrentQueue<(string Name, JsonElement Data)> Events { get; } = new();

    public IEnumerable<string> InteractionIds =>
        Events.Where(e => e.Name == "INTERACTION_CREATE").Select(e => e.Data.GetProperty("id").GetString()!);

    public Task OnDispatchAsync(string eventName, JsonElement data, CancellationToken cancellationToken)
    {
        Events.Enqueue((eventName, data));
        return Task.CompletedTask;
    }
}
