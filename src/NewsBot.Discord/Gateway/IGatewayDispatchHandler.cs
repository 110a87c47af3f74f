using System.Text.Json;

namespace NewsBot.Discord.Gateway;

/// <summary>Receives the gateway's dispatch events. It must return quickly: long work belongs on its own task.</summary>
public interface IGatewayDispatchHandler
{
    /// <param name="cancellationToken">Ends when the bot stops, not when the connection the event came on does.</param>
    Task OnDispatchAsync(string eventName, JsonElement data, CancellationToken cancellationToken);
}
