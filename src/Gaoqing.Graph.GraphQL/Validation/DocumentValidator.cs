using Gaoqing.Graph.GraphQL.Language.Ast;
using Gaoqing.Graph.GraphQL.Types;
using Gaoqing.Graph.GraphQL.Validation.Rules;

namespace Gaoqing.Graph.GraphQL.Validation;

/// <summary>Validates a request document against a schema: every rule of the specification plus the configured limits.</summary>
public static class DocumentValidator
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, int[][]> DispatchWithoutLimits = new();
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, int[][]> DispatchWithLimits = new();

    /// <summary>All errors found, in document order as graphql-js reports them; empty when the document is valid.</summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, ValidationOptions? options = null) =>
        Validate(schema, document, SpecifiedRules.All, options);

    /// <summary>Validates with a chosen set of rules (the configured limits are added to them).</summary>
    public static IReadOnlyList<GraphQLError> Validate(
        Schema schema,
        DocumentNode document,
        IReadOnlyList<Func<ValidationContext, ValidationRule>> rules,
        ValidationOptions? options = null)
    {
        options ??= ValidationOptions.Default;
        var errors = new List<GraphQLError>();
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, typeInfo, errors, options.MaxErrors);
        try
        {
            var visitors = new List<ValidationRule>(rules.Count + 1);
            foreach (var rule in rules)
            {
                visitors.Add(rule(context));
            }
            var limited = options.MaxDepth is not null || options.MaxAliases is not null || options.MaxCost is not null;
            if (limited)
            {
                visitors.Add(new MaxDepthRule(context, options));
                visitors.Add(new MaxAliasesRule(context, options));
                visitors.Add(new MaxCostRule(context, options));
            }
            var dispatch = (limited ? DispatchWithLimits : DispatchWithoutLimits).GetValue(rules, _ => DocumentWalker.VisitorsByKind(visitors));
            DocumentWalker.Walk(document, typeInfo, visitors, dispatch);
        }
        catch (ValidationAbortedException aborted)
        {
            if (aborted.Error is { } error)
            {
                errors.Add(error);
            }
        }
        catch (InsufficientExecutionStackException)
        {
            errors.Add(new GraphQLError("Validation aborted: the document nests fragments or selections too deeply to validate."));
        }
        return errors;
    }
}
