namespace NewsBot.Testing.FakeDiscord;

/// <summary>INTERACTION_CREATE as Discord sends it for every way a member can use a command.</summary>
public sealed partial class FakeGateway
{
    /// <summary>
    /// Dispatches INTERACTION_CREATE (<see cref="FakeInteractionPayload"/>) to the latest session. Throws when the
    /// registered command is not offered there.
    /// </summary>
    public async Task<FakeInteraction> SendInteractionAsync(FakeInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var (interaction, data) = FakeInteractionPayload.Create(_state, _options, invocation, _time.GetUtcNow());
        var session = _sessions.Values.OrderBy(s => s.Id, StringComparer.Ordinal).LastOrDefault(s => !s.Invalidated)
            ?? throw new InvalidOperationException("No gateway session to dispatch to.");
        await DispatchAsync(session, "INTERACTION_CREATE", data);
        return interaction;
    }
}
