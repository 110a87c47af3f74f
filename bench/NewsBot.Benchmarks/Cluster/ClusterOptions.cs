using System.Globalization;

namespace NewsBot.Benchmarks.Cluster;

/// <summary><c>cluster [--minutes 5] [--topics 3] [--kill-after-minutes 2] [--app path]</c>.</summary>
internal sealed record ClusterOptions(int Minutes, int Topics, int KillAfterMinutes, string App)
{
    public static ClusterOptions Parse(IReadOnlyList<string> args)
    {
        var options = new ClusterOptions(5, 3, 2, Startup.AppProcess.BuiltDll);
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            options = args[i] switch
            {
                "--minutes" => options with { Minutes = Number(args[i + 1]) },
                "--topics" => options with { Topics = Number(args[i + 1]) },
                "--kill-after-minutes" => options with { KillAfterMinutes = Number(args[i + 1]) },
                "--app" => options with { App = Path.GetFullPath(args[i + 1]) },
                _ => throw new ArgumentException($"unknown option {args[i]}; use --minutes N, --topics N, --kill-after-minutes N, --app path"),
            };
        }
        return options.KillAfterMinutes < options.Minutes ? options : throw new ArgumentException("--kill-after-minutes must be less than --minutes");
    }

    private static int Number(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : throw new ArgumentException($"{text} is not a positive whole number");
}
