namespace ProcurementPlatform.Application.Common.Interfaces;

/// <summary>An e-mail as the platform writes it: plain text, UTF-8, Chinese subject.</summary>
public sealed record MailMessageData(string To, string Subject, string Body);

/// <summary>Port to mail delivery (SMTP through MailKit, or .eml files in a pickup folder for the embedded default). Throws when delivery fails.</summary>
public interface IMailSender
{
    Task SendAsync(MailMessageData mail, CancellationToken cancellationToken);
}
