using Gaoqing.Graph.Cli;
using Gaoqing.Graph.Text.Decoding;

using var stdin = new StrictUtf8Reader(Console.OpenStandardInput(), "<stdin>");
return CommandLine.Dispatch(args, stdin, Console.Out, Console.Error);
