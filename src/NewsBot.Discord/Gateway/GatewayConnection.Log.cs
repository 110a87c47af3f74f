using Microsoft.Extensions.Logging;

namespace NewsBot.Discord.Gateway;

/// <summary>The connection's log lines. None of them carries the token or a payload.</summary>
internal sealed partial class GatewayConnection
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Gateway connection dropped ({Reason}); reconnecting")]
    private static partial void LogDropped(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gateway asked for a reconnect (op 7); resuming")]
    private static partial void LogReconnectRequested(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gateway session invalidated (op 9, resumable: {Resumable})")]
    private static partial void LogInvalidSession(ILogger logger, bool resumable);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No heartbeat ACK since the last beat: zombie connection, reconnecting")]
    private static partial void LogZombie(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gateway closed with {Code} ({Meaning}); reconnecting")]
    private static partial void LogClosed(ILogger logger, int code, string meaning);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Malformed gateway frame ({Kind}: {Reason}); reconnecting")]
    private static partial void LogMalformedFrame(ILogger logger, string kind, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling gateway event {Event} failed")]
    private static partial void LogHandlerFailed(ILogger logger, string @event, Exception exception);
}
