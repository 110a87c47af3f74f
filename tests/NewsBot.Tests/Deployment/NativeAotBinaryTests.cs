using System.Diagnostics;
using NewsBot.Testing;

namespace NewsBot.Tests.Deployment;

/// <summary>
/// The NativeAOT binary (the Docker image's) checks settings like the JIT build: generated binders and validators, not
/// reflection that trimming would empty. Skipped unless the binary was published
/// (`dotnet publish src/NewsBot/NewsBot.csproj -c Release -r linux-x64 -p:PublishAot=true`) or NEWSBOT_AOT_BINARY names one.
/// </summary>
public sealed class NativeAotBinaryTests
{
    private const string Article = "samples/articles/text/press-briefing.txt";

    [Theory]
    [InlineData("often", "error: Polling:IntervalMinutes: \"often\" is not a whole number")]
    [InlineData("2", "error: Polling:IntervalMinutes: must be between 5 and 1440, not 2")]
    public async Task Quotes_InvalidSetting_OneLineAndExitsTwo(string value, string expected)
    {
        var (exitCode, error) = await RunAsync(["quotes", Article], "Polling__IntervalMinutes", value);

        Assert.Equal(2, exitCode);
        Assert.Equal(expected, error.Trim());
    }

    private static async Task<(int ExitCode, string Error)> RunAsync(string[] arguments, string variable, string value)
    {
        var binary = Environment.GetEnvironmentVariable("NEWSBOT_AOT_BINARY") is { Length: > 0 } named
            ? named
            : Path.Combine(TestPaths.RepositoryRoot, "src/NewsBot/bin/Release/net10.0/linux-x64/publish/NewsBot");
        if (!File.Exists(binary))
            Assert.Skip($"No NativeAOT binary at {binary}: publish it with -p:PublishAot=true, or set NEWSBOT_AOT_BINARY.");
        var start = new ProcessStartInfo(binary) { WorkingDirectory = TestPaths.RepositoryRoot, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment[variable] = value;
        using var process = Process.Start(start)!;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = await process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        await output;
        return (process.ExitCode, error);
    }
}
