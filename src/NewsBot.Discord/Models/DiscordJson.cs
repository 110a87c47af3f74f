using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace NewsBot.Discord.Models;

/// <summary>
/// Discord's wire format: snake_case names, absent rather than null optional fields. Only the types of
/// <see cref="DiscordJsonContext"/> (generated code, no reflection: NativeAOT) can be read or written; another type throws.
/// </summary>
public static class DiscordJson
{
    public static JsonSerializerOptions Options { get; } = Create(DiscordJsonContext.Default);

    /// <summary>Discord's format for the types <paramref name="resolver"/> knows (a caller's own types combined with ours).</summary>
    public static JsonSerializerOptions Create(IJsonTypeInfoResolver resolver)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = resolver,
        };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>The contract of <typeparamref name="T"/> in <paramref name="options"/>; throws when no context lists it.</summary>
    public static JsonTypeInfo<T> Info<T>(this JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
    }
}
