using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Interactions;

public sealed partial class InteractionRouter
{
    /// <summary>
    /// Handles an interaction Discord POSTed to us: the same routes and handlers as the gateway path, but the first
    /// acknowledgement (a reply, or the defer the router sends when a handler is slow) is returned here, to become the HTTP
    /// response, instead of going to the callback endpoint. The handler goes on after that and completes a defer or adds
    /// followups over REST, as on the gateway path. Null when the handler ended without acknowledging.
    /// </summary>
    /// <param name="handlingToken">Ends the handling itself (the bot stopping), not the wait for the first answer.</param>
    public async Task<InteractionResponse?> AnswerAsync(Interaction interaction, CancellationToken handlingToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var answer = new TaskCompletionSource<InteractionResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        var handling = Start(() => HandleAsync(interaction, (response, _) => Answer(answer, response), handlingToken));
        await Task.WhenAny(answer.Task, handling).WaitAsync(cancellationToken);
        return answer.Task.IsCompletedSuccessfully ? answer.Task.Result : null;
    }

    private static Task<DiscordResult> Answer(TaskCompletionSource<InteractionResponse> answer, InteractionResponse response)
    {
        // Checked and stripped of pings like every callback; a limit broken here throws into the handler, as a refused callback would.
        answer.TrySetResult(MessageGuard.Prepare(response));
        return Task.FromResult(DiscordResult.Success);
    }
}
