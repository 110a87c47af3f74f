using NewsBot.Testing;

namespace NewsBot.Tests.Deployment;

/// <summary>The Dockerfile read as its stages: what the runtime image is built from and runs as.</summary>
public sealed class DockerfileTests
{
    private static readonly string[] Lines = File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, "Dockerfile"));

    [Fact]
    public void Dockerfile_RuntimeStage_RunsAsANonRootUser()
    {
        var user = Stage("runtime").Last(l => l.StartsWith("USER ", StringComparison.Ordinal))["USER ".Length..].Trim();

        Assert.DoesNotContain(user, new[] { "root", "0", "0:0" });
    }

    [Fact]
    public void Dockerfile_TestStage_ExistsAndTheRuntimeDoesNotDependOnIt()
    {
        Assert.NotEmpty(Stage("test"));
        Assert.Equal("build", BaseOf("publish"));
        Assert.DoesNotContain(Stage("publish").Concat(Stage("runtime")), l => l.Contains("--from=test", StringComparison.Ordinal));
    }

    [Fact]
    public void Dockerfile_Publish_IsLinuxOnlyNativeAot()
    {
        var publish = string.Join(' ', Stage("publish"));

        Assert.Contains("-r \"$(cat /rid)\"", publish, StringComparison.Ordinal);
        Assert.Contains("-p:PublishAot=true", publish, StringComparison.Ordinal);
        Assert.Contains("clang", publish, StringComparison.Ordinal);
        Assert.Contains(Stage("build"), l => l.Contains("RID=linux-", StringComparison.Ordinal));
    }

    [Fact]
    public void Dockerfile_Runtime_IsTheNativeBinaryOnRuntimeDeps()
    {
        Assert.Equal("mcr.microsoft.com/dotnet/runtime-deps:10.0", BaseOf("runtime"));
        Assert.Contains(Stage("runtime"), l => l == "ENTRYPOINT [\"/app/NewsBot\"]");
    }

    [Fact]
    public void Dockerfile_HealthCheck_CallsHealthz()
    {
        Assert.Contains(Stage("runtime"), l => l.StartsWith("HEALTHCHECK", StringComparison.Ordinal) && l.Contains("/healthz", StringComparison.Ordinal));
    }

    private static string BaseOf(string stage) =>
        Lines.Single(l => l.StartsWith("FROM ", StringComparison.Ordinal) && l.EndsWith($" AS {stage}", StringComparison.Ordinal)).Split(' ')[1];

    private static List<string> Stage(string name) =>
        [.. Lines.SkipWhile(l => !(l.StartsWith("FROM ", StringComparison.Ordinal) && l.EndsWith($" AS {name}", StringComparison.Ordinal)))
            .Skip(1)
            .TakeWhile(l => !l.StartsWith("FROM ", StringComparison.Ordinal))
            .Select(l => l.Trim())];
}
