using Microsoft.Extensions.Configuration;
using NewsBot.Persistence.Postgres;

namespace NewsBot.Cli.Settings;

/// <summary>
/// Checks every setting before the host is built and reports them all at once, each with its key: the configuration
/// binder stops at the first value it cannot convert and options validation names C# classes, neither of which a
/// self-hoster can act on. Binding and validation are the generated code of each section (no reflection: NativeAOT).
/// </summary>
internal static class SettingsChecker
{
    public static void Check(IConfiguration configuration, IReadOnlyList<SettingsSection> sections)
    {
        var problems = new List<string>();
        // A section the settings do not mention binds to the class's defaults, which are valid: binding it again would
        // only cost start-up time (most of `quotes`'s settings check when there is no settings file).
        foreach (var section in sections.Where(s => configuration.GetSection(s.Section).Exists()))
        {
            var options = BindReportingEachValue(configuration, section, problems);
            if (options is not null && section.Validate?.Invoke(options) is { Failed: true } result)
                problems.AddRange(result.Failures.Select(f => ValidationFailureText.Describe(f, section, configuration)));
        }
        // A setting that depends on another (the connection string on Storage:Provider) has no options class of its own.
        if (PostgresConnectionValidator.Problem(configuration) is { } storage)
            problems.Add(storage);
        if (problems.Count > 0)
            throw new SettingsException(problems.Distinct(StringComparer.Ordinal).ToList());
    }

    /// <summary>
    /// The binder stops at the first value it cannot convert: bind a copy of the section, and on each failure report the
    /// value and bind again without it, so every bad value is one line. Null when a value did not convert.
    /// </summary>
    private static object? BindReportingEachValue(IConfiguration configuration, SettingsSection section, List<string> problems)
    {
        var values = configuration.GetSection(section.Section).AsEnumerable()
            .Where(v => v.Value is not null)
            .ToDictionary(v => v.Key, v => v.Value, StringComparer.OrdinalIgnoreCase);
        var converted = true;
        while (true)
        {
            var copy = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
            try
            {
                var options = section.Bind(copy);
                return converted ? options : null;
            }
            catch (InvalidOperationException e) when (StartupFailureText.FailedConversion(e) is var (key, type) && values.Remove(key, out var value))
            {
                problems.Add($"{key}: {ValueProblems.Describe(value ?? "", type)}");
                converted = false;
            }
            catch (InvalidOperationException e) when (StartupFailureText.Problems(e, configuration) is { } binding)
            {
                problems.AddRange(binding);
                return null;
            }
        }
    }
}
