using System.Globalization;

namespace NewsBot.Benchmarks.Engine;

/// <summary>The arguments of <c>engine [--feeds 1000] [--items 20] [--topics 100] [--parallel 8]</c>.</summary>
internal sealed record EngineBenchmarkOptions(int Feeds = 1000, int Items = 20, int Topics = 100, int Parallel = 8)
{
    public static EngineBenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new EngineBenchmarkOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
                ? number
                : throw new ArgumentException($"{args[i]} needs a positive whole number");
            options = args[i] switch
            {
                "--feeds" => options with { Feeds = value },
                "--items" => options with { Items = value },
                "--topics" => options with { Topics = value },
                "--parallel" => options with { Parallel = value },
                _ => throw new ArgumentException($"unknown option {args[i]}; use --feeds, --items, --topics, --parallel"),
            };
            i++;
        }
        return options;
    }
}
