using System.Diagnostics;

namespace NewsBot.Benchmarks.Startup;

/// <summary>
/// Starts the NewsBot application as a user would: a framework-dependent <c>NewsBot.dll</c> through <c>dotnet</c>, or a
/// published executable (ReadyToRun) directly.
/// </summary>
internal static class AppProcess
{
    /// <summary>The framework-dependent build beside this benchmark (the project reference copies it here).</summary>
    public static string BuiltDll => Path.Combine(AppContext.BaseDirectory, "NewsBot.dll");

    public static ProcessStartInfo StartInfo(string app, IEnumerable<string> arguments)
    {
        var dll = app.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var start = new ProcessStartInfo(dll ? "dotnet" : app)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        if (dll)
            start.ArgumentList.Add(app);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        return start;
    }

    /// <summary>What the machine is doing besides: wall times mean little on a machine shared with busy builds.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
