using System.Text.Encodings.Web;
using System.Text.Json;
using Gaoqing.Graph.GraphQL.Execution;
using Gaoqing.Graph.GraphQL.Language;
using Gaoqing.Graph.GraphQL.Language.Ast;
using Gaoqing.Graph.GraphQL.Types;
using Gaoqing.Graph.GraphQL.Validation;
using Microsoft.AspNetCore.Http;

namespace Gaoqing.Graph.GraphQL.Http;

/// <summary>
/// Serves one schema by the GraphQL-over-HTTP specification: GET (queries only) and POST with application/json,
/// Accept negotiation between application/graphql-response+json and application/json, and the pipeline
/// parse → validate (cached by query text) → execute, bounded by size and time limits.
/// </summary>
public sealed class GraphQLHttpHandler(Schema schema, GraphQLHttpOptions options)
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly DocumentCache cache = new(options.DocumentCacheSize);

    /// <summary>The parsed-document cache (exposed for diagnostics and tests).</summary>
    public DocumentCache Cache => cache;

    /// <summary>Answers one HTTP request.</summary>
    public async Task HandleAsync(HttpContext http)
    {
        if (ResponseMediaTypes.Negotiate(http.Request.Headers.Accept.ToString()) is not { } mediaType)
        {
            await WriteErrorsAsync(http, ResponseMediaType.Json, StatusCodes.Status406NotAcceptable, [new GraphQLError("None of the accepted media types is supported; accept application/graphql-response+json or application/json.")]);
            return;
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        timeout.CancelAfter(options.RequestTimeout);
        try
        {
            await RespondAsync(http, mediaType, timeout.Token);
        }
        catch (RequestProblem problem)
        {
            if (problem.StatusCode == StatusCodes.Status405MethodNotAllowed)
            {
                http.Response.Headers.Allow = "GET, POST";
            }
            await WriteErrorsAsync(http, mediaType, problem.StatusCode, [new GraphQLError(problem.Message)]);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !http.RequestAborted.IsCancellationRequested)
        {
            await WriteErrorsAsync(http, mediaType, StatusCodes.Status504GatewayTimeout, [new GraphQLError($"The request took longer than {options.RequestTimeout.TotalSeconds:0.###} seconds and was cancelled.")]);
        }
        catch (Exception exception) when (exception is not OperationCanceledException && !http.Response.HasStarted)
        {
            await WriteErrorsAsync(http, mediaType, StatusCodes.Status500InternalServerError, [new GraphQLError("Internal server error.")]);
        }
    }

    private async Task RespondAsync(HttpContext http, ResponseMediaType mediaType, CancellationToken cancellationToken)
    {
        var request = await GraphQLRequestReader.ReadAsync(http.Request, options.MaxRequestBytes, cancellationToken);
        var prepared = Prepare(request.Query);
        if (prepared.Errors.Count > 0 || prepared.Document is null)
        {
            await WriteErrorsAsync(http, mediaType, ResponseMediaTypes.StatusFor(mediaType, hasData: false), prepared.Errors);
            return;
        }
        if (HttpMethods.IsGet(http.Request.Method) && SelectedOperation(prepared.Document, request.OperationName) is { Operation: not OperationType.Query })
        {
            http.Response.Headers.Allow = "POST";
            throw new RequestProblem(StatusCodes.Status405MethodNotAllowed, "Only queries may be sent with GET; send mutations and subscriptions with POST.");
        }
        var userContext = options.CreateContext is { } create ? create(http) : http;
        var result = request.Variables is { } variables
            ? await Executor.ExecuteAsync(schema, prepared.Document, request.OperationName, variables, options.RootValue, userContext, cancellationToken)
            : await Executor.ExecuteAsync(schema, prepared.Document, request.OperationName, null, options.RootValue, userContext, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        http.Response.StatusCode = ResponseMediaTypes.StatusFor(mediaType, result.HasData);
        http.Response.ContentType = ResponseMediaTypes.ContentType(mediaType);
        await using (var writer = new Utf8JsonWriter(http.Response.BodyWriter, WriterOptions))
        {
            result.WriteTo(writer);
        }
        await http.Response.BodyWriter.FlushAsync(cancellationToken);
    }

    /// <summary>Parses and validates a query text once; later requests with the same text reuse the outcome.</summary>
    private CachedDocument Prepare(string query)
    {
        if (cache.TryGet(query, out var cached))
        {
            return cached;
        }
        CachedDocument prepared;
        try
        {
            var document = Parser.Parse(query, options.Parse);
            prepared = new CachedDocument(document, DocumentValidator.Validate(schema, document, options.Validation));
        }
        catch (GraphQLError syntaxError)
        {
            prepared = new CachedDocument(null, [syntaxError]);
        }
        if (query.Length <= options.MaxCachedQueryLength)
        {
            cache.Add(query, prepared);
        }
        return prepared;
    }

    private static OperationDefinitionNode? SelectedOperation(DocumentNode document, string? operationName)
    {
        OperationDefinitionNode? found = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }
            if (operationName is null ? found is null : operation.Name?.Value == operationName)
            {
                found = operation;
                if (operationName is not null)
                {
                    break;
                }
            }
        }
        return found;
    }

    private static async Task WriteErrorsAsync(HttpContext http, ResponseMediaType mediaType, int status, IReadOnlyList<GraphQLError> errors)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = ResponseMediaTypes.ContentType(mediaType);
        await using (var writer = new Utf8JsonWriter(http.Response.BodyWriter, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("errors");
            foreach (var error in errors)
            {
                error.WriteTo(writer);
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        await http.Response.BodyWriter.FlushAsync();
    }
}
