using System.Globalization;
using Gaoqing.Graph.Answering.Classification;

namespace Gaoqing.Graph.Answering.Tests;

/// <summary>The committed intent model is the model trained on the committed training set, and model files are read strictly.</summary>
/// <remarks>After changing Data/intent-training.tsv, regenerate the model with
/// <c>GAOQING_WRITE_INTENT_MODEL=1 dotnet test tests/Gaoqing.Graph.Answering.Tests --filter IntentModelFileTests</c>.</remarks>
public sealed class IntentModelFileTests
{
    private static string ModelPath => Path.Combine(RepositoryPaths.Root, "src", "Gaoqing.Graph.Answering", "Data", "intent-model.tsv.gz");

    [Fact]
    public void The_committed_model_is_the_model_trained_on_the_committed_training_set()
    {
        var trained = IntentClassifier.Train(IntentTrainingSet.Embedded());
        if (Environment.GetEnvironmentVariable("GAOQING_WRITE_INTENT_MODEL") == "1")
        {
            IntentModelFile.Write(trained, ModelPath);
        }

        var expected = IntentModelFile.Parse(IntentModelFile.ToText(trained), "trained");
        var committed = IntentClassifier.Default;
        Assert.Equal(expected.Intents, committed.Intents);
        Assert.Equal(expected.Vocabulary.OrderBy(p => p.Value).Select(p => p.Key), committed.Vocabulary.OrderBy(p => p.Value).Select(p => p.Key));
        for (var k = 0; k < expected.Intents.Count; k++)
        {
            for (var f = 0; f <= expected.Vocabulary.Count; f++)
            {
                var a = expected.Weight(k, f);
                var b = committed.Weight(k, f);
                Assert.True(Math.Abs(a - b) <= 1e-5 * Math.Max(1, Math.Abs(a)),
                    string.Create(CultureInfo.InvariantCulture, $"weight {k},{f}: trained {a}, committed {b}; the committed model is stale (see the remarks of this class)"));
            }
        }
    }

    [Theory]
    [InlineData("", "no model")]
    [InlineData("A\tB\nx\t1\n", "line 2")]
    [InlineData("A\tB\nx\t1\tone\n<bias>\t0\t0\n", "'one' is not a number")]
    [InlineData("A\tB\nx\t1\t2\n", "line 2")]
    public void A_malformed_model_is_refused_with_the_line(string text, string problem)
    {
        var error = Assert.Throws<InvalidDataException>(() => IntentModelFile.Parse(text, "bad.tsv"));
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }
}
