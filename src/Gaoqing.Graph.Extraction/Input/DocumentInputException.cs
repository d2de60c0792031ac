namespace Gaoqing.Graph.Extraction.Input;

/// <summary>A document file that cannot be read as text; the message names the file and the problem.</summary>
public sealed class DocumentInputException(string message) : Exception(message);
