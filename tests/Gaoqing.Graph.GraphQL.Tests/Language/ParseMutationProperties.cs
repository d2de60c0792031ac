using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Xunit;
using Gaoqing.Graph.GraphQL.Language;

namespace Gaoqing.Graph.GraphQL.Tests.Language;

/// <summary>Random edits of valid documents never make the parser throw anything but a GraphQL syntax error.</summary>
public sealed class ParseMutationProperties
{
    private static readonly string[] ValidDocuments = LoadValidDocuments();

    private static readonly char[] Interesting =
        ['{', '}', '(', ')', '[', ']', '"', '\\', '$', '@', '.', ':', '=', '!', '|', '&', '#', '\n', '\r', 'u', '0', '-', 'e', '\ud800', '\udc00', '\u0000', '\'', ' '];

    [Property(MaxTest = 1000)]
    public bool Mutated_documents_parse_or_give_a_syntax_error(NonNegativeInt document, int[] positions, char[] characters, bool delete)
    {
        var text = new StringBuilder(ValidDocuments[document.Get % ValidDocuments.Length]);
        for (var i = 0; i < positions.Length; i++)
        {
            var at = (int)((uint)positions[i] % (uint)(text.Length + 1));
            var c = characters.Length == 0 ? Interesting[i % Interesting.Length] : characters[i % characters.Length];
            if (i % 2 == 0)
            {
                c = Interesting[(int)((uint)positions[i] % (uint)Interesting.Length)];
            }
            if (delete && at < text.Length)
            {
                text.Remove(at, 1);
            }
            else
            {
                text.Insert(at, c);
            }
        }
        try
        {
            var parsed = Parser.Parse(text.ToString());
            return Printer.Print(parsed) is not null;
        }
        catch (GraphQLError error)
        {
            return error.Message.StartsWith("Syntax Error: ", StringComparison.Ordinal) && error.Locations is { Count: 1 };
        }
    }

    private static string[] LoadValidDocuments()
    {
        var cases = JsonNode.Parse(TestFiles.Read("Language", "ParseCases.json"))!.AsArray();
        var golden = JsonNode.Parse(TestFiles.Read("Language", "ParseCases.golden.json"))!.AsArray();
        var valid = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            if (golden[i]!["printed"] is not null)
            {
                valid.Add(cases[i]!.GetValue<string>());
            }
        }
        return [.. valid];
    }
}
