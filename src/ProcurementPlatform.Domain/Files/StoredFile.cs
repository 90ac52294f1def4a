using ProcurementPlatform.Domain.Common;

namespace ProcurementPlatform.Domain.Files;

/// <summary>
/// An uploaded file's bytes, kept in the database so an upload commits or rolls back with the
/// record it belongs to (nothing half-saved) on either provider.
/// </summary>
public class StoredFile : Entity
{
    private StoredFile() { }

    public StoredFile(string fileName, string contentType, byte[] content, DateTime uploadedAtUtc, string uploadedBy)
    {
        FileName = fileName;
        ContentType = contentType;
        Content = content;
        Length = content.LongLength;
        UploadedAt = uploadedAtUtc;
        UploadedBy = uploadedBy;
    }

    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Length { get; private set; }
    public byte[] Content { get; private set; } = [];
    public DateTime UploadedAt { get; private set; }
    public string UploadedBy { get; private set; } = "";
}
