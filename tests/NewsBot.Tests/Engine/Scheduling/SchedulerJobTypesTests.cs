using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Engine.Scheduling;
using Quartz;

namespace NewsBot.Tests.Engine.Scheduling;

/// <summary>
/// A persistent store loads a job by its stored type name; the NativeAOT binary resolves only names given to Quartz's type
/// loader (seen in a two-instance run: the instance that had not built the feed-poll job set its trigger to ERROR).
/// </summary>
public sealed class SchedulerJobTypesTests
{
    [Fact]
    public void Register_EveryJobTypeOfTheBot_NamedAsQuartzStoresIt()
    {
        var services = new ServiceCollection();
        services.AddQuartz(quartz => SchedulerJobTypes.Register(quartz));
        using var provider = services.BuildServiceProvider();
        var aliases = provider.GetRequiredService<IOptions<TypeLoaderOptions>>().Value.Aliases;

        var jobTypes = typeof(SchedulerJobTypes).Assembly.GetTypes()
            .Where(type => typeof(IJob).IsAssignableFrom(type) && type is { IsAbstract: false, IsInterface: false })
            .ToList();

        Assert.NotEmpty(jobTypes);
        Assert.All(jobTypes, type => Assert.True(
            aliases.ContainsKey($"{type.FullName}, {type.Assembly.GetName().Name}"), $"{type.Name} is not named to Quartz's type loader"));
    }

    [Fact]
    public void StoredName_FeedPollJob_FullNameAndAssemblyWithoutVersion()
    {
        Assert.Equal("NewsBot.Engine.Scheduling.FeedPollJob, NewsBot", SchedulerJobTypes.StoredName<FeedPollJob>());
    }
}
