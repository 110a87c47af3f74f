namespace NewsBot.Tests.Cli;

public sealed class RunVerbTests
{
    [Fact]
    public async Task Run_NoToken_NamesTheSettingAndExitsTwo()
    {
        var settings = new Dictionary<string, string?> { ["Discord:Token"] = "" };

        var run = await CliRun.ExecuteAsync(["run"], settings);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Discord:Token", run.Error, StringComparison.Ordinal);
        Assert.Contains("Discord__Token", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
    }

    [Fact]
    public async Task Run_WithToken_NeverPrintsTheToken()
    {
        const string secret = "MTIzNDU2Nzg5.secret-token-value";
        var settings = new Dictionary<string, string?> { ["Discord:Token"] = secret };

        var run = await CliRun.ExecuteAsync(["run"], settings);

        Assert.DoesNotContain(secret, run.Output + run.Error, StringComparison.Ordinal);
    }
}
