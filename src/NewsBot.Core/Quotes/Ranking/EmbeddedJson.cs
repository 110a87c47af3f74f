using System.Text;
using System.Text.Json;

namespace NewsBot.Core.Quotes.Ranking;

/// <summary>The ranking data files: read from the assembly's resources, written as indented JSON with `\n` line ends.</summary>
internal static class EmbeddedJson
{
    public static string Read(string resourceName)
    {
        using var stream = typeof(EmbeddedJson).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"the embedded resource {resourceName} is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()).ReplaceLineEndings("\n") + "\n";
    }
}
