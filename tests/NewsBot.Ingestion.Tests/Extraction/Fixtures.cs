namespace NewsBot.Ingestion.Tests.Extraction;

/// <summary>Reads the invented pages in TestData/Extraction.</summary>
internal static class Fixtures
{
    public static string Read(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "Extraction", name));
}
