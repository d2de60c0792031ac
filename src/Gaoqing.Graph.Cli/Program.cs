using Gaoqing.Graph.Cli;

return CommandLine.Dispatch(args, Console.In, Console.Out, Console.Error);
