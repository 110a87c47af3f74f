using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Interactions.Http;

/// <summary>
/// Discord's Interactions Endpoint URL, without the web framework: the signature checked over the raw body, PING answered
/// with PONG, every other interaction through the <see cref="InteractionRouter"/>, whose first acknowledgement (within the
/// 3 s, deferring a slow handler) is the response body.
/// </summary>
public sealed partial class HttpInteractionEndpoint
{
    private static readonly byte[] Pong = JsonSerializer.SerializeToUtf8Bytes(new InteractionResponse(InteractionCallbackType.Pong), DiscordJson.Options.Info<InteractionResponse>());
    private readonly InteractionSignature? _signature;
    private readonly InteractionRouter _router;
    private readonly CancellationToken _stopping;
    private readonly ILogger<HttpInteractionEndpoint> _logger;

    public HttpInteractionEndpoint(
        IOptions<DiscordOptions> options, InteractionRouter router, TimeProvider time, IHostApplicationLifetime lifetime, ILogger<HttpInteractionEndpoint> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(lifetime);
        var settings = options.Value;
        // Options validation refuses a bad key at start-up; without one every request is refused.
        if (settings.PublicKey is { } hex && InteractionSignature.ParseKey(hex) is { } key)
            _signature = new InteractionSignature(key, time, settings.SignatureMaxAge);
        (_router, _stopping, _logger) = (router, lifetime.ApplicationStopping, logger);
    }

    public async Task<HttpInteractionAnswer> AnswerAsync(string? signature, string? timestamp, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        if (_signature is null || !_signature.IsValid(signature, timestamp, body.Span))
        {
            // Discord itself probes with bad signatures; not worth more than a debug line.
            LogRefused(_logger);
            return HttpInteractionAnswer.Unauthorized;
        }
        Interaction? interaction;
        try
        {
            interaction = JsonSerializer.Deserialize(body.Span, DiscordJson.Options.Info<Interaction>());
        }
        catch (JsonException)
        {
            return HttpInteractionAnswer.BadRequest;
        }
        if (interaction is null)
            return HttpInteractionAnswer.BadRequest;
        if (interaction.Type == InteractionType.Ping)
            return new HttpInteractionAnswer(200, Pong);
        var delivered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var response = await _router.AnswerAsync(interaction, delivered.Task, _stopping, cancellationToken);
        if (response is null)
        {
            delivered.TrySetResult();
            return HttpInteractionAnswer.NotAnswered;
        }
        return new HttpInteractionAnswer(200, JsonSerializer.SerializeToUtf8Bytes(response, DiscordJson.Options.Info<InteractionResponse>())) { Delivery = delivered };
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Refused an interaction request: missing or bad signature, or a stale timestamp")]
    private static partial void LogRefused(ILogger logger);
}
