namespace Gaoqing.Graph.Answering.Classification;

/// <summary>A multinomial logistic regression over <see cref="QuestionFeatures"/>, trained by stochastic gradient descent
/// with L2 regularization in a fixed, seeded order: the same examples always give the same weights. Answering uses the
/// committed model (<see cref="Default"/>); nothing is trained per request.</summary>
public sealed class IntentClassifier
{
    private const int Epochs = 40;
    private const double LearningRate = 0.2;
    private const double Regularization = 1e-4;
    private const int Seed = 20231;
    private static readonly Lazy<IntentClassifier> EmbeddedModel = new(LoadEmbedded);
    private readonly string[] _intents;
    private readonly Dictionary<string, int> _vocabulary;
    private readonly double[][] _weights;

    internal IntentClassifier(string[] intents, Dictionary<string, int> vocabulary, double[][] weights)
    {
        _intents = intents;
        _vocabulary = vocabulary;
        _weights = weights;
    }

    /// <summary>The committed model (Data/intent-model.tsv.gz, trained on Data/intent-training.tsv), loaded once.</summary>
    public static IntentClassifier Default => EmbeddedModel.Value;

    /// <summary>The intents this classifier knows, in a fixed order.</summary>
    public IReadOnlyList<string> Intents => _intents;

    /// <summary>Each feature with its index into the weights.</summary>
    internal IReadOnlyDictionary<string, int> Vocabulary => _vocabulary;

    /// <summary>The weight of feature <paramref name="feature"/> (the feature count for the bias) for intent <paramref name="intent"/>.</summary>
    internal double Weight(int intent, int feature) => _weights[intent][feature];

    /// <summary>Trains a classifier on <paramref name="examples"/>.</summary>
    public static IntentClassifier Train(IReadOnlyList<IntentExample> examples) => Train(examples, QuestionFeatures.Of);

    /// <summary>The accuracy of <paramref name="folds"/>-fold cross-validation on <paramref name="examples"/> (fold i holds
    /// every example whose position modulo <paramref name="folds"/> is i).</summary>
    public static double CrossValidate(IReadOnlyList<IntentExample> examples, int folds)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var features = examples.Select(e => e.Masked).Distinct().ToDictionary(m => m, QuestionFeatures.Of, StringComparer.Ordinal);
        var right = 0;
        for (var fold = 0; fold < folds; fold++)
        {
            var training = examples.Where((_, i) => i % folds != fold).ToArray();
            var classifier = Train(training, m => features[m]);
            right += examples.Where((_, i) => i % folds == fold).Count(e => classifier.Predict(e.Masked).Intent == e.Intent);
        }

        return (double)right / examples.Count;
    }

    private static IntentClassifier Train(IReadOnlyList<IntentExample> examples, Func<string, HashSet<string>> featuresOf)
    {
        ArgumentNullException.ThrowIfNull(examples);
        if (examples.Count == 0)
        {
            throw new ArgumentException("no training examples", nameof(examples));
        }

        var intents = examples.Select(e => e.Intent).Distinct().Order(StringComparer.Ordinal).ToArray();
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var encoded = new List<(int[] Features, int Label)>(examples.Count);
        foreach (var example in examples)
        {
            var ids = new List<int>();
            foreach (var feature in featuresOf(example.Masked).Order(StringComparer.Ordinal))
            {
                if (!vocabulary.TryGetValue(feature, out var id))
                {
                    id = vocabulary.Count;
                    vocabulary[feature] = id;
                }

                ids.Add(id);
            }

            encoded.Add((ids.ToArray(), Array.IndexOf(intents, example.Intent)));
        }

        var weights = intents.Select(_ => new double[vocabulary.Count + 1]).ToArray();
        var order = Enumerable.Range(0, encoded.Count).ToArray();
        var random = new Random(Seed);
        var scores = new double[intents.Length];
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            var rate = LearningRate / (1 + (0.1 * epoch));
            foreach (var index in order)
            {
                var (features, label) = encoded[index];
                Probabilities(weights, features, scores);
                for (var k = 0; k < intents.Length; k++)
                {
                    var gradient = scores[k] - (k == label ? 1 : 0);
                    var row = weights[k];
                    row[^1] -= rate * gradient;
                    foreach (var f in features)
                    {
                        row[f] -= rate * (gradient + (Regularization * row[f]));
                    }
                }
            }
        }

        return new IntentClassifier(intents, vocabulary, weights);
    }

    /// <summary>The probability of each intent of <see cref="Intents"/> (same order) for <paramref name="masked"/>.</summary>
    public double[] Probabilities(string masked)
    {
        var ids = QuestionFeatures.Of(masked).Select(f => _vocabulary.TryGetValue(f, out var id) ? id : -1).Where(id => id >= 0).ToArray();
        var scores = new double[_intents.Length];
        Probabilities(_weights, ids, scores);
        return scores;
    }

    /// <summary>The most probable intent of <paramref name="masked"/>.</summary>
    public IntentPrediction Predict(string masked)
    {
        var scores = Probabilities(masked);
        var best = 0;
        for (var k = 1; k < scores.Length; k++)
        {
            if (scores[k] > scores[best])
            {
                best = k;
            }
        }

        return new IntentPrediction(_intents[best], scores[best]);
    }

    private static IntentClassifier LoadEmbedded()
    {
        using var stream = typeof(IntentClassifier).Assembly.GetManifestResourceStream("Answering.intent-model.tsv.gz")
            ?? throw new InvalidOperationException("the embedded resource intent-model.tsv.gz is missing");
        return IntentModelFile.Read(stream, "intent-model.tsv.gz");
    }

    private static void Probabilities(double[][] weights, int[] features, double[] scores)
    {
        var max = double.NegativeInfinity;
        for (var k = 0; k < weights.Length; k++)
        {
            var row = weights[k];
            var sum = row[^1];
            foreach (var f in features)
            {
                sum += row[f];
            }

            scores[k] = sum;
            max = Math.Max(max, sum);
        }

        var total = 0.0;
        for (var k = 0; k < scores.Length; k++)
        {
            scores[k] = Math.Exp(scores[k] - max);
            total += scores[k];
        }

        for (var k = 0; k < scores.Length; k++)
        {
            scores[k] /= total;
        }
    }
}
