using System.Text;
using NewsBot.Core.Feeds;
using NewsBot.Ingestion.Feeds;

namespace NewsBot.Ingestion.Tests.Feeds;

/// <summary>Loads and parses the invented feeds in TestData/Feeds.</summary>
internal static class FeedFixtures
{
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "Feeds", name));

    public static Feed Parse(string name, string? feedUrl = null) =>
        new FeedParser().Parse(Bytes(name), feedUrl is null ? null : new Uri(feedUrl));

    public static Feed ParseText(string xml, string? feedUrl = null) =>
        new FeedParser().Parse(Encoding.UTF8.GetBytes(xml), feedUrl is null ? null : new Uri(feedUrl));

    public static DateTimeOffset Utc(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
