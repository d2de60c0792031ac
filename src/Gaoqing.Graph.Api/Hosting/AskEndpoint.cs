using Gaoqing.Graph.Answering;
using Gaoqing.Graph.Api.Graph;

namespace Gaoqing.Graph.Api.Hosting;

/// <summary>GET /api/ask?q=…: the same answer as GraphQL <c>ask</c>, as plain JSON for chat widgets.</summary>
public static class AskEndpoint
{
    /// <summary>The longest question the endpoint reads; longer ones are refused with 400.</summary>
    public const int MaxQuestionLength = 10_000;

    /// <summary>Maps /api/ask.</summary>
    public static void MapAsk(this WebApplication app) =>
        app.MapGet("/api/ask", async (string? q, GraphRuntime runtime, CancellationToken cancellationToken) =>
        {
            if (q is null)
            {
                return Results.Json(new { error = "the query parameter 'q' (the question) is missing" }, statusCode: StatusCodes.Status400BadRequest);
            }

            if (q.Length > MaxQuestionLength)
            {
                return Results.Json(new { error = $"the question is {q.Length} characters long; at most {MaxQuestionLength} are read" }, statusCode: StatusCodes.Status400BadRequest);
            }

            await using (await runtime.Gate.ReadAsync(cancellationToken))
            {
                var answer = await runtime.Answerer.AnswerAsync(q, cancellationToken);
                return Results.Text(AnswerJson.ToJson(answer), "application/json; charset=utf-8");
            }
        });
}
