using System.Text.Json.Nodes;

namespace NewsBot.Testing.FakeDiscord;

/// <summary>A gateway session: its sequence counter and every dispatch, so a resume can replay what was missed.</summary>
internal sealed class FakeGatewaySession(string id)
{
    public string Id { get; } = id;
    public int Sequence { get; set; }
    public List<(int Seq, string Type, JsonNode Data)> Log { get; } = [];
    public bool Invalidated { get; set; }
    public FakeGatewayConnection? Connection { get; set; }
}
