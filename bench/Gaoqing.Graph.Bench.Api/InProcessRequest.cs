using System.Text;
using Gaoqing.Graph.GraphQL.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Gaoqing.Graph.Bench.Api;

/// <summary>Sends one JSON POST through a GraphQL handler on an in-memory HTTP context, then runs what the response registered for completion.</summary>
internal static class InProcessRequest
{
    public static async Task<(int Status, string Body)> SendAsync(GraphQLHttpHandler handler, byte[] body)
    {
        var context = new DefaultHttpContext();
        var response = new CompletingResponseFeature();
        context.Features.Set<IHttpResponseFeature>(response);
        var output = new MemoryStream();
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(output));
        context.Request.Method = "POST";
        context.Request.ContentType = "application/json";
        context.Request.Headers.Accept = "application/graphql-response+json";
        context.Request.Body = new MemoryStream(body, writable: false);
        context.Request.ContentLength = body.Length;
        await handler.HandleAsync(context);
        await response.CompleteAsync();
        return (context.Response.StatusCode, Encoding.UTF8.GetString(output.GetBuffer(), 0, (int)output.Length));
    }

    /// <summary>A response feature that keeps its completion callbacks (the request's read lease ends in one).</summary>
    private sealed class CompletingResponseFeature : HttpResponseFeature
    {
        private readonly List<(Func<object, Task> Callback, object State)> _completed = [];

        public override void OnCompleted(Func<object, Task> callback, object state) => _completed.Add((callback, state));

        public async Task CompleteAsync()
        {
            foreach (var (callback, state) in _completed)
            {
                await callback(state);
            }
        }
    }
}
