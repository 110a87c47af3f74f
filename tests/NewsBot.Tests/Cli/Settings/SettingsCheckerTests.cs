using Microsoft.Extensions.Configuration;
using NewsBot.Cli.Settings;

namespace NewsBot.Tests.Cli.Settings;

/// <summary>The checker skips sections the settings do not mention (start-up time); that is safe only while every default is valid.</summary>
public sealed class SettingsCheckerTests
{
    [Fact]
    public void Check_EverySectionPresentButEmpty_DefaultsRaiseNoProblem()
    {
        // An empty value makes the section exist, so it is bound to its defaults and validated like a written one.
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(SettingsSections.Bot.Select(s => s.Section).Distinct(StringComparer.Ordinal).Select(section => new KeyValuePair<string, string?>(section, "")))
            .Build();

        var problem = Record.Exception(() => SettingsChecker.Check(configuration, SettingsSections.Bot));

        Assert.Null(problem);
    }

    [Fact]
    public void Check_BadValueInAMentionedSection_StillReported()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new KeyValuePair<string, string?>("Polling:IntervalMinutes", "often")])
            .Build();

        var problem = Assert.Throws<SettingsException>(() => SettingsChecker.Check(configuration, SettingsSections.Bot));

        Assert.Single(problem.Problems, p => p.StartsWith("Polling:IntervalMinutes: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_TwoBadValuesInOneSection_BothReported()
    {
        // The generated binder stops at the first value it cannot convert; the checker binds again without it.
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("Polling:IntervalMinutes", "often"), new("Polling:BackfillHours", "a day")])
            .Build();

        var problem = Assert.Throws<SettingsException>(() => SettingsChecker.Check(configuration, SettingsSections.Bot));

        Assert.Equal(
            ["Polling:BackfillHours: \"a day\" is not a whole number", "Polling:IntervalMinutes: \"often\" is not a whole number"],
            problem.Problems.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Check_UnknownEnumName_ListsTheAcceptedNames()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new KeyValuePair<string, string?>("Digests:Layout", "scroll")])
            .Build();

        var problem = Assert.Throws<SettingsException>(() => SettingsChecker.Check(configuration, SettingsSections.Bot));

        Assert.StartsWith("Digests:Layout: \"scroll\" is not one of ", Assert.Single(problem.Problems), StringComparison.Ordinal);
    }
}
