using Gaoqing.Graph.Answering.Graph;
using Gaoqing.Graph.Model;

namespace Gaoqing.Graph.Answering.Answers;

/// <summary>Answers the facts of documents: title, number, issuer and date.</summary>
public static class DocumentAnswers
{
    /// <summary>The named document (by number, by year, or by words of its title), else every document.</summary>
    public static Answer Answer(AnswerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var documents = context.Documents();
        if (documents.Count == 0 && context.Linked.Years.ToArray() is [var year, ..])
        {
            documents = context.View.Documents.Where(d => d.Integer("year") == year).ToArray();
        }

        if (documents.Count == 0)
        {
            var described = context.DocumentsByTitle();
            documents = described.Count > 0 ? described : context.View.Documents;
        }

        var text = documents.Count == 0
            ? "图中还没有文件。"
            : string.Join("；", documents.Select(Describe)) + "。";
        return context.Make(text, evidence: context.EvidenceOf(documents), suggestions: ["一共有多少项任务"]);
    }

    private static string Describe(GraphNode document)
    {
        var parts = new List<string> { $"《{document.Text("title") ?? document.DisplayName()}》" };
        if (document.Text("docNumber") is { } number)
        {
            parts.Add($"文号{number}");
        }

        if (document.Text("issuer") is { } issuer)
        {
            parts.Add($"发文机关{issuer}");
        }

        if (document.Text("issuedOn") is { } issuedOn)
        {
            parts.Add($"印发日期{issuedOn}");
        }

        return string.Join("，", parts);
    }
}
