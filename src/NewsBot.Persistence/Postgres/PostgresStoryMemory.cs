using NewsBot.Core.Storage;
using Npgsql;

namespace NewsBot.Persistence.Postgres;

internal sealed class PostgresStoryMemory(PostgresDatabase database, TimeProvider timeProvider) : IStoryMemory
{
    public async Task<IReadOnlyList<RememberedStory>> RecentAsync(long topicId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"SELECT {SqliteStoryMemory.Columns} FROM remembered_stories WHERE topic_id = @topicId AND last_seen_at >= @since ORDER BY delivered_at, id;",
            connection);
        command.AddLong("topicId", topicId);
        command.AddTime("since", since);
        return await StoryRows.ReadAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<RememberedStory>> InMessageAsync(long digestId, int sequence, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"SELECT {SqliteStoryMemory.Columns} FROM remembered_stories WHERE digest_id = @digestId AND sequence = @sequence ORDER BY embed_index;",
            connection);
        command.AddLong("digestId", digestId);
        command.AddInt("sequence", sequence);
        return await StoryRows.ReadAsync(command, cancellationToken);
    }

    public async Task<StoredDigest> RecordDigestAsync(StoryDigest digest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentException.ThrowIfNullOrWhiteSpace(digest.IdempotencyKey);
        var now = timeProvider.GetUtcNow();
        await using var write = await database.BeginWriteAsync(cancellationToken);
        await PostgresTopicStatements.MarkDigestedAsync(write, digest.Window.TopicId, digest.Window.WindowEnd, cancellationToken);
        var (stored, created) = await PostgresOutbox.CreateInTransactionAsync(write, digest.IdempotencyKey, digest.Messages, now, cancellationToken);
        if (created)
        {
            foreach (var edit in digest.Edits)
                await PostgresOutbox.CreateInTransactionAsync(write, edit.IdempotencyKey, [edit.Message], now, cancellationToken);
            foreach (var story in digest.Delivered)
                await InsertAsync(write, digest.Window.TopicId, stored.Id, story, now, cancellationToken);
            foreach (var revision in digest.Revised)
                await ReviseAsync(write, revision, now, cancellationToken);
        }
        await write.CommitAsync(cancellationToken);
        return stored;
    }

    public Task MarkUneditableAsync(IReadOnlyCollection<long> storyIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(storyIds);
        return ExecuteAsync(
            "UPDATE remembered_stories SET editable = false, mention_pending = true WHERE id = ANY (@ids);",
            command => command.Parameters.AddWithValue("ids", storyIds.ToArray()),
            cancellationToken);
    }

    public Task MoveToThreadAsync(IReadOnlyCollection<long> storyIds, string threadId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(storyIds);
        ArgumentException.ThrowIfNullOrEmpty(threadId);
        return ExecuteAsync("UPDATE remembered_stories SET thread_id = @threadId WHERE id = ANY (@ids);", command =>
        {
            command.AddText("threadId", threadId);
            command.Parameters.AddWithValue("ids", storyIds.ToArray());
        }, cancellationToken);
    }

    public Task<int> PruneOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        ExecuteAsync("DELETE FROM remembered_stories WHERE last_seen_at < @cutoff;", command => command.AddTime("cutoff", cutoff), cancellationToken);

    // One statement each, so autocommit is the transaction.
    private async Task<int> ExecuteAsync(string sql, Action<NpgsqlCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        bind(command);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task InsertAsync(
        PostgresWrite write, long topicId, long digestId, NewStory story, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = write.CreateCommand("""
            INSERT INTO remembered_stories (topic_id, digest_id, sequence, embed_index, state, delivered_at, last_seen_at)
            VALUES (@topicId, @digestId, @sequence, @embedIndex, @state, @now, @now);
            """);
        command.AddLong("topicId", topicId);
        command.AddLong("digestId", digestId);
        command.AddInt("sequence", story.Sequence);
        command.AddInt("embedIndex", story.EmbedIndex);
        command.AddText("state", story.State);
        command.AddTime("now", now);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task ReviseAsync(PostgresWrite write, StoryRevision revision, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = write.CreateCommand("""
            UPDATE remembered_stories
            SET state = @state, last_seen_at = @now, editable = @editable, mention_pending = @mentionPending
            WHERE id = @id;
            """);
        command.AddLong("id", revision.StoryId);
        command.AddText("state", revision.State);
        command.AddTime("now", now);
        command.AddBool("editable", revision.Editable);
        command.AddBool("mentionPending", revision.MentionPending);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
