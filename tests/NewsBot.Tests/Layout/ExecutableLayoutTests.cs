using NewsBot.Cli;

namespace NewsBot.Tests.Layout;

/// <summary>
/// The executable's folders read in data-flow order (README, "Layout"): each uses only the ones before it, so a newcomer
/// can follow a feed item to a Discord message front to back, and no folder needs one that needs it.
/// </summary>
public sealed class ExecutableLayoutTests
{
    /// <summary>Earliest first. A new folder must be placed here, which is the point: where it goes is a decision.</summary>
    private static readonly string[] Order =
    [
        "NewsBot.Engine.Metrics",
        "NewsBot.Localization",
        "NewsBot.Engine.Topics",
        "NewsBot.Engine.Polling",
        "NewsBot.Engine.Stories",
        "NewsBot.Engine.Digests",
        "NewsBot.Presentation",
        "NewsBot.Engine.Delivery",
        "NewsBot.Engine.Retention",
        "NewsBot.Engine.Scheduling",
        "NewsBot.Commands",
        "NewsBot.Commands.Moderation",
        "NewsBot.Commands.Sources",
        "NewsBot.Output",
        "NewsBot.Evaluation",
        "NewsBot",
        "NewsBot.Operations",
        "NewsBot.Cli.Settings",
        "NewsBot.Cli",
        "NewsBot.Cli.Eval",
        "NewsBot.Cli.Verbs",
    ];

    private static readonly NamespaceGraph Graph = NamespaceGraph.Of(typeof(CliContext).Assembly);

    [Fact]
    public void Namespaces_OfTheExecutable_FormNoCycle()
    {
        var cycle = NamespaceCycles.FindOne(Graph);

        Assert.True(cycle.Count == 0, "namespaces in a cycle: " + string.Join(" -> ", cycle)
            + (cycle.Count > 1 ? $" ({cycle[0]} uses {cycle[1]} in {Graph.Why(cycle[0], cycle[1])})" : ""));
    }

    [Fact]
    public void Namespaces_OfTheExecutable_EachPlacedInTheOrder()
    {
        Assert.Empty(Graph.Namespaces.Except(Order));
    }

    [Fact]
    public void Namespaces_OfTheExecutable_UseOnlyEarlierOnes()
    {
        var backwards =
            from user in Order
            from used in Graph.Uses(user)
            where Array.IndexOf(Order, used) > Array.IndexOf(Order, user)
            select $"{user} uses {used} ({Graph.Why(user, used)})";

        Assert.Empty(backwards);
    }
}
