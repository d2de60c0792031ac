using Gaoqing.Graph.Answering.Classification;
using Gaoqing.Graph.Answering.Linking;

namespace Gaoqing.Graph.Answering;

/// <summary>Picks the intent of a linked question: the classifier's most probable intent among those whose entities
/// the question names (a unit for the unit intents, a task for the task intents …). A bare indicator name (充电桩) is a
/// keyword search; a count needs a word that asks how many.</summary>
public static class IntentChoice
{
    private static readonly string[] CountWords = ["多少", "几", "数量", "数目", "总数", "总量"];

    /// <summary>The chosen intent and its probability.</summary>
    public static (string Intent, double Probability) Choose(IntentClassifier classifier, LinkedQuestion question)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(question);
        if (question.Masked.Trim() == LinkedQuestion.Placeholder(EntityKind.Indicator).ToString())
        {
            return (Intents.Search, 1);
        }

        var probabilities = classifier.Probabilities(question.Masked);
        var best = (Intent: Intents.Search, Probability: 0.0);
        for (var k = 0; k < probabilities.Length; k++)
        {
            var intent = classifier.Intents[k];
            if (probabilities[k] > best.Probability && Satisfied(intent, question))
            {
                best = (intent, probabilities[k]);
            }
        }

        return best;
    }

    /// <summary>True when <paramref name="question"/> names what <paramref name="intent"/> needs.</summary>
    public static bool Satisfied(string intent, LinkedQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        bool Has(params EntityKind[] kinds) => question.Entities.Any(e => kinds.Contains(e.Kind));
        return intent switch
        {
            Intents.CountLeads or Intents.CountSupports => Has(EntityKind.Department, EntityKind.UnknownDepartment) && AsksHowMany(question),
            Intents.CountTasks => AsksHowMany(question),
            Intents.DepartmentLeads or Intents.DepartmentSupports or Intents.DepartmentTasks or Intents.Partners
                => Has(EntityKind.Department, EntityKind.UnknownDepartment),
            Intents.TaskLeads or Intents.TaskSupports or Intents.TaskUnits or Intents.TaskDetail => Has(EntityKind.Task),
            Intents.Measurement => Has(EntityKind.Indicator),
            Intents.ProjectTasks => Has(EntityKind.Project),
            Intents.PlaceTasks => Has(EntityKind.Place, EntityKind.UnknownPlace),
            _ => true,
        };
    }

    private static bool AsksHowMany(LinkedQuestion question) =>
        CountWords.Any(w => question.Text.Contains(w, StringComparison.Ordinal));
}
