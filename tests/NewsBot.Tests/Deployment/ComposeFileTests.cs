using NewsBot.Testing;

namespace NewsBot.Tests.Deployment;

/// <summary>
/// docker is not on the CI machine, so compose.yaml is checked as text: the settings a working deployment depends on, for
/// the single instance and for the <c>cluster</c> profile.
/// </summary>
public sealed class ComposeFileTests
{
    private static readonly string[] Lines = File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, "compose.yaml"));

    [Fact]
    public void Compose_HealthCheck_CallsHealthz()
    {
        var check = Setting("bot", "test:");

        Assert.Contains("http://localhost:8080/healthz", check, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_DataFolder_IsANamedVolumeDeclaredAtTheTopLevel()
    {
        Assert.Contains(Service("bot"), l => l.Trim() == "- newsbot-data:/app/data");
        Assert.Contains(TopLevel("volumes"), l => l.Trim() == "newsbot-data:");
    }

    [Fact]
    public void Compose_Settings_MountedReadOnlyWhereTheBotReadsThem()
    {
        Assert.Contains(Service("bot"), l => l.Trim() == "- ./appsettings.json:/app/appsettings.json:ro");
        Assert.Contains(Service("bot-1"), l => l.Trim() == "- ./appsettings.json:/app/appsettings.json:ro");
    }

    [Fact]
    public void Compose_Kestrel_ListensOnAllInterfacesInsideTheContainer()
    {
        Assert.Equal("http://0.0.0.0:8080", Setting("bot", "Http__Urls:"));
        Assert.Equal("http://0.0.0.0:8080", Setting("bot-1", "Http__Urls:"));
    }

    [Fact]
    public void Compose_Token_ComesFromTheEnvironmentNotTheFile()
    {
        Assert.StartsWith("${DISCORD_TOKEN", Setting("bot", "Discord__Token:"), StringComparison.Ordinal);
        Assert.StartsWith("${DISCORD_TOKEN", Setting("bot-1", "Discord__Token:"), StringComparison.Ordinal);
        Assert.StartsWith("${DISCORD_PUBLIC_KEY", Setting("bot-1", "Discord__PublicKey:"), StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_SingleInstance_HasNoProfileSoPlainUpStartsIt()
    {
        Assert.DoesNotContain(Service("bot"), l => l.Trim().StartsWith("profiles:", StringComparison.Ordinal));
    }

    [Fact]
    public void Compose_ClusterProfile_PostgresTwoHttpInstancesAndALoadBalancer()
    {
        foreach (var service in new[] { "db", "bot-1", "lb" })
            Assert.Equal("""["cluster"]""", Setting(service, "profiles:"));
        Assert.Contains(Lines, l => l == "  bot-2: *cluster-bot");
        Assert.Contains(Lines, l => l == "  bot-1: &cluster-bot");
        Assert.Equal("postgres", Setting("bot-1", "Storage__Provider:"));
        Assert.StartsWith("Host=db;", Setting("bot-1", "ConnectionStrings__NewsBot:"), StringComparison.Ordinal);
        Assert.Equal("http", Setting("bot-1", "Discord__InteractionsMode:"));
        Assert.Contains(TopLevel("volumes"), l => l.Trim() == "newsbot-db:");
    }

    [Fact]
    public void Compose_ClusterInstances_WaitForAHealthyDatabaseAndReportReadiness()
    {
        var instance = Service("bot-1").Select(l => l.Trim()).ToList();

        Assert.Equal("condition: service_healthy", instance[instance.IndexOf("db:") + 1]);
        Assert.Contains("http://localhost:8080/readyz", Setting("bot-1", "test:"), StringComparison.Ordinal);
        Assert.Contains("pg_isready", Setting("db", "test:"), StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_LoadBalancer_ForwardsToBothInstances()
    {
        var command = Setting("lb", "command:");

        Assert.Contains("\"--to\", \"bot-1:8080\"", command, StringComparison.Ordinal);
        Assert.Contains("\"--to\", \"bot-2:8080\"", command, StringComparison.Ordinal);
    }

    /// <summary>The lines of one service, from its name to the next service or top-level key.</summary>
    private static List<string> Service(string name)
    {
        var start = Array.FindIndex(Lines, l => l == $"  {name}:" || l.StartsWith($"  {name}: ", StringComparison.Ordinal));
        Assert.True(start >= 0, $"compose.yaml has no service {name}");
        return [.. Lines.Skip(start + 1).TakeWhile(l => l.Length == 0 || l.StartsWith("   ", StringComparison.Ordinal) || l.TrimStart().StartsWith('#'))];
    }

    private static List<string> TopLevel(string key)
    {
        var start = Array.IndexOf(Lines, key + ":");
        Assert.True(start >= 0, $"compose.yaml has no top-level {key}");
        return [.. Lines.Skip(start + 1).TakeWhile(l => l.Length == 0 || l.StartsWith(' '))];
    }

    private static string Setting(string service, string key) =>
        Service(service).Select(l => l.Trim()).Single(l => l.StartsWith(key, StringComparison.Ordinal))[key.Length..].Trim();
}
