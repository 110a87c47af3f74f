using System.CommandLine;
using System.CommandLine.Parsing;

namespace NewsBot.Cli;

/// <summary>
/// A failed parse as lines that name what the user must change: <c>quotes: missing &lt;path-or-url&gt;</c>,
/// <c>quotes: unknown option --bogus</c>, <c>digest: --max-quotes needs a value</c>. The parser alone would take an
/// unknown option for the file and then blame the file.
/// </summary>
internal static class UsageErrors
{
    public static IReadOnlyList<string> Describe(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var unknown = parse.Tokens.Where(t => t.Type == TokenType.Argument && LooksLikeOption(t.Value)).Select(t => t.Value).Distinct().ToList();
        if (unknown.Count > 0)
            return [.. unknown.Select(option => $"{command.Name}: unknown option {option}")];

        var missing = command.Arguments.Where(a => a.Arity.MinimumNumberOfValues > 0 && parse.GetResult(a) is not { Tokens.Count: > 0 }).ToList();
        var lines = missing.Select(a => $"{command.Name}: missing <{a.Name}>").ToList();
        foreach (var error in parse.Errors)
        {
            if (error.SymbolResult is OptionResult { Tokens.Count: 0, Implicit: false } option && option.Option.Arity.MinimumNumberOfValues > 0)
                lines.Add($"{command.Name}: {option.Option.Name} needs a value");
            else if (!(missing.Count > 0 && IsAboutTheCommand(error, parse.CommandResult)))
                lines.Add(error.Message);
        }
        return lines;
    }

    /// <summary>"--bogus", "-x"; not "-" (standard input) or "-5".</summary>
    private static bool LooksLikeOption(string token) => token.Length > 1 && token[0] == '-' && !char.IsAsciiDigit(token[1]);

    private static bool IsAboutTheCommand(ParseError error, CommandResult command) =>
        error.SymbolResult is null || error.SymbolResult == command || error.SymbolResult is ArgumentResult;
}
