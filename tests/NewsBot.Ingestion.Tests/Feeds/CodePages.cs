using System.Text;

namespace NewsBot.Ingestion.Tests.Feeds;

internal static class CodePages
{
    public static Encoding Windows1252 { get; } = CreateWindows1252();

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
