namespace Gaoqing.Graph.GraphQL.Types;

/// <summary>Finds input objects that contain themselves through non-null fields, which no finite value could satisfy.</summary>
internal static class InputCycleDetector
{
    public static void Report(Schema schema, Action<string> report)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in schema.Types)
        {
            if (type is InputObjectType input)
            {
                Detect(input, visited, [], new Dictionary<string, int>(StringComparer.Ordinal), report);
            }
        }
    }

    private static void Detect(InputObjectType input, HashSet<string> visited, List<InputValueDefinition> path, Dictionary<string, int> pathIndex, Action<string> report)
    {
        if (!visited.Add(input.Name))
        {
            return;
        }
        pathIndex[input.Name] = path.Count;
        foreach (var field in input.Fields)
        {
            if (field.Type is not NonNullType { OfType: InputObjectType fieldType })
            {
                continue;
            }
            path.Add(field);
            if (!pathIndex.TryGetValue(fieldType.Name, out var cycleStart))
            {
                Detect(fieldType, visited, path, pathIndex, report);
            }
            else
            {
                var names = string.Join(".", path.Skip(cycleStart).Select(f => f.Name));
                report($"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{names}\".");
            }
            path.RemoveAt(path.Count - 1);
        }
        pathIndex.Remove(input.Name);
    }
}
