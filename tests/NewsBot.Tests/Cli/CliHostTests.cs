using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Cli;
using NewsBot.Persistence;

namespace NewsBot.Tests.Cli;

public sealed class CliHostTests
{
    [Fact]
    public async Task Build_RelativeDataDirectoryWithConfigElsewhere_ResolvesAgainstTheSettingsFolder()
    {
        var settingsFolder = Directory.CreateTempSubdirectory("newsbot-settings-").FullName;
        var otherFolder = Directory.CreateTempSubdirectory("newsbot-cwd-").FullName;
        var file = Path.Combine(settingsFolder, "appsettings.json");
        await File.WriteAllTextAsync(file, """{ "Storage": { "DataDirectory": "state" } }""", TestContext.Current.CancellationToken);
        var root = new RootCommand { CommonOptions.Config, CommonOptions.Verbose };
        var context = new CliContext(TextWriter.Null, TextWriter.Null) { WorkingDirectory = otherFolder };

        using var host = CliHost.Build(context, root.Parse(["--config", file]), VerbServices.Bot);

        Assert.Equal(Path.Combine(settingsFolder, "state"), host.Services.GetRequiredService<IOptions<StorageOptions>>().Value.DataDirectory);
    }
}
