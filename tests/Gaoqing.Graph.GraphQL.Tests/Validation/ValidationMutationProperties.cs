using System.Text;
using FsCheck;
using FsCheck.Xunit;
using Gaoqing.Graph.GraphQL.Language;
using Gaoqing.Graph.GraphQL.Tests.Differential;
using Gaoqing.Graph.GraphQL.Validation;

namespace Gaoqing.Graph.GraphQL.Tests.Validation;

/// <summary>Random edits of valid corpus documents: parsing and validating them never throws anything but a GraphQL error.</summary>
public sealed class ValidationMutationProperties
{
    private static readonly string[] ValidDocuments = [.. GoldenCase.AllNames().Select(GoldenCase.Load).Where(c => c.Stage == "execute").Select(c => c.Document)];

    private static readonly string[] Fragments =
    [
        "{", "}", "(", ")", "[", "]", "$v", "@skip(if: $v)", "@include(if: true)", "...F", "... on Dog", "fragment F on Dog { name }",
        "alias: ", "name", "dog", "__typename", "null", "1", "\"s\"", "ENUM", "{ a: 1 }", "[1, 2]", "query Q($v: Int)", "mutation",
        "subscription", ":", "!", "=", "__schema", "__type(name: \"Dog\")", "fields", "...", "on", " ",
    ];

    [Property(MaxTest = 1000)]
    public bool Mutated_documents_validate_or_fail_with_graphql_errors(NonNegativeInt document, int[] positions, bool delete)
    {
        var text = new StringBuilder(ValidDocuments[document.Get % ValidDocuments.Length]);
        foreach (var position in positions)
        {
            var at = (int)((uint)position % (uint)(text.Length + 1));
            if (delete && at < text.Length)
            {
                text.Remove(at, Math.Min(1 + (int)((uint)position % 3), text.Length - at));
            }
            else
            {
                text.Insert(at, Fragments[(int)((uint)position % (uint)Fragments.Length)]);
            }
        }
        try
        {
            var errors = DocumentValidator.Validate(OracleSchema.Instance, Parser.Parse(text.ToString()));
            return errors.All(e => e.Message.Length > 0);
        }
        catch (GraphQLError error)
        {
            return error.Message.StartsWith("Syntax Error: ", StringComparison.Ordinal);
        }
    }
}
