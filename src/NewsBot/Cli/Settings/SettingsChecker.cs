using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using NewsBot.Persistence.Postgres;

namespace NewsBot.Cli.Settings;

/// <summary>
/// Checks every setting before the host is built and reports them all at once, each with its key: the configuration
/// binder stops at the first value it cannot convert and options validation names C# classes, neither of which a
/// self-hoster can act on.
/// </summary>
internal static class SettingsChecker
{
    public static void Check(IConfiguration configuration, IReadOnlyList<(Type Type, string Section)> sections)
    {
        var problems = new List<string>();
        // A section the settings do not mention binds to the class's defaults, which are valid: reflecting over it again
        // would only cost start-up time (most of `quotes`'s settings check when there is no settings file).
        foreach (var (type, section) in sections.Where(s => configuration.GetSection(s.Section).Exists()))
        {
            var conversion = ConversionProblems(configuration.GetSection(section), type).ToList();
            problems.AddRange(conversion);
            if (conversion.Count == 0 && Bind(configuration, section, type, problems) is { } options)
                problems.AddRange(ValidationProblems(options, section));
        }
        // A setting that depends on another (the connection string on Storage:Provider) has no options class of its own.
        if (PostgresConnectionValidator.Problem(configuration) is { } storage)
            problems.Add(storage);
        if (problems.Count > 0)
            throw new SettingsException(problems.Distinct(StringComparer.Ordinal).ToList());
    }

    private static object? Bind(IConfiguration configuration, string section, Type type, List<string> problems)
    {
        try
        {
            return configuration.GetSection(section).Get(type);
        }
        catch (InvalidOperationException e) when (StartupFailureText.Problems(e, configuration) is { } binding)
        {
            problems.AddRange(binding);
            return null;
        }
    }

    private static IEnumerable<string> ConversionProblems(IConfigurationSection section, Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            var child = section.GetSection(property.Name);
            var propertyType = property.PropertyType;
            // An empty JSON array or object reads as "", which the binder skips too.
            if (child.Value is { Length: > 0 } value && ElementType(propertyType) is null && ValueProblems.Describe(value, propertyType) is { } problem)
            {
                yield return $"{child.Path}: {problem}";
            }
            else if (ElementType(propertyType) is { } element)
            {
                foreach (var item in child.GetChildren().Where(i => !string.IsNullOrEmpty(i.Value)))
                {
                    if (ValueProblems.Describe(item.Value!, element) is { } itemProblem)
                        yield return $"{item.Path}: {itemProblem}";
                }
            }
            else if (IsNested(propertyType))
            {
                foreach (var nested in ConversionProblems(child, propertyType))
                    yield return nested;
            }
        }
    }

    private static IEnumerable<string> ValidationProblems(object options, string section)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        foreach (var result in results)
        {
            var member = result.MemberNames.FirstOrDefault();
            var key = member is null ? section : $"{section}:{member}";
            var value = member is null ? null : options.GetType().GetProperty(member)?.GetValue(options);
            yield return SettingsProblemText.Describe(key, result.ErrorMessage, options.GetType().GetProperty(member ?? ""), value);
        }
    }

    private static Type? ElementType(Type type)
    {
        if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type))
            return null;
        if (type.IsArray)
            return type.GetElementType();
        var arguments = type.IsGenericType ? type.GetGenericArguments() : [];
        return arguments.Length == 1 ? arguments[0] : null;
    }

    private static bool IsNested(Type type) =>
        type.IsClass && type != typeof(string) && type != typeof(Uri) && !typeof(IEnumerable).IsAssignableFrom(type);
}
