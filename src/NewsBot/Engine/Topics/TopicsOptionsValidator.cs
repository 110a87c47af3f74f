using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Topics;

namespace NewsBot.Engine.Topics;

/// <summary>Checks every configured topic at start-up, so a typo is one clear line instead of a silent topic.</summary>
internal sealed partial class TopicsOptionsValidator : IValidateOptions<TopicsOptions>
{
    private static readonly ConfiguredTopicValidator Annotations = new();

    public ValidateOptionsResult Validate(string? name, TopicsOptions options)
    {
        var failures = new List<string>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Items.Count; i++)
        {
            var topic = options.Items[i];
            var where = $"Topics:{i}" + (string.IsNullOrWhiteSpace(topic.Name) ? "" : $" ({topic.Name})");
            failures.AddRange(Problems(topic).Select(p => $"{where}: {p}"));
            if (!string.IsNullOrWhiteSpace(topic.Name) && !names.Add(topic.Name.Trim()))
                failures.Add($"{where}: another configured topic has this name");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> Problems(ConfiguredTopic topic)
    {
        if (Annotations.Validate(null, topic) is { Failed: true } annotations)
        {
            foreach (var failure in annotations.Failures)
                yield return Unprefixed(failure);
        }
        if (!ScheduleParser.TryParse(topic.Schedule, topic.TimeZone, out _, out var scheduleError))
            yield return scheduleError;
        if (!TopicQuery.TryParse(topic.Query, out _, out var queryError))
            yield return $"query: {queryError}";
        if (TopicTags.TryParse(string.Join(",", topic.Tags), out var tagError) is null)
            yield return $"tags: {tagError}";
        if (!TopicLocale.TryParse(topic.Locale, out _))
            yield return $"Locale must be one of {string.Join(", ", TopicLocale.Known())} (or empty for Digests:Locale), not \"{topic.Locale}\"";
        foreach (var feed in topic.Feeds.Where(f => !IsWebAddress(f)))
            yield return $"'{feed}' is not an http(s) feed address";
    }

    // The generated validator writes "Member: The field ConfiguredTopic.Member …"; the line already says which topic.
    private static string Unprefixed(string failure) =>
        MemberPrefix().Replace(failure, "").Replace($"{nameof(ConfiguredTopic)}.", "", StringComparison.Ordinal);

    [GeneratedRegex(@"^\w+(?:, \w+)*: ")]
    private static partial Regex MemberPrefix();

    private static bool IsWebAddress(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}

/// <summary>The data annotations of a configured topic, checked by generated code rather than reflection (NativeAOT).</summary>
[OptionsValidator]
internal sealed partial class ConfiguredTopicValidator : IValidateOptions<ConfiguredTopic>;
