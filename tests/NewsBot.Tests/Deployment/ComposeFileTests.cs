using NewsBot.Testing;

namespace NewsBot.Tests.Deployment;

/// <summary>
/// docker is not on the CI machine, so compose.yaml is checked as text: the settings a working deployment depends on.
/// </summary>
public sealed class ComposeFileTests
{
    private static readonly string[] Lines = File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, "compose.yaml"));

    [Fact]
    public void Compose_HealthCheck_CallsHealthz()
    {
        var check = Setting("test:");

        Assert.Contains("http://localhost:8080/healthz", check, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_DataFolder_IsANamedVolumeDeclaredAtTheTopLevel()
    {
        Assert.Contains(Lines, l => l.Trim() == "- newsbot-data:/app/data");
        var topLevel = Array.IndexOf(Lines, "volumes:");
        Assert.True(topLevel >= 0, "compose.yaml has no top-level volumes section");
        Assert.Contains(Lines.Skip(topLevel + 1), l => l.Trim() == "newsbot-data:");
    }

    [Fact]
    public void Compose_Settings_MountedReadOnlyWhereTheBotReadsThem()
    {
        Assert.Contains(Lines, l => l.Trim() == "- ./appsettings.json:/app/appsettings.json:ro");
    }

    [Fact]
    public void Compose_Kestrel_ListensOnAllInterfacesInsideTheContainer()
    {
        Assert.Equal("http://0.0.0.0:8080", Setting("Http__Urls:"));
    }

    [Fact]
    public void Compose_Token_ComesFromTheEnvironmentNotTheFile()
    {
        Assert.StartsWith("${DISCORD_TOKEN", Setting("Discord__Token:"), StringComparison.Ordinal);
    }

    private static string Setting(string key) =>
        Lines.Select(l => l.Trim()).Single(l => l.StartsWith(key, StringComparison.Ordinal))[key.Length..].Trim();
}
