namespace NewsBot.Discord.Rest;

/// <summary>
/// Remembers a 401 on an authenticated call. Discord asks clients to stop using a rejected token
/// (repeated 401s count towards the IP ban), so every later authenticated call fails without being sent.
/// </summary>
public sealed class DiscordAuthState
{
    private int _stopped;

    public bool Stopped => Volatile.Read(ref _stopped) == 1;

    /// <summary>Returns true for the first caller only, so the failure is logged once.</summary>
    internal bool Stop() => Interlocked.Exchange(ref _stopped, 1) == 0;
}
