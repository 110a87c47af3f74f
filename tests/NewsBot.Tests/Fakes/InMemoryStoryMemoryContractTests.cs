using NewsBot.Testing.Stores;

namespace NewsBot.Tests.Fakes;

/// <summary>The fake story memory keeps the promises the SQLite one keeps (the same contract runs in NewsBot.Persistence.Tests).</summary>
public sealed class InMemoryStoryMemoryContractTests : StoryMemoryContract
{
    protected override StoryMemoryStores Create(TimeProvider clock)
    {
        var topics = new InMemoryTopicStore();
        var outbox = new InMemoryOutbox(clock, topics);
        return new StoryMemoryStores(new InMemoryStoryMemory(outbox, clock), outbox, topics);
    }
}
