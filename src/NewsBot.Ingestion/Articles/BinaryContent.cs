namespace NewsBot.Ingestion.Articles;

/// <summary>
/// Whether a body is something other than text (an image, an archive, an executable), so that a reader refuses it in
/// one line instead of quoting its noise. Git's test: a NUL byte in the first 8,000 bytes, which text in an 8-bit
/// encoding or UTF-8 never has; UTF-16 and UTF-32 text, which has NULs, starts with a byte-order mark.
/// </summary>
internal static class BinaryContent
{
    private const int Sniffed = 8000;

    public static bool IsBinary(ReadOnlySpan<byte> body) =>
        body is not ([0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] or [0x00, 0x00, 0xFE, 0xFF, ..]) && body[..Math.Min(body.Length, Sniffed)].Contains((byte)0);
}
