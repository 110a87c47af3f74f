using System.Diagnostics.CodeAnalysis;
using NewsBot.Engine.Retention;
using Quartz;

namespace NewsBot.Engine.Scheduling;

/// <summary>
/// Names every job type to Quartz's type loader. A persistent store keeps a job by its type name and loads it back at each
/// firing, also in a process that never built that job (the other instance of a cluster, or this one after a restart
/// before the topics are synced). In the NativeAOT binary Quartz resolves only names it was told about, so an unnamed
/// job would fail to load and its trigger would be set to ERROR, never to fire again.
/// </summary>
internal static class SchedulerJobTypes
{
    public static void Register(IQuartzBuilder quartz) =>
        quartz.UseTypeLoader(loader =>
        {
            Map<FeedPollJob>(loader);
            Map<TopicDigestJob>(loader);
            Map<OutboxRetryJob>(loader);
            Map<CatalogPollJob>(loader);
            Map<RetentionJob>(loader);
        });

    /// <summary>The name as Quartz stores it: full type name and assembly name, without version.</summary>
    public static string StoredName<T>() => $"{typeof(T).FullName}, {typeof(T).Assembly.GetName().Name}";

    private static void Map<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties | DynamicallyAccessedMemberTypes.Interfaces)] T>(TypeLoaderOptions loader)
        where T : IJob =>
        loader.Map(StoredName<T>(), typeof(T));
}
