Console.Error.WriteLine("usage: gaoqing-graph <command> [options]");
return 2;
