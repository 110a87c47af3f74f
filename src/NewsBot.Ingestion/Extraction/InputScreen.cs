using System.Buffers;

namespace NewsBot.Ingestion.Extraction;

/// <summary>Recognises input that is not text at all (binary files, undecodable bytes) before it is parsed.</summary>
internal static class InputScreen
{
    /// <summary>Only the start is inspected: binary content shows itself at once.</summary>
    private const int SampleChars = 64 * 1024;

    /// <summary>Real pages have at most a stray replacement character; binary data decoded as text has many.</summary>
    private const double MaxBadShare = 0.05;

    /// <summary>The replacement character and the control characters but tab and line breaks, every one listed.</summary>
    private static readonly SearchValues<char> BadChars =
        SearchValues.Create(Enumerable.Range(char.MinValue, char.MaxValue + 1).Select(c => (char)c).Where(IsBad).ToArray());

    /// <summary>Why the input cannot be a page, or null when it looks like text.</summary>
    public static string? NotTextReason(ReadOnlySpan<char> html)
    {
        var sample = html[..Math.Min(html.Length, SampleChars)];
        if (sample.IsEmpty)
        {
            return null;
        }

        // A vectorised search jumps from one bad character to the next: a real page has none, so it costs one search.
        var bad = 0;
        for (var rest = sample; rest.IndexOfAny(BadChars) is var next and >= 0; rest = rest[(next + 1)..])
        {
            bad++;
        }

        var share = (double)bad / sample.Length;
        return share > MaxBadShare
            ? $"the input is not text: {share:P0} of its first {sample.Length:N0} characters are undecodable bytes or control characters"
            : null;
    }

    private static bool IsBad(char c) => c == '\uFFFD' || (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f'));
}
