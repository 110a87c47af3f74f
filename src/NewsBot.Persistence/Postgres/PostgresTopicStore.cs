using NewsBot.Core.Storage;
using NewsBot.Core.Topics;
using Npgsql;

namespace NewsBot.Persistence.Postgres;

internal sealed class PostgresTopicStore(PostgresDatabase database, TimeProvider timeProvider) : ITopicStore
{
    private const string TopicNames = "topics";

    public async Task<IReadOnlyList<Topic>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await PostgresTopicRows.QueryAsync(connection, null, "true", _ => { }, cancellationToken);
    }

    public async Task<Topic?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await GetAsync(connection, null, id, cancellationToken);
    }

    public async Task<Topic?> FindAsync(string? guildId, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        await using var connection = await database.OpenAsync(cancellationToken);
        var found = await PostgresTopicRows.QueryAsync(
            connection,
            null,
            "coalesce(t.guild_id, '') = coalesce(@guildId, '') AND t.name_key = @nameKey",
            command =>
            {
                command.AddText("guildId", guildId);
                command.AddText("nameKey", TopicRows.NameKey(name));
            },
            cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<Topic> SaveAsync(Topic topic, string actor, string action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentException.ThrowIfNullOrWhiteSpace(topic.Name);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        var now = timeProvider.GetUtcNow();
        await using var write = await database.BeginWriteAsync(cancellationToken);
        // Saves of the same name in the same server queue here, so the name check cannot race another instance's save.
        await write.LockAsync(TopicNames, (topic.GuildId ?? "") + "\n" + TopicRows.NameKey(topic.Name), cancellationToken);
        if (await PostgresTopicStatements.NameTakenAsync(write, topic, cancellationToken))
            throw new InvalidOperationException($"A topic named '{topic.Name}' already exists.");

        var id = topic.Id;
        if (id == 0)
            id = await PostgresTopicStatements.InsertAsync(write, topic, now, cancellationToken);
        else if (!await PostgresTopicStatements.UpdateAsync(write, topic, cancellationToken))
            throw new InvalidOperationException($"There is no topic with id {id} to update.");

        await PostgresTopicStatements.ReplaceFeedsAsync(write, id, topic.Feeds, cancellationToken);
        await PostgresTopicStatements.AppendChangeAsync(write, id, topic.Name, actor, action, now, cancellationToken);
        var saved = await GetAsync(write.Connection, write.Transaction, id, cancellationToken);
        await write.CommitAsync(cancellationToken);
        return saved!;
    }

    public async Task<bool> DeleteAsync(long id, string actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var now = timeProvider.GetUtcNow();
        await using var write = await database.BeginWriteAsync(cancellationToken);
        string? name;
        // Feeds go with the topic (ON DELETE CASCADE); its history stays.
        await using (var delete = write.CreateCommand("DELETE FROM topics WHERE id = @id RETURNING name;"))
        {
            delete.AddLong("id", id);
            name = (string?)await delete.ExecuteScalarAsync(cancellationToken);
        }
        if (name is null)
            return false;
        await PostgresTopicStatements.AppendChangeAsync(write, id, name, actor, "deleted", now, cancellationToken);
        await write.CommitAsync(cancellationToken);
        return true;
    }

    public async Task MarkDigestedAsync(long id, DateTimeOffset windowEnd, CancellationToken cancellationToken)
    {
        await using var write = await database.BeginWriteAsync(cancellationToken);
        await PostgresTopicStatements.MarkDigestedAsync(write, id, windowEnd, cancellationToken);
        await write.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<TopicChange>> ListChangesAsync(long id, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT topic_id, topic_name, actor, action, at FROM topic_changes
            WHERE topic_id = @id
            ORDER BY at DESC, id DESC
            LIMIT @limit;
            """;
        command.AddLong("id", id);
        command.AddInt("limit", limit);
        var changes = new List<TopicChange>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            changes.Add(new TopicChange(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), UnixTime.FromMilliseconds(reader.GetInt64(4))));
        }
        return changes;
    }

    private static async Task<Topic?> GetAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, long id, CancellationToken cancellationToken)
    {
        var found = await PostgresTopicRows.QueryAsync(connection, transaction, "t.id = @id", command => command.AddLong("id", id), cancellationToken);
        return found.Count == 0 ? null : found[0];
    }
}
