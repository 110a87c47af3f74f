using System.Diagnostics;
using System.Reflection;

namespace NewsBot.Benchmarks.Soak;

/// <summary>
/// The outlets and the fake Discord in a child process: this benchmark started again with the hidden
/// <c>soak-outlets</c> verb, driven through <see cref="OutletProtocol"/>. Its standard error is this process's.
/// </summary>
internal sealed class ChildOutletServers : IOutletServers
{
    private readonly Process _child;
    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal);
    private bool _stopped;

    private ChildOutletServers(Process child) => _child = child;

    public Uri SiteBase { get; private set; } = null!;

    public IReadOnlyDictionary<string, string?> DiscordSettings => _settings;

    public static async Task<ChildOutletServers> StartAsync(SoakOptions options, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath ?? throw new InvalidOperationException("soak: no process path"))
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        // Run as `dotnet NewsBot.Benchmarks.dll`: the host needs the assembly again.
        if (Path.GetFileNameWithoutExtension(start.FileName) == "dotnet")
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        foreach (var argument in new[] { OutletProtocol.Verb, "--feeds", $"{options.Feeds}", "--bad", $"{options.Bad}", "--topics", $"{options.Topics}" })
            start.ArgumentList.Add(argument);
        var servers = new ChildOutletServers(Process.Start(start) ?? throw new InvalidOperationException("soak: the outlets did not start"));
        await servers.ReadAnnouncementAsync(cancellationToken);
        return servers;
    }

    public async ValueTask MoveClockAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await _child.StandardInput.WriteLineAsync(OutletProtocol.Time(now).AsMemory(), cancellationToken);
        await _child.StandardInput.FlushAsync(cancellationToken);
        var answer = await ReadLineAsync(cancellationToken);
        if (answer != OutletProtocol.Moved)
            throw new InvalidOperationException($"soak: the outlets answered '{answer}' to a clock move");
    }

    public async Task<OutletFigures> StopAsync(CancellationToken cancellationToken)
    {
        _stopped = true;
        _child.StandardInput.Close();
        var figures = OutletProtocol.ReadFigures(await ReadLineAsync(cancellationToken));
        await _child.WaitForExitAsync(cancellationToken);
        return figures;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stopped && !_child.HasExited)
        {
            _child.StandardInput.Close();
            await _child.WaitForExitAsync();
        }
        _child.Dispose();
    }

    private async Task ReadAnnouncementAsync(CancellationToken cancellationToken)
    {
        for (var line = await ReadLineAsync(cancellationToken); line != OutletProtocol.Ready; line = await ReadLineAsync(cancellationToken))
        {
            if (line.StartsWith(OutletProtocol.Site, StringComparison.Ordinal))
                SiteBase = new Uri(line[OutletProtocol.Site.Length..]);
            else if (line.StartsWith(OutletProtocol.Setting, StringComparison.Ordinal) && line.IndexOf('=', StringComparison.Ordinal) is var equals and > 0)
                _settings[line[OutletProtocol.Setting.Length..equals]] = line[(equals + 1)..];
        }
    }

    private async Task<string> ReadLineAsync(CancellationToken cancellationToken) =>
        await _child.StandardOutput.ReadLineAsync(cancellationToken)
        ?? throw new InvalidOperationException($"soak: the outlets process ended (exit code {(_child.HasExited ? _child.ExitCode : -1)})");
}
