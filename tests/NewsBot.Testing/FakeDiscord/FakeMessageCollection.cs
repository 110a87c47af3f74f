using System.Collections;

namespace NewsBot.Testing.FakeDiscord;

/// <summary>
/// The messages in the fake's channels as they stand now, in the order they were created: an edit replaces its message
/// in place (and is kept in <see cref="Edits"/>), a delete removes it.
/// </summary>
public sealed class FakeMessageCollection : IReadOnlyCollection<FakeMessage>
{
    private readonly Lock _gate = new();
    private readonly List<FakeMessage> _messages = [];
    private readonly List<FakeMessage> _edits = [];

    public int Count
    {
        get { lock (_gate) return _messages.Count; }
    }

    /// <summary>Every accepted edit, as the message looked after it, oldest first.</summary>
    public IReadOnlyList<FakeMessage> Edits
    {
        get { lock (_gate) return [.. _edits]; }
    }

    public void Enqueue(FakeMessage message)
    {
        lock (_gate)
            _messages.Add(message);
    }

    public FakeMessage? Find(string channelId, string messageId)
    {
        lock (_gate)
            return _messages.FirstOrDefault(m => m.Id == messageId && m.ChannelId == channelId);
    }

    /// <summary>Replaces the message of the same id; false when there is none (deleted, or never posted).</summary>
    public bool TryReplace(FakeMessage edited)
    {
        lock (_gate)
        {
            var index = _messages.FindIndex(m => m.Id == edited.Id && m.ChannelId == edited.ChannelId);
            if (index < 0)
                return false;
            _messages[index] = edited;
            _edits.Add(edited);
            return true;
        }
    }

    /// <summary>What a member deleting the message does; later edits of it answer 404 Unknown Message.</summary>
    public bool Delete(string messageId)
    {
        lock (_gate)
            return _messages.RemoveAll(m => m.Id == messageId) > 0;
    }

    public IEnumerator<FakeMessage> GetEnumerator()
    {
        lock (_gate)
            return ((IEnumerable<FakeMessage>)[.. _messages]).GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
