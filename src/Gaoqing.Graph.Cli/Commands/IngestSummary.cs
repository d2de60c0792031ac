using Spectre.Console;

namespace Gaoqing.Graph.Cli.Commands;

/// <summary>The table printed at the end of an ingest: one row per file with what was stored.</summary>
internal static class IngestSummary
{
    /// <summary>Writes the table for <paramref name="files"/> to <paramref name="output"/>, with colour only on a terminal.</summary>
    public static void Write(IReadOnlyList<IngestedFile> files, TextWriter output, bool terminal)
    {
        var table = new Table().Title("ingest summary");
        table.AddColumn("file");
        table.AddColumn("document");
        table.AddColumn("status");
        table.AddColumn(new TableColumn("tasks").RightAligned());
        table.AddColumn(new TableColumn("departments").RightAligned());
        table.AddColumn(new TableColumn("measurements").RightAligned());
        table.AddColumn(new TableColumn("warnings").RightAligned());
        foreach (var file in files)
        {
            table.AddRow(
                Markup.Escape(Path.GetFileName(file.Path)),
                Markup.Escape(file.Graph.Document.Id),
                (file.Outcome?.Status.ToString() ?? "not stored").ToLowerInvariant(),
                file.Count("Task").ToString(System.Globalization.CultureInfo.InvariantCulture),
                file.Count("Department").ToString(System.Globalization.CultureInfo.InvariantCulture),
                file.Count("Measurement").ToString(System.Globalization.CultureInfo.InvariantCulture),
                (file.Outcome?.Warnings.Count ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = terminal ? Math.Max(console.Profile.Width, 120) : 160;
        console.Write(table);
    }
}
