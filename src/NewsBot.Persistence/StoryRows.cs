using System.Data.Common;
using NewsBot.Core.Storage;

namespace NewsBot.Persistence;

/// <summary>Maps remembered_stories rows shaped by the story memories' column list back to stories, for both providers.</summary>
internal static class StoryRows
{
    public static async Task<IReadOnlyList<RememberedStory>> ReadAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var stories = new List<RememberedStory>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            stories.Add(new RememberedStory(
                reader.GetInt64(0),
                reader.GetInt64(1),
                reader.GetInt64(2),
                reader.GetInt32(3),
                reader.GetInt32(4),
                reader.GetString(5),
                UnixTime.FromMilliseconds(reader.GetInt64(6)),
                UnixTime.FromMilliseconds(reader.GetInt64(7)))
            {
                Editable = reader.GetBoolean(8),
                MentionPending = reader.GetBoolean(9),
                ThreadId = reader.IsDBNull(10) ? null : reader.GetString(10),
            });
        }
        return stories;
    }
}
