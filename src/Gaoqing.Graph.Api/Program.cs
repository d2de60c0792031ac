using Gaoqing.Graph.Api.Hosting;

// Gaoqing Graph API: GraphQL at /graphql, GraphiQL at /graphiql, /healthz; http://localhost:5080 by default.
var builder = WebApplication.CreateBuilder(ApiAssets.Options(args));
builder.AddGraphApiOptions();
await builder.AddGraphAsync();

await using var app = builder.Build();
app.UseGraphApi();
await app.RunAsync();
