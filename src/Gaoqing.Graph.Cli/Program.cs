using System.Text;
using Gaoqing.Graph.Cli;
using Gaoqing.Graph.Text.Decoding;

using var stdin = new StrictUtf8Reader(Console.OpenStandardInput(), "<stdin>");
using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
var code = CommandLine.Dispatch(args, stdin, stdout, Console.Error);
stdout.Flush();
return code;
