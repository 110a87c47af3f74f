using System.CommandLine;
using System.Text.Json;
using NewsBot.Core.Topics;
using NewsBot.Discord.Models;
using NewsBot.Engine.Delivery;
using NewsBot.Engine.Digests;
using NewsBot.Engine.Topics;
using NewsBot.Output;
using NewsBot.Presentation;

namespace NewsBot.Cli.Verbs;

/// <summary>
/// <c>preview-digest &lt;sample.json&gt; --html out.html</c>: renders an invented digest exactly as the bot would post it
/// (Components V2, within Discord's limits) and writes a mock-up of it in Discord's dark theme; without --html, the
/// messages' JSON.
/// </summary>
internal static class PreviewDigestVerb
{
    public static Command Create(CliContext context)
    {
        var sample = new Argument<string>("sample") { Description = "An invented digest (see samples/digest/harbour.json)." };
        var html = new Option<string?>("--html") { Description = "Write the mock-up to this HTML file." };
        var command = new Command("preview-digest", "Render an invented digest as NewsBot posts it (Components V2) and as Discord would show it.")
        {
            sample, html,
        };
        command.SetAction((parse, token) => VerbRunner.RunAsync(parse, context, VerbServices.None, async (_, ct) =>
        {
            var path = Path.GetFullPath(parse.GetValue(sample)!, context.WorkingDirectory);
            var digest = DigestSample.Read(await File.ReadAllTextAsync(path, ct));
            int? color = null;
            if (digest.Color is { } text && !AccentColor.TryParse(text, out color, out var error))
                throw new FormatException($"{path}: {error}");
            var messages = new DigestRenderer(DigestLayout.Components).Render(digest.Topic, digest.Window, digest.Covered(), [], color).Messages;
            if (parse.GetValue(html) is { } output)
            {
                var target = Path.GetFullPath(output, context.WorkingDirectory);
                await File.WriteAllTextAsync(target, ComponentHtml.Page(messages, digest.Now), ct);
                await context.Output.WriteLineAsync($"{messages.Count} message(s) written to {target}");
            }
            else
            {
                await context.Output.WriteLineAsync(JsonSerializer.Serialize(messages, DeliveryJson.Options.Info<IReadOnlyList<MessagePayload>>()));
            }
            return ExitCodes.Ok;
        }, token));
        return command;
    }
}
