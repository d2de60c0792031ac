namespace Gaoqing.Graph.GraphQL.Validation;

/// <summary>Thrown to stop validation (too many errors, or too much work); carries the error to report last, if any.</summary>
internal sealed class ValidationAbortedException(GraphQLError? error = null) : Exception
{
    public GraphQLError? Error { get; } = error;
}
