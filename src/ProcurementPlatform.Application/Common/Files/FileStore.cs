using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Domain.Files;

namespace ProcurementPlatform.Application.Common.Files;

/// <summary>The one way an upload becomes a stored file: in the command's transaction, so it commits or rolls back with the record it belongs to.</summary>
public static class FileStore
{
    public static StoredFile Store(this IApplicationDbContext db, FileUpload upload, string uploadedBy, DateTime nowUtc)
    {
        var name = Path.GetFileName(upload.FileName);
        var file = new StoredFile(name, FileUploadValidator.ContentTypeFor(name), upload.Content, nowUtc, uploadedBy);
        db.StoredFiles.Add(file);
        return file;
    }

    public static void StoreAll(this IApplicationDbContext db, IEnumerable<FileUpload> uploads, string uploadedBy, DateTime nowUtc, Action<StoredFile> attach)
    {
        foreach (var upload in uploads) attach(db.Store(upload, uploadedBy, nowUtc));
    }
}
