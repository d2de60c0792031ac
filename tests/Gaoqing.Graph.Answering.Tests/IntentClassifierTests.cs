using System.Globalization;
using Gaoqing.Graph.Answering.Classification;
using Xunit.Abstractions;

namespace Gaoqing.Graph.Answering.Tests;

/// <summary>The intent classifier: the labeled set's size and spread, cross-validated accuracy, determinism.</summary>
public sealed class IntentClassifierTests(ITestOutputHelper output)
{
    [Fact]
    public void The_training_set_has_at_least_400_questions_over_at_least_10_intents()
    {
        var examples = IntentTrainingSet.Embedded();
        var intents = examples.GroupBy(e => e.Intent).ToDictionary(g => g.Key, g => g.Count());
        output.WriteLine($"{examples.Count} questions: " + string.Join(", ", intents.Select(p => $"{p.Key} {p.Value}")));
        Assert.True(examples.Count >= 400);
        Assert.True(intents.Count >= 10);
        Assert.All(intents.Keys, intent => Assert.Contains(intent, typeof(Intents).GetFields().Select(f => f.GetValue(null))));
    }

    [Fact]
    public void Five_fold_cross_validation_accuracy_is_printed_and_at_least_90_percent()
    {
        var accuracy = IntentClassifier.CrossValidate(IntentTrainingSet.Embedded(), 5);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"5-fold cross-validation accuracy: {accuracy:P1}"));
        Assert.True(accuracy >= 0.9, string.Create(CultureInfo.InvariantCulture, $"accuracy {accuracy:P1}"));
    }

    [Theory]
    [InlineData("完成了的任务有哪些", Intents.DoneTasks)]
    [InlineData("没完成的任务有哪些", Intents.UnmetTasks)]
    [InlineData("目标实现了的有哪些", Intents.DoneTasks)]
    [InlineData("目标没实现的有哪些", Intents.UnmetTasks)]
    public void A_question_that_denies_is_told_from_the_same_words_that_do_not(string question, string intent)
    {
        Assert.Equal(intent, IntentClassifier.Default.Predict(IntentTrainingSet.ToMasked(question)).Intent);
    }

    [Fact]
    public void Training_twice_on_the_same_examples_gives_the_same_probabilities()
    {
        var examples = IntentTrainingSet.Embedded();
        var first = IntentClassifier.Train(examples);
        var second = IntentClassifier.Train(examples);
        foreach (var question in new[] { IntentTrainingSet.ToMasked("<DEPT>牵头哪些任务"), "哪个部门最忙", "随便问问" })
        {
            Assert.Equal(first.Probabilities(question), second.Probabilities(question));
        }
    }

    [Theory]
    [InlineData("<DEPT>都牵头了什么", Intents.DepartmentLeads)]
    [InlineData("<TASK>的牵头部门", Intents.TaskLeads)]
    [InlineData("<YEAR><IND>达到了多少", Intents.Measurement)]
    [InlineData("<DEPT>和谁合作", Intents.Partners)]
    [InlineData("<YEAR><IND>的目标完成没有", Intents.OutcomeOfIndicator)]
    [InlineData("<TASK>完成得如何", Intents.OutcomeOfTask)]
    [InlineData("有哪些任务未达标", Intents.UnmetTasks)]
    [InlineData("哪些工作已经做完了", Intents.DoneTasks)]
    public void Unseen_phrasings_get_their_intent(string question, string intent)
    {
        Assert.Equal(intent, IntentClassifier.Default.Predict(IntentTrainingSet.ToMasked(question)).Intent);
    }

    [Fact]
    public void A_malformed_training_line_is_refused_with_its_line_number()
    {
        var error = Assert.Throws<InvalidDataException>(() => IntentTrainingSet.Parse("SEARCH\t充电桩\nno tab here\n", "bad.tsv"));
        Assert.Contains("bad.tsv: line 2", error.Message, StringComparison.Ordinal);
    }
}
