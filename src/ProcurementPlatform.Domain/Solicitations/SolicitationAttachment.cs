namespace ProcurementPlatform.Domain.Solicitations;

/// <summary>A public attachment of a call (申报指南、申报书模板 …); the bytes live in a StoredFile.</summary>
public class SolicitationAttachment
{
    private SolicitationAttachment() { }

    public SolicitationAttachment(Guid fileId, string fileName, string contentType, long length)
    {
        FileId = fileId;
        FileName = fileName;
        ContentType = contentType;
        Length = length;
    }

    public int Id { get; private set; }
    public Guid FileId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Length { get; private set; }
}
