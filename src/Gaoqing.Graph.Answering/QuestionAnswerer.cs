using System.Globalization;
using Gaoqing.Graph.Answering.Answers;
using Gaoqing.Graph.Answering.Classification;
using Gaoqing.Graph.Answering.Graph;
using Gaoqing.Graph.Answering.Search;
using Gaoqing.Graph.Model.Store;
using Gaoqing.Graph.Model.Tracing;

namespace Gaoqing.Graph.Answering;

/// <summary>Answers Chinese questions from the graph: links entities, classifies the intent, queries the graph, and falls
/// back to keyword search when unsure. The entry point for GraphQL <c>ask</c>, GET /api/ask and <c>gaoqing-graph ask</c>.</summary>
/// <remarks>Answering reads an immutable index and is safe from many threads; <see cref="RefreshAsync"/> swaps in a new
/// index after documents are ingested or removed.</remarks>
public sealed class QuestionAnswerer
{
    /// <summary>The longest question read, in characters.</summary>
    public const int MaxQuestionLength = 500;

    /// <summary>Below this probability the intent is not trusted and the answer comes from keyword search.</summary>
    public const double MinimumConfidence = 0.35;

    private readonly IGraphStore _store;
    private readonly IntentClassifier _classifier;
    private AnsweringIndex _index;

    private QuestionAnswerer(IGraphStore store, IntentClassifier classifier, AnsweringIndex index)
    {
        _store = store;
        _classifier = classifier;
        _index = index;
    }

    /// <summary>The index answers are read from now.</summary>
    public AnsweringIndex Index => Volatile.Read(ref _index);

    /// <summary>An answerer over the current contents of <paramref name="store"/>, with the trained intent classifier.</summary>
    public static async Task<QuestionAnswerer> CreateAsync(IGraphStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return new QuestionAnswerer(store, IntentClassifier.Default, await LoadIndexAsync(store, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Rebuilds the index and the outcomes from the store's current contents (call after ingesting or removing documents).</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken = default) =>
        Volatile.Write(ref _index, await LoadIndexAsync(_store, cancellationToken).ConfigureAwait(false));

    /// <summary>The answer to <paramref name="question"/>; never throws for any text.</summary>
    public ValueTask<Answer> AnswerAsync(string question, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Answer(question));
    }

    /// <summary>The answer to <paramref name="question"/>, computed on the calling thread.</summary>
    public Answer Answer(string? question)
    {
        var asked = question ?? string.Empty;
        var cleaned = QuestionText.Clean(asked);
        if (Invalid(cleaned) is { } problem)
        {
            return new Answer(asked, Intents.Invalid, 1, problem, [], [], [], null, [], ["县发展改革局牵头哪些任务", "2023年地区生产总值是多少", "充电桩"]);
        }

        var index = Index;
        var linked = index.Linker.Link(cleaned);
        var (intent, confidence, fallback) = IntentChoice.Choose(_classifier, linked);
        var context = new AnswerContext(index, asked, linked, intent, confidence);
        if (fallback)
        {
            return SearchAnswers.Answer(context, "问题所问的任务、单位或指标在图中没有找到，改用关键词搜索。");
        }

        if (confidence < MinimumConfidence)
        {
            return SearchAnswers.Answer(context, fallback: true);
        }

        return intent switch
        {
            Intents.DepartmentLeads or Intents.DepartmentSupports or Intents.DepartmentTasks or Intents.Partners
                or Intents.CountLeads or Intents.CountSupports => DepartmentAnswers.Answer(context),
            Intents.CountTasks => DepartmentAnswers.Count(context),
            Intents.TopDepartment => DepartmentAnswers.Top(context),
            Intents.TaskLeads or Intents.TaskSupports or Intents.TaskUnits or Intents.TaskDetail => TaskAnswers.Answer(context),
            Intents.Measurement => MeasurementAnswers.Answer(context),
            Intents.ProjectTasks or Intents.PlaceTasks => MentionAnswers.Answer(context),
            Intents.DocumentFacts => DocumentAnswers.Answer(context),
            Intents.OutcomeOfIndicator => OutcomeAnswers.OfIndicator(context),
            Intents.OutcomeOfTask => OutcomeAnswers.OfTask(context),
            Intents.UnmetTasks => OutcomeAnswers.Unmet(context),
            Intents.DoneTasks => OutcomeAnswers.Done(context),
            _ => SearchAnswers.Answer(context, fallback: false),
        };
    }

    /// <summary>Keyword search over the graph: the <paramref name="first"/> best hits, best first.</summary>
    public IReadOnlyList<SearchHit> Search(string text, int first = 10) =>
        Index.Search.Search(QuestionText.Clean(text ?? string.Empty), first);

    private static async Task<AnsweringIndex> LoadIndexAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        var view = await GraphView.LoadAsync(store, cancellationToken).ConfigureAwait(false);
        var outcomes = await store.GetOutcomesAsync(cancellationToken).ConfigureAwait(false);
        return new AnsweringIndex(view, outcomes);
    }

    private static string? Invalid(string cleaned)
    {
        if (cleaned.Length == 0)
        {
            return "问题是空的。请输入一个问题，例如「县发展改革局牵头哪些任务」。";
        }

        if (cleaned.Length > MaxQuestionLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"问题太长（{cleaned.Length} 个字符），请控制在 {MaxQuestionLength} 个字符以内。");
        }

        if (!cleaned.Any(char.IsLetterOrDigit))
        {
            return "问题中没有可以识别的文字（只有标点或符号）。请用中文提问，例如「2023年地区生产总值是多少」。";
        }

        return null;
    }
}
