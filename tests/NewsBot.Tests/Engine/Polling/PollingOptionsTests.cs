using System.ComponentModel.DataAnnotations;
using NewsBot.Engine.Polling;

namespace NewsBot.Tests.Engine.Polling;

public sealed class PollingOptionsTests
{
    private static List<ValidationResult> Validate(PollingOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }

    [Fact]
    public void Validate_Defaults_Valid()
    {
        var options = new PollingOptions();

        Assert.Empty(Validate(options));
        Assert.Equal((15, 24, 5, 1440, 60, 4, 100), (options.IntervalMinutes, options.BackfillHours, options.FailuresBeforePause,
            options.MaxBackoffMinutes, options.FirstPollWindowSeconds, options.ParallelArticleFetches, options.MaxItemsPerPoll));
    }

    [Theory]
    [InlineData(nameof(PollingOptions.IntervalMinutes), 4)]
    [InlineData(nameof(PollingOptions.BackfillHours), 721)]
    [InlineData(nameof(PollingOptions.FailuresBeforePause), 0)]
    [InlineData(nameof(PollingOptions.MaxBackoffMinutes), 10081)]
    [InlineData(nameof(PollingOptions.FirstPollWindowSeconds), -1)]
    [InlineData(nameof(PollingOptions.ParallelArticleFetches), 33)]
    [InlineData(nameof(PollingOptions.MaxItemsPerPoll), 0)]
    public void Validate_OutOfRange_NamesTheSetting(string name, int value)
    {
        var options = new PollingOptions();
        typeof(PollingOptions).GetProperty(name)!.SetValue(options, value);

        var error = Assert.Single(Validate(options));

        Assert.Equal([name], error.MemberNames);
    }
}
