using Gaoqing.Graph.Answering.Classification;
using Gaoqing.Graph.Answering.Linking;

namespace Gaoqing.Graph.Answering;

/// <summary>Picks the intent of a linked question: the classifier's most probable intent among those whose entities
/// the question names (a unit for the unit intents, a task for the task intents …). A bare name asks the obvious: a
/// task's content, a unit's tasks, the tasks naming a project or place; a bare indicator name (充电桩) is a keyword search; a count needs a word that asks how many. When the most probable intent (over one half) lacks what it
/// needs, the question is not guessed at: it goes to keyword search. A question naming one role (牵头, or 配合) is not
/// answered with both.</summary>
public static class IntentChoice
{
    private const double Dominant = 0.5;
    private static readonly string[] CountWords = ["多少", "几", "数量", "数目", "总数", "总量"];
    private static readonly string[] SupportWords = ["配合", "协助", "协同", "支持"];

    /// <summary>The chosen intent, its probability, and whether keyword search stands in for an intent the question
    /// could not be answered by.</summary>
    public static (string Intent, double Probability, bool Fallback) Choose(IntentClassifier classifier, LinkedQuestion question)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(question);
        if (question.Entities.Count == 1 && question.Masked.Trim() == LinkedQuestion.Placeholder(question.Entities[0].Kind).ToString()
            && BareIntent(question.Entities[0].Kind) is { } bare)
        {
            return (bare, 1, false);
        }

        var probabilities = classifier.Probabilities(question.Masked);
        var best = (Intent: Intents.Search, Probability: 0.0);
        var top = 0;
        for (var k = 0; k < probabilities.Length; k++)
        {
            var intent = classifier.Intents[k];
            top = probabilities[k] > probabilities[top] ? k : top;
            if (probabilities[k] > best.Probability && Satisfied(intent, question))
            {
                best = (intent, probabilities[k]);
            }
        }

        return probabilities[top] > Dominant && !Named(classifier.Intents[top], question)
            ? (Intents.Search, probabilities[top], true)
            : (ByRole(best.Intent, question), best.Probability, false);
    }

    /// <summary>An intent about every unit of a task, or every task of a unit, narrowed to one role when the question names
    /// only that role (26号任务谁负责牵头 asks for the lead units).</summary>
    private static string ByRole(string intent, LinkedQuestion question)
    {
        var lead = question.Text.Contains("牵头", StringComparison.Ordinal);
        var support = SupportWords.Any(w => question.Text.Contains(w, StringComparison.Ordinal));
        if (lead == support)
        {
            return intent;
        }

        var narrowed = intent switch
        {
            Intents.TaskUnits => lead ? Intents.TaskLeads : Intents.TaskSupports,
            Intents.DepartmentTasks => lead ? Intents.DepartmentLeads : Intents.DepartmentSupports,
            Intents.CountTasks => lead ? Intents.CountLeads : Intents.CountSupports,
            _ => intent,
        };
        return Satisfied(narrowed, question) ? narrowed : intent;
    }

    /// <summary>True when <paramref name="question"/> names what <paramref name="intent"/> needs and, for a count, asks how many.</summary>
    public static bool Satisfied(string intent, LinkedQuestion question) =>
        Named(intent, question) && (intent is not (Intents.CountLeads or Intents.CountSupports or Intents.CountTasks) || AsksHowMany(question));

    /// <summary>True when <paramref name="question"/> names the entities <paramref name="intent"/> needs.</summary>
    public static bool Named(string intent, LinkedQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        bool Has(params EntityKind[] kinds) => question.Entities.Any(e => kinds.Contains(e.Kind));
        return intent switch
        {
            Intents.DepartmentLeads or Intents.DepartmentSupports or Intents.DepartmentTasks or Intents.Partners
                or Intents.CountLeads or Intents.CountSupports => Has(EntityKind.Department, EntityKind.UnknownDepartment),
            Intents.TaskLeads or Intents.TaskSupports or Intents.TaskUnits or Intents.TaskDetail => question.Entities.Any(e => e.Of(EntityKind.Task).Any()),
            Intents.Measurement or Intents.OutcomeOfIndicator => Has(EntityKind.Indicator),
            Intents.OutcomeOfTask => Has(EntityKind.Project) || question.Entities.Any(e => e.Of(EntityKind.Task).Any()),
            Intents.ProjectTasks => Has(EntityKind.Project),
            Intents.PlaceTasks => Has(EntityKind.Place, EntityKind.UnknownPlace),
            _ => true,
        };
    }

    private static string? BareIntent(EntityKind kind) => kind switch
    {
        EntityKind.Indicator => Intents.Search,
        EntityKind.Task => Intents.TaskDetail,
        EntityKind.Department or EntityKind.UnknownDepartment => Intents.DepartmentTasks,
        EntityKind.Project => Intents.ProjectTasks,
        EntityKind.Place or EntityKind.UnknownPlace => Intents.PlaceTasks,
        EntityKind.Document => Intents.DocumentFacts,
        _ => null,
    };

    private static bool AsksHowMany(LinkedQuestion question) =>
        CountWords.Any(w => question.Text.Contains(w, StringComparison.Ordinal));
}
