using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.GraphQL.Tests.Types;

/// <summary>Code-first and SDL-built schemas link, print and report type system errors with graphql-js's messages.</summary>
public sealed class SchemaBuilderTests
{
    [Fact]
    public void Code_first_schema_prints_as_sdl()
    {
        var schema = new SchemaBuilder()
            .Interface("Node", n => n.Field("id", "ID!"))
            .Object("Department", d => d
                .Implements("Node")
                .Description("A county department.")
                .Field("id", "ID!")
                .Field("tasks", "[Task!]!", f => f
                    .Description("Tasks it leads.")
                    .Argument("first", "Int", a => a.Default(10))
                    .Argument("status", "Status", a => a.DefaultLiteralText("OPEN"))))
            .Object("Task", t => t.Field("title", "String!").Field("old", "String", f => f.Deprecated()))
            .Enum("Status", e => e.Value("OPEN").Value("DONE", deprecationReason: "merged"))
            .Object("Query", q => q.Field("department", "Department", f => f.Argument("id", "ID!")))
            .Build();

        Assert.Equal(
            """"
            interface Node {
              id: ID!
            }

            """A county department."""
            type Department implements Node {
              id: ID!

              """Tasks it leads."""
              tasks(first: Int = 10, status: Status = OPEN): [Task!]!
            }

            type Task {
              title: String!
              old: String @deprecated
            }

            enum Status {
              OPEN
              DONE @deprecated(reason: "merged")
            }

            type Query {
              department(id: ID!): Department
            }
            """",
            SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Sdl_extensions_are_merged_into_their_types()
    {
        var schema = SchemaFromSdl.Build("""
            type Query { a: Int }
            extend type Query { b: String }
            enum E { X }
            extend enum E { Y }
            union U = Query
            input I { p: Int }
            extend input I { q: Int }
            extend union U = Other
            type Other { c: Int }
            """);
        Assert.Equal(["a", "b"], ((ObjectType)schema.GetType("Query")!).Fields.Select(f => f.Name));
        Assert.Equal(["X", "Y"], ((EnumType)schema.GetType("E")!).Values.Select(v => v.Name));
        Assert.Equal(["Query", "Other"], ((UnionType)schema.GetType("U")!).Types.Select(t => t.Name));
        Assert.Equal(["p", "q"], ((InputObjectType)schema.GetType("I")!).Fields.Select(f => f.Name));
    }

    [Theory]
    [InlineData("type Query { a: Int } interface I { x: Int! y: Int } type T implements I { x: Int }",
        "Interface field I.x expects type Int! but T.x is type Int.\n\nInterface field I.y expected but T does not provide it.")]
    [InlineData("type Query { a: Int } enum E", "Enum type E must define one or more values.")]
    [InlineData("type Query { a: Int } input I @oneOf { a: Int! b: Int = 1 }", "OneOf input field I.a must be nullable.\n\nOneOf input field I.b cannot have a default value.")]
    [InlineData("type Query { a(i: A): Int } input A { b: B! } input B { a: A! }", "Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\".")]
    [InlineData("type Query { __a: Int }", "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.")]
    [InlineData("type Query { a: Int } interface I { f(x: Int): Int } type T implements I { f(x: Int, y: Int!): Int }",
        "Argument \"T.f(y:)\" must not be required type \"Int!\" if not provided by the Interface field \"I.f\".")]
    [InlineData("type Mutation { a: Int }", "Query root type must be provided.")]
    [InlineData("type Query { a: Int } type T", "Type T must define one or more fields.")]
    [InlineData("type Query { a: Int a: String }", "Field \"Query.a\" can only be defined once.")]
    [InlineData("type Query { a: Int } extend type Quer { b: Int }", "Cannot extend type \"Quer\" because it is not defined. Did you mean \"Query\"?")]
    [InlineData("type Query { a(x: Int, x: Int): Int }", "Argument \"Query.a(x:)\" can only be defined once.")]
    [InlineData("type Query { a: Int @foo }", "Unknown directive \"@foo\".")]
    [InlineData("enum E { A A } type Query { a: E }", "Enum value \"E.A\" can only be defined once.")]
    [InlineData("type Query { a: Int } type Query { b: Int }", "There can be only one type named \"Query\".")]
    [InlineData("directive @d on FIELD directive @d on FIELD type Query { a: Int }", "There can be only one directive named \"@d\".")]
    [InlineData("schema { query: Query } schema { query: Query } type Query { a: Int }", "Must provide only one schema definition.\n\nThere can be only one query type in schema.")]
    [InlineData("input I { a: Int a: Int } type Query { a(i: I): Int }", "Field \"I.a\" can only be defined once.")]
    public void Invalid_schemas_report_graphql_js_messages(string sdl, string messages)
    {
        var error = Assert.Throws<SchemaValidationException>(() => SchemaFromSdl.Build(sdl));
        Assert.Equal(messages, error.Message);
    }

    [Fact]
    public void Unknown_type_reference_is_reported_by_name()
    {
        var error = Assert.Throws<GraphQLError>(() => SchemaFromSdl.Build("type Query { a: Missing }"));
        Assert.Equal("Unknown type: \"Missing\".", error.Message);
    }

    [Fact]
    public async Task Sdl_first_schemas_take_resolvers_and_type_resolvers_in_code()
    {
        var document = Gaoqing.Graph.GraphQL.Language.Parser.Parse("""
            interface Node { id: ID! }
            type Department implements Node { id: ID! name: String! }
            type Query { node(id: ID!): Node departments: [Department!]! }
            """);
        var schema = SchemaFromSdl.ToBuilder(document)
            .Resolve("Query", "node", c => (object?)("dept:" + c.Argument<string>("id")))
            .Resolve("Query", "departments", c => new[] { "dept:1", "dept:2" })
            .Resolve("Department", "id", c => ((string)c.Source!)[5..])
            .Resolve("Department", "name", c => "部门" + ((string)c.Source!)[5..])
            .ResolveType("Node", (value, _) => value is string s && s.StartsWith("dept:", StringComparison.Ordinal) ? "Department" : null)
            .Build();

        var result = await Gaoqing.Graph.GraphQL.Execution.Executor.ExecuteAsync(
            schema, Gaoqing.Graph.GraphQL.Language.Parser.Parse("{ node(id: \"7\") { id ... on Department { name } } departments { name } }"));

        Assert.Equal("{\"data\":{\"node\":{\"id\":\"7\",\"name\":\"部门7\"},\"departments\":[{\"name\":\"部门1\"},{\"name\":\"部门2\"}]}}", result.ToJson());
        Assert.Throws<ArgumentException>(() => SchemaFromSdl.ToBuilder(document).Resolve("Query", "missing", _ => null));
    }

    [Fact]
    public void Code_first_directives_print_and_introspect()
    {
        var schema = new SchemaBuilder()
            .Directive("cost", [DirectiveLocation.FIELD_DEFINITION, DirectiveLocation.OBJECT], d => d
                .Description("Relative cost.")
                .Repeatable()
                .Argument("weight", "Int!", a => a.Default(1)))
            .Object("Query", q => q.Field("a", "Int"))
            .Build();

        Assert.Equal(
            """"
            """Relative cost."""
            directive @cost(weight: Int! = 1) repeatable on FIELD_DEFINITION | OBJECT

            type Query {
              a: Int
            }
            """",
            SchemaPrinter.Print(schema));
        Assert.Equal(["cost", "include", "skip", "deprecated", "specifiedBy", "oneOf"], schema.Directives.Select(d => d.Name));
    }
}
