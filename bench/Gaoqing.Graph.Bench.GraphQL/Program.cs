using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Gaoqing.Graph.Bench.GraphQL.GraphQLBenchmarks).Assembly).Run(args);
