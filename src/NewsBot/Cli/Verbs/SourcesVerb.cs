using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Ingestion;
using NewsBot.Ingestion.Catalog;

namespace NewsBot.Cli.Verbs;

/// <summary>
/// <c>sources check [--country xx]</c>: fetches every catalogue source (with the settings' <c>Catalog:Add</c> and
/// <c>Catalog:Disable</c>) and prints a table; exit code 1 when any is not ok, so a release script can stop on it.
/// </summary>
internal static class SourcesVerb
{
    public static Command Create(CliContext context)
    {
        var country = new Option<string?>("--country") { Description = "Only the outlets of this country (two-letter code)." };
        var check = new Command("check", "Fetch every source of the outlet catalogue and say how each is doing.") { country };
        check.SetAction((parse, token) => VerbRunner.RunAsync(parse, context, services => services.AddNewsBotIngestion(), async (services, ct) =>
        {
            var outlets = services.GetRequiredService<OutletCatalog>().Filter(parse.GetValue(country), language: null);
            if (outlets.Count == 0)
                throw new UsageException($"no outlet of the catalogue is in '{parse.GetValue(country)}'");
            var checks = await services.GetRequiredService<CatalogChecker>().CheckAsync(outlets, ct);
            await context.Output.WriteAsync(SourceCheckTable.Format(checks));
            return checks.All(c => c.Status == "ok") ? ExitCodes.Ok : ExitCodes.Failed;
        }, token));
        return new Command("sources", "The outlet catalogue.") { check };
    }
}
