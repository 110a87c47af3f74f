using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsBot.Ingestion.Http;

/// <summary>
/// A fetch failure in JSON output: what failed and why, not the exception's members (its stack, its target method), which
/// mean nothing to a reader and which generated serializers cannot write.
/// </summary>
public sealed class FetchExceptionJsonConverter : JsonConverter<FetchException>
{
    public override FetchException Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("fetch failures are written, never read");

    public override void Write(Utf8JsonWriter writer, FetchException value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString(Name(options, "Failure"), value.Failure.ToString());
        writer.WriteString(Name(options, "Message"), value.Message);
        if (value.StatusCode is { } status)
            writer.WriteNumber(Name(options, "StatusCode"), status);
        if (value.Uri is { } uri)
            writer.WriteString(Name(options, "Uri"), uri.ToString());
        writer.WriteEndObject();
    }

    private static string Name(JsonSerializerOptions options, string name) => options.PropertyNamingPolicy?.ConvertName(name) ?? name;
}
