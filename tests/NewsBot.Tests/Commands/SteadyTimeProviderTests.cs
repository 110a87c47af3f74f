using NewsBot.Testing;

namespace NewsBot.Tests.Commands;

/// <summary>The command harnesses' clock: real time that a step of the machine's wall clock does not move.</summary>
public sealed class SteadyTimeProviderTests
{
    private static readonly DateTimeOffset Friday = new(2026, 12, 4, 21, 27, 0, TimeSpan.Zero);

    [Fact]
    public void GetUtcNow_WallClockStepsBack_KeepsCountingForward()
    {
        var machine = new SteppingMachineClock(Friday);
        var clock = new SteadyTimeProvider(machine);
        var stored = clock.GetUtcNow();

        machine.Run(TimeSpan.FromMilliseconds(40));
        machine.Step(TimeSpan.FromSeconds(-2));

        Assert.Equal(stored + TimeSpan.FromMilliseconds(40), clock.GetUtcNow());
    }

    [Fact]
    public void GetUtcNow_WallClockStepsForward_DoesNotJumpWithIt()
    {
        var machine = new SteppingMachineClock(Friday);
        var clock = new SteadyTimeProvider(machine);

        machine.Run(TimeSpan.FromSeconds(3));
        machine.Step(TimeSpan.FromMinutes(5));

        Assert.Equal(Friday + TimeSpan.FromSeconds(3), clock.GetUtcNow());
    }

    /// <summary>A machine whose monotonic counter runs while its wall clock can be set, as a clock sync or a VM resume does.</summary>
    private sealed class SteppingMachineClock(DateTimeOffset wall) : TimeProvider
    {
        private DateTimeOffset _wall = wall;
        private long _ticks;

        public override DateTimeOffset GetUtcNow() => _wall;

        public override long GetTimestamp() => _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public void Run(TimeSpan elapsed)
        {
            _ticks += elapsed.Ticks;
            _wall += elapsed;
        }

        public void Step(TimeSpan offset) => _wall += offset;
    }
}
