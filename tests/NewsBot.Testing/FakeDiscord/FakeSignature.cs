namespace NewsBot.Testing.FakeDiscord;

/// <summary>How the fake signs an HTTP interaction: as Discord does, or the ways a forged or replayed request differs.</summary>
public enum FakeSignature
{
    Valid,

    /// <summary>No X-Signature-Ed25519 header.</summary>
    Missing,

    /// <summary>Signed, then one byte of the body changed.</summary>
    Tampered,

    /// <summary>Signed with another key (Discord's own probe of an endpoint).</summary>
    WrongKey,

    /// <summary>Correctly signed, but with a timestamp ten minutes old (a replay).</summary>
    Stale,
}
