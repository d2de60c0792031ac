namespace Gaoqing.Graph.Answering.Linking;

/// <summary>A question with its linked spans, in order, and the text the classifier reads (each span replaced by its kind).</summary>
public sealed record LinkedQuestion(string Text, IReadOnlyList<LinkedEntity> Entities, string Masked)
{
    /// <summary>The placeholder character that stands for a span of <paramref name="kind"/> in <see cref="Masked"/>.</summary>
    public static char Placeholder(EntityKind kind) => kind switch
    {
        EntityKind.Department or EntityKind.UnknownDepartment => '\uE001',
        EntityKind.Task => '\uE002',
        EntityKind.Project => '\uE003',
        EntityKind.Place or EntityKind.UnknownPlace => '\uE004',
        EntityKind.Indicator => '\uE005',
        EntityKind.Document => '\uE006',
        _ => '\uE007',
    };

    /// <summary>The spans whose best reading is <paramref name="kind"/>.</summary>
    public IEnumerable<LinkedEntity> Of(EntityKind kind) => Entities.Where(e => e.Kind == kind);

    /// <summary>The years the question names.</summary>
    public IEnumerable<int> Years => Of(EntityKind.Year).Select(e => int.Parse(e.Entries[0].Name, System.Globalization.CultureInfo.InvariantCulture));
}
