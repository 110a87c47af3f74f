using System.Globalization;

namespace NewsBot.Benchmarks.PollCluster;

/// <summary>A child process's cpu time so far and its peak resident memory, read from /proc (Linux).</summary>
internal readonly record struct ProcessFigures(TimeSpan Cpu, long PeakBytes)
{
    // USER_HZ is 100 on every Linux the bot targets.
    private const double TicksPerSecond = 100;

    public static ProcessFigures Read(int processId)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{processId}/stat");
            // Fields after the command name (which may hold spaces) start after its closing parenthesis.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            var peak = File.ReadLines($"/proc/{processId}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            var kilobytes = peak is null ? 0 : long.Parse(peak.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
            return new ProcessFigures(TimeSpan.FromSeconds(ticks / TicksPerSecond), kilobytes * 1024);
        }
        catch (IOException)
        {
            return default;
        }
    }
}
