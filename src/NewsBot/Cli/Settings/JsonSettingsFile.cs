using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace NewsBot.Cli.Settings;

/// <summary>Adds a JSON settings file; a file that is not valid JSON is one line with its path, line and column.</summary>
internal static class JsonSettingsFile
{
    public static void Add(IConfigurationBuilder configuration, string path, bool optional)
    {
        try
        {
            configuration.AddJsonFile(path, optional, reloadOnChange: false);
        }
        catch (Exception e) when (JsonError(e) is { } json)
        {
            // System.Text.Json counts lines and bytes from 0; editors count from 1.
            var where = json.LineNumber is { } line ? $"{path}:{line + 1}:{(json.BytePositionInLine ?? 0) + 1}" : path;
            throw new SettingsException($"{where}: not valid JSON ({FirstSentence(json.Message)})", e);
        }
        catch (Exception e) when (e is InvalidDataException or FormatException)
        {
            throw new SettingsException($"{path}: not valid JSON settings ({e.InnerException?.Message ?? e.Message})", e);
        }
    }

    private static JsonException? JsonError(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is JsonException json)
                return json;
        }
        return null;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }
}
