namespace ProcurementPlatform.Domain.Common;

/// <summary>A business rule was broken. The message is shown to the user as it is (Chinese).</summary>
public class DomainException(string message) : Exception(message);
