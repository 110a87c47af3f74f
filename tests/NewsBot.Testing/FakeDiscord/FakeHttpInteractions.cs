using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

namespace NewsBot.Testing.FakeDiscord;

/// <summary>
/// Discord's side of HTTP interactions: the application's Ed25519 key pair, interactions POSTed to the bot's endpoint
/// signed over timestamp + body, and the bot's answer recorded as the first acknowledgement (checked like a callback:
/// in time, once, a fitting type and valid data), so followups and @original edits then work as after a callback.
/// </summary>
public sealed class FakeHttpInteractions : IDisposable
{
    private readonly Ed25519PrivateKeyParameters _key = new(new SecureRandom());
    private readonly Ed25519PrivateKeyParameters _otherKey = new(new SecureRandom());
    private readonly FakeDiscordState _state;
    private readonly FakeDiscordOptions _options;
    private readonly TimeProvider _time;
    private readonly FakeInteractionEndpoints _endpoints;
    private readonly ConcurrentQueue<FakeHttpAnswer> _answers = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };

    internal FakeHttpInteractions(FakeDiscordState state, FakeDiscordOptions options, TimeProvider time)
    {
        (_state, _options, _time) = (state, options, time);
        _endpoints = new FakeInteractionEndpoints(state, options);
    }

    /// <summary>The application's public key as the Developer Portal shows it (hex), for <c>Discord:PublicKey</c>.</summary>
    public string PublicKeyHex => Convert.ToHexStringLower(_key.GeneratePublicKey().GetEncoded());

    /// <summary>Every answer, in the order they arrived.</summary>
    public IReadOnlyList<FakeHttpAnswer> Answers => [.. _answers];

    public Task<FakeHttpAnswer> SendPingAsync(Uri endpoint, FakeSignature signature = FakeSignature.Valid) =>
        PostAsync(endpoint, new JsonObject { ["id"] = _state.NextId(), ["application_id"] = _options.ApplicationId, ["type"] = 1, ["token"] = "ping", ["version"] = 1 }, null, signature);

    /// <summary>Sends a command as an HTTP interaction; an accepted answer acknowledges it as a callback would.</summary>
    public Task<FakeHttpAnswer> SendAsync(Uri endpoint, FakeInvocation invocation, FakeSignature signature = FakeSignature.Valid)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var (interaction, data) = FakeInteractionPayload.Create(_state, _options, invocation, _time.GetUtcNow());
        interaction.HttpAnswer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return PostAsync(endpoint, data, interaction, signature);
    }

    public void Dispose() => _http.Dispose();

    private async Task<FakeHttpAnswer> PostAsync(Uri endpoint, JsonObject payload, FakeInteraction? interaction, FakeSignature signature)
    {
        var body = Encoding.UTF8.GetBytes(payload.ToJsonString());
        var now = _time.GetUtcNow();
        var timestamp = (signature == FakeSignature.Stale ? now.AddMinutes(-10) : now).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signed = Sign(signature == FakeSignature.WrongKey ? _otherKey : _key, timestamp, body);
        if (signature == FakeSignature.Tampered)
            body[^2] ^= 0x01;
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        if (signature != FakeSignature.Missing)
            request.Headers.Add("X-Signature-Ed25519", signed);
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        FakeReply? accepted;
        try
        {
            accepted = interaction is null || !response.IsSuccessStatusCode || JsonNode.Parse(text) is not JsonObject answer
                ? null : _endpoints.Acknowledge(interaction, answer, _time.GetUtcNow());
        }
        finally
        {
            interaction?.HttpAnswer?.TrySetResult();
        }
        if (accepted is { } refused)
            throw new InvalidOperationException($"Discord would refuse this answer ({refused.Status}): {refused.Body}");
        var recorded = new FakeHttpAnswer((int)response.StatusCode, text, interaction, endpoint);
        _answers.Enqueue(recorded);
        return recorded;
    }

    private static string Sign(Ed25519PrivateKeyParameters key, string timestamp, byte[] body)
    {
        var signer = new Ed25519Signer();
        signer.Init(forSigning: true, key);
        var prefix = Encoding.UTF8.GetBytes(timestamp);
        signer.BlockUpdate(prefix, 0, prefix.Length);
        signer.BlockUpdate(body, 0, body.Length);
        return Convert.ToHexStringLower(signer.GenerateSignature());
    }
}
