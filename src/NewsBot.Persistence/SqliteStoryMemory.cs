using Microsoft.Data.Sqlite;
using NewsBot.Core.Storage;

namespace NewsBot.Persistence;

internal sealed class SqliteStoryMemory(SqliteDatabase database, TimeProvider timeProvider) : IStoryMemory
{
    internal const string Columns =
        "id, topic_id, digest_id, sequence, embed_index, state, delivered_at, last_seen_at, editable, mention_pending, thread_id";

    public async Task<IReadOnlyList<RememberedStory>> RecentAsync(long topicId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM remembered_stories WHERE topic_id = $topicId AND last_seen_at >= $since ORDER BY delivered_at, id;";
        command.Parameters.AddWithValue("$topicId", topicId);
        command.Parameters.AddWithValue("$since", UnixTime.ToMilliseconds(since));
        return await StoryRows.ReadAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<RememberedStory>> InMessageAsync(long digestId, int sequence, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM remembered_stories WHERE digest_id = $digestId AND sequence = $sequence ORDER BY embed_index;";
        command.Parameters.AddWithValue("$digestId", digestId);
        command.Parameters.AddWithValue("$sequence", sequence);
        return await StoryRows.ReadAsync(command, cancellationToken);
    }

    public async Task<StoredDigest> RecordDigestAsync(StoryDigest digest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentException.ThrowIfNullOrWhiteSpace(digest.IdempotencyKey);
        var now = timeProvider.GetUtcNow();
        await using var write = await database.BeginWriteAsync(cancellationToken);
        await TopicStatements.MarkDigestedAsync(write, digest.Window.TopicId, digest.Window.WindowEnd, cancellationToken);
        var (stored, created) = await SqliteDigests.CreateAsync(write, digest.IdempotencyKey, digest.Messages, now, cancellationToken);
        if (created)
        {
            foreach (var edit in digest.Edits)
                await SqliteDigests.CreateAsync(write, edit.IdempotencyKey, [edit.Message], now, cancellationToken);
            foreach (var story in digest.Delivered)
                await InsertAsync(write, digest.Window.TopicId, stored.Id, story, now, cancellationToken);
            foreach (var revision in digest.Revised)
                await ReviseAsync(write, revision, now, cancellationToken);
        }
        await write.CommitAsync(cancellationToken);
        return stored;
    }

    public async Task MarkUneditableAsync(IReadOnlyCollection<long> storyIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(storyIds);
        await using var write = await database.BeginWriteAsync(cancellationToken);
        await using var command = write.CreateCommand("UPDATE remembered_stories SET editable = 0, mention_pending = 1 WHERE id = $id;");
        var id = command.Parameters.Add("$id", SqliteType.Integer);
        foreach (var storyId in storyIds)
        {
            id.Value = storyId;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await write.CommitAsync(cancellationToken);
    }

    public async Task MoveToThreadAsync(IReadOnlyCollection<long> storyIds, string threadId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(storyIds);
        ArgumentException.ThrowIfNullOrEmpty(threadId);
        await using var write = await database.BeginWriteAsync(cancellationToken);
        await using var command = write.CreateCommand("UPDATE remembered_stories SET thread_id = $threadId WHERE id = $id;");
        command.Parameters.AddWithValue("$threadId", threadId);
        var id = command.Parameters.Add("$id", SqliteType.Integer);
        foreach (var storyId in storyIds)
        {
            id.Value = storyId;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await write.CommitAsync(cancellationToken);
    }

    public async Task<int> PruneOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var write = await database.BeginWriteAsync(cancellationToken);
        await using var command = write.CreateCommand("DELETE FROM remembered_stories WHERE last_seen_at < $cutoff;");
        command.Parameters.AddWithValue("$cutoff", UnixTime.ToMilliseconds(cutoff));
        var pruned = await command.ExecuteNonQueryAsync(cancellationToken);
        await write.CommitAsync(cancellationToken);
        return pruned;
    }

    private static async Task InsertAsync(
        WriteTransaction write, long topicId, long digestId, NewStory story, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = write.CreateCommand("""
            INSERT INTO remembered_stories (topic_id, digest_id, sequence, embed_index, state, delivered_at, last_seen_at)
            VALUES ($topicId, $digestId, $sequence, $embedIndex, $state, $now, $now);
            """);
        command.Parameters.AddWithValue("$topicId", topicId);
        command.Parameters.AddWithValue("$digestId", digestId);
        command.Parameters.AddWithValue("$sequence", story.Sequence);
        command.Parameters.AddWithValue("$embedIndex", story.EmbedIndex);
        command.Parameters.AddWithValue("$state", story.State);
        command.Parameters.AddWithValue("$now", UnixTime.ToMilliseconds(now));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task ReviseAsync(WriteTransaction write, StoryRevision revision, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = write.CreateCommand("""
            UPDATE remembered_stories
            SET state = $state, last_seen_at = $now, editable = $editable, mention_pending = $mentionPending
            WHERE id = $id;
            """);
        command.Parameters.AddWithValue("$id", revision.StoryId);
        command.Parameters.AddWithValue("$state", revision.State);
        command.Parameters.AddWithValue("$now", UnixTime.ToMilliseconds(now));
        command.Parameters.AddWithValue("$editable", revision.Editable ? 1 : 0);
        command.Parameters.AddWithValue("$mentionPending", revision.MentionPending ? 1 : 0);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
