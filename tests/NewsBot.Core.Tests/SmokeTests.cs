namespace NewsBot.Core.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Assembly_Loads_True() => Assert.NotNull(typeof(SmokeTests).Assembly);
}
