using System.Diagnostics;
using System.Net;

namespace NewsBot.Benchmarks.Cluster;

/// <summary>One <c>run</c> process of the cluster, on its own port, its output kept in a file for after the run.</summary>
internal sealed class ClusterInstance : IDisposable
{
    private readonly Process _process;
    private readonly Task _output;

    private ClusterInstance(string name, Process process, Task output, Uri urls) => (Name, _process, _output, Urls) = (name, process, output, urls);

    public string Name { get; }
    public Uri Urls { get; }
    public Uri Endpoint => new(Urls, "/interactions");
    public bool Killed { get; private set; }
    public int ProcessId => _process.Id;

    public static ClusterInstance Start(string name, string app, string settingsFile, string logFolder)
    {
        var urls = new Uri($"http://127.0.0.1:{Testing.FreeLoopbackPort.Next()}");
        var start = Startup.AppProcess.StartInfo(app, ["run", "--config", settingsFile]);
        start.Environment["Http__Urls"] = urls.GetLeftPart(UriPartial.Authority);
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{app} did not start");
        var log = Path.Combine(logFolder, name + ".log");
        var output = Task.WhenAll(
            process.StandardOutput.ReadToEndAsync().ContinueWith(t => File.AppendAllText(log, t.Result), TaskScheduler.Default),
            process.StandardError.ReadToEndAsync().ContinueWith(t => File.AppendAllText(log, t.Result), TaskScheduler.Default));
        return new ClusterInstance(name, process, output, urls);
    }

    /// <summary>Waits until /readyz says 200 (database, scheduler; no gateway in http mode).</summary>
    public async Task WaitReadyAsync(HttpClient http, TimeSpan limit)
    {
        var deadline = TimeProvider.System.GetUtcNow() + limit;
        while (TimeProvider.System.GetUtcNow() < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"{Name} exited with {_process.ExitCode} before it was ready");
            try
            {
                if ((await http.GetAsync(new Uri(Urls, "/readyz"))).StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"{Name} was not ready within {limit.TotalSeconds} s");
    }

    /// <summary>SIGKILL: no shutdown, no drain; whatever it was doing stops where it is.</summary>
    public void Kill()
    {
        _process.Kill();
        Killed = true;
    }

    public async Task StopAsync()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        await _output;
    }

    public void Dispose() => _process.Dispose();
}
