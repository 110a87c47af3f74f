using NewsBot.Testing;

namespace NewsBot.Tests;

public sealed class TestPathsTests
{
    private const string Absent = "no-such-corpus-anywhere";

    [Fact]
    public void SharedDataFolder_MissingOnCi_Throws()
    {
        var error = Assert.Throws<InvalidOperationException>(() => TestPaths.SharedDataFolder(Absent, failWhenMissing: true));

        Assert.Contains(Absent, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SharedDataFolder_MissingOffCi_NullSoTheGuardSkips()
    {
        Assert.Null(TestPaths.SharedDataFolder(Absent, failWhenMissing: false));
    }
}
