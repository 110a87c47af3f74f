namespace NewsBot.Discord.Rest;

/// <summary>
/// One REST call's route: the template names the rate-limit route, <see cref="MajorParameter"/> (channel, guild,
/// webhook id+token or interaction) separates its buckets, and <see cref="Path"/> is what is actually requested.
/// </summary>
internal sealed record DiscordRoute(HttpMethod Method, string Template, string Path, string MajorParameter)
{
    public static readonly HttpRequestOptionsKey<DiscordRoute> OptionKey = new("NewsBot.Discord.Route");

    /// <summary>Sends <c>Authorization: Bot …</c>; webhook, followup and callback routes authenticate by their token instead.</summary>
    public bool Authenticated { get; init; } = true;

    /// <summary>Interaction callbacks are not bound by the global 50 requests/s limit.</summary>
    public bool GlobalExempt { get; init; }

    /// <summary>
    /// A 429 goes back to the caller at once instead of being waited out (crossposts: Discord's hourly limit would hold
    /// the caller for up to an hour); the caller queues the request for after <see cref="DiscordError.RetryAfter"/>.
    /// </summary>
    public bool HandsBackRateLimits { get; init; }

    public string RouteKey => $"{Method.Method} {Template}";

    public static string Escape(string segment) => Uri.EscapeDataString(segment);
}
