using Gaoqing.Graph.GraphQL.Language.Ast;
using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.GraphQL.Execution;

/// <summary>The state of one execution: schema, operation, fragments, variables, errors, loaders and caches.</summary>
internal sealed class ExecutionContext
{
    private readonly List<GraphQLError> _errors = [];

    public ExecutionContext(Schema schema, OperationDefinitionNode operation, Dictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, object?> variables, object? rootValue, object? userContext, DataLoaderScope loaders, CancellationToken cancellationToken)
    {
        Schema = schema;
        Operation = operation;
        Fragments = fragments;
        Variables = variables;
        RootValue = rootValue;
        UserContext = userContext;
        Loaders = loaders;
        CancellationToken = cancellationToken;
    }

    public Schema Schema { get; }

    public OperationDefinitionNode Operation { get; }

    public Dictionary<string, FragmentDefinitionNode> Fragments { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public object? RootValue { get; }

    public object? UserContext { get; }

    public DataLoaderScope Loaders { get; }

    public CancellationToken CancellationToken { get; }

    public Dictionary<(ObjectType Type, IReadOnlyList<FieldNode> Nodes), FieldGroups> SubfieldCache { get; } = [];

    public IReadOnlyList<GraphQLError> Errors => _errors;

    public void AddError(GraphQLError error)
    {
        lock (_errors)
        {
            _errors.Add(error);
        }
    }
}

/// <summary>Fields grouped by response key, in first-seen order.</summary>
internal sealed class FieldGroups
{
    public List<string> Keys { get; } = [];

    public List<List<FieldNode>> Nodes { get; } = [];

    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    public void Add(string key, FieldNode node)
    {
        if (_index.TryGetValue(key, out var at))
        {
            Nodes[at].Add(node);
            return;
        }
        _index[key] = Keys.Count;
        Keys.Add(key);
        Nodes.Add([node]);
    }
}
