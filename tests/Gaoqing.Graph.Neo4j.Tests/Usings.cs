global using Gaoqing.Graph.Model;
global using Gaoqing.Graph.Model.Store;
global using Gaoqing.Graph.Neo4j.QueryApi;
global using Gaoqing.Graph.Neo4j.Tests.Fakes;
