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
    /// <param name="delivered">
    /// Completes when the answer has been written to Discord; the handler's next call waits for it (at most
    /// <see cref="DeliveryWait"/>), or an edit of a deferred reply could reach Discord before the defer itself.
    /// </param>
    /// <param name="handlingToken">Ends the handling itself (the bot stopping), not the wait for the first answer.</param>
    public async Task<InteractionResponse?> AnswerAsync(Interaction interaction, Task delivered, CancellationToken handlingToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(delivered);
        var answer = new TaskCompletionSource<InteractionResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        var handling = Start(() => HandleAsync(interaction, (response, token) => AnswerAsync(answer, response, delivered, token), handlingToken));
        await Task.WhenAny(answer.Task, handling).WaitAsync(cancellationToken);
        return answer.Task.IsCompletedSuccessfully ? answer.Task.Result : null;
    }

    private static readonly TimeSpan DeliveryWait = TimeSpan.FromSeconds(3);

    private static async Task<DiscordResult> AnswerAsync(
        TaskCompletionSource<InteractionResponse> answer, InteractionResponse response, Task delivered, CancellationToken cancellationToken)
    {
        // Checked and stripped of pings like every callback; a limit broken here throws into the handler, as a refused callback would.
        answer.TrySetResult(MessageGuard.Prepare(response));
        // A response never written (the request was aborted) must not hold the handler for good.
        await Task.WhenAny(delivered, Task.Delay(DeliveryWait, cancellationToken));
        return DiscordResult.Success;
    }
}
