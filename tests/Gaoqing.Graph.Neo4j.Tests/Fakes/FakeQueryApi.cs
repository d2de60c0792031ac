using System.Net;
using System.Text;

namespace Gaoqing.Graph.Neo4j.Tests.Fakes;

/// <summary>An in-process stand-in for Neo4j's Query API that answers with the documented JSON and records every request.</summary>
/// <remarks>
/// Begin answers 202 with <c>{"transaction": {"id", "expires"}}</c> and a neo4j-cluster-affinity header; statements answer 202
/// with <c>{"data": {"fields", "values"}}</c> (the lock statement returns a sequence number, others no rows unless
/// <see cref="Answer"/> says otherwise); commit answers 200 with bookmarks; rollback 200.
/// </remarks>
internal sealed class FakeQueryApi : HttpMessageHandler
{
    private int transactions;

    /// <summary>Every request received, in order.</summary>
    public List<RecordedRequest> Requests { get; } = [];

    /// <summary>Decides the answer to a request; null falls back to the default answer.</summary>
    public Func<RecordedRequest, HttpResponseMessage?> Answer { get; set; } = _ => null;

    /// <summary>Requests for which this returns true get no answer until the client gives up (a server that hangs).</summary>
    public Func<RecordedRequest, bool> Hang { get; set; } = _ => false;

    /// <summary>The kinds of the requests received (begin, statement names, commit, rollback).</summary>
    public List<string> Kinds => [.. Requests.Select(request => request.Kind)];

    /// <summary>An answer with <paramref name="status"/> and a JSON body.</summary>
    public static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    /// <summary>A 202 answer carrying rows.</summary>
    public static HttpResponseMessage Rows(string fieldsJson, string valuesJson) =>
        Json(HttpStatusCode.Accepted, $$"""{"data": {"fields": {{fieldsJson}}, "values": {{valuesJson}}}, "bookmarks": []}""");

    /// <summary>An error answer in the Query API's format (the server answers 202 even for failed statements, 401 for bad credentials).</summary>
    public static HttpResponseMessage Error(HttpStatusCode status, string code, string message) =>
        Json(status, $$"""{"errors": [{"code": "{{code}}", "message": "{{message}}"}]}""");

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(
            request.Method,
            request.RequestUri!.AbsolutePath,
            body,
            request.Headers.Authorization?.ToString(),
            request.Headers.TryGetValues("neo4j-cluster-affinity", out var affinity) ? affinity.First() : null);
        lock (Requests)
        {
            Requests.Add(recorded);
        }

        if (Hang(recorded))
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        return Answer(recorded) ?? Default(recorded);
    }

    private HttpResponseMessage Default(RecordedRequest request)
    {
        switch (request.Kind)
        {
            case "begin":
                var id = Interlocked.Increment(ref transactions);
                var begun = Json(HttpStatusCode.Accepted, $$$"""{"transaction": {"id": "tx{{{id}}}", "expires": "2026-01-01T00:00:30Z"} }""");
                begun.Headers.Add("neo4j-cluster-affinity", $"member-{id}");
                return begun;
            case "commit":
                return Json(HttpStatusCode.OK, """{"bookmarks": ["FB:fake"]}""");
            case "rollback":
                return Json(HttpStatusCode.OK, "{}");
            case "lock writes":
                return Rows("""["sequence"]""", "[[7]]");
            default:
                return Rows("[]", "[]");
        }
    }
}
