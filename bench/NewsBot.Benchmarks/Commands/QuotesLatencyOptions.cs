using System.Globalization;

namespace NewsBot.Benchmarks.Commands;

/// <summary>The arguments of <c>quotes-latency [--interactions 100] [--rounds 3] [--warmup 10]</c>.</summary>
internal sealed record QuotesLatencyOptions(int Interactions = 100, int Rounds = 3, int Warmup = 10)
{
    public static QuotesLatencyOptions Parse(IReadOnlyList<string> args)
    {
        var options = new QuotesLatencyOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
                ? number
                : throw new ArgumentException($"{args[i]} needs a positive whole number");
            options = args[i] switch
            {
                "--interactions" => options with { Interactions = value },
                "--rounds" => options with { Rounds = value },
                "--warmup" => options with { Warmup = value },
                _ => throw new ArgumentException($"unknown option {args[i]}; use --interactions, --rounds, --warmup"),
            };
            i++;
        }
        return options;
    }
}
