using System.Globalization;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// Whether the gateway session is up, for <c>/readyz</c>: ready from READY or RESUMED until the connection ends, and not
/// again until the next READY or RESUMED. An outage shorter than the grace (a routine op 7 reconnect resumes within a second)
/// keeps the bot ready. A session that comes up and drops again before the grace has passed does not start a new
/// outage: a flapping gateway is reported by how long it has been unstable, not hidden by its short-lived sessions.
/// </summary>
public sealed class GatewayReadiness(TimeProvider time, TimeSpan grace)
{
    private readonly Lock _gate = new();
    private DateTimeOffset? _establishedAt;
    private DateTimeOffset? _outageSince;
    private string _why = "connecting";
    private bool _everEstablished;

    /// <summary>Null when the session is up (or down for less than the grace), else why not, for /readyz's body.</summary>
    public string? WaitingFor()
    {
        lock (_gate)
        {
            if (_establishedAt is not null)
                return null;
            if (!_everEstablished)
                return _why;
            var down = time.GetUtcNow() - _outageSince!.Value;
            return down < grace ? null : $"{_why}, down for {down.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s";
        }
    }

    internal void Established()
    {
        lock (_gate)
        {
            _establishedAt = time.GetUtcNow();
            _everEstablished = true;
        }
    }

    /// <summary>The connection ended or could not be made; <paramref name="why"/> names what the client does next.</summary>
    internal void Lost(string why)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (_establishedAt is { } up && (_outageSince is null || now - up >= grace))
                _outageSince = now;
            _establishedAt = null;
            _why = why;
        }
    }
}
