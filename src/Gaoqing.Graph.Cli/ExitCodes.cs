namespace Gaoqing.Graph.Cli;

/// <summary>The process exit codes of the contract: success, bad input, usage.</summary>
public static class ExitCodes
{
    /// <summary>The command did what it was asked.</summary>
    public const int Success = 0;

    /// <summary>An input could not be used; stderr names the file and the problem.</summary>
    public const int BadInput = 1;

    /// <summary>The command line itself was wrong.</summary>
    public const int Usage = 2;
}
