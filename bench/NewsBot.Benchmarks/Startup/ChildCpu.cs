using System.Globalization;

namespace NewsBot.Benchmarks.Startup;

/// <summary>
/// The CPU time (user + system) used by this process's finished children, from /proc/self/stat (Linux; 0 elsewhere):
/// the difference across one run is that run's CPU, a figure a machine shared with busy builds does not inflate the
/// way it inflates wall time.
/// </summary>
internal static class ChildCpu
{
    /// <summary>Linux reports these times in clock ticks of 1/100 s.</summary>
    private const double TicksPerSecond = 100;

    public static double Seconds()
    {
        if (!File.Exists("/proc/self/stat"))
            return 0;
        var stat = File.ReadAllText("/proc/self/stat");
        // Fields after the command name in parentheses start at field 3; cutime and cstime are fields 16 and 17.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture)) / TicksPerSecond;
    }
}
