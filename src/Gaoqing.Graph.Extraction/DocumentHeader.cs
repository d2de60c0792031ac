namespace Gaoqing.Graph.Extraction;

/// <summary>What a document says about itself: title, number, issuer, date of issue and the year it is about.</summary>
/// <param name="IssuedOn">The date of issue as yyyy-MM-dd.</param>
/// <param name="Year">The year the document plans or reports (from its title), else the year of its number or date.</param>
public sealed record DocumentHeader(TextField? Title, TextField? DocNumber, TextField? Issuer, TextField? IssuedOn, int? Year);
