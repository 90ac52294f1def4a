using FluentValidation.Results;

namespace ProcurementPlatform.Application.Common.Exceptions;

/// <summary>Input failed validation; errors are keyed by the request's property path.</summary>
public sealed class RequestValidationException : Exception
{
    public RequestValidationException(IEnumerable<ValidationFailure> failures)
        : this(failures.GroupBy(f => f.PropertyName, f => f.ErrorMessage).ToDictionary(g => g.Key, g => g.Distinct().ToArray()))
    {
    }

    public RequestValidationException(IDictionary<string, string[]> errors)
        : base("提交的信息有误：" + string.Join(" ", errors.SelectMany(e => e.Value)))
    {
        Errors = new Dictionary<string, string[]>(errors);
    }

    public RequestValidationException(string field, string message) : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }

    public IReadOnlyDictionary<string, string[]> Errors { get; }
}

/// <summary>The current user may not do this (403).</summary>
public sealed class ForbiddenAccessException(string message = "您没有权限执行此操作。") : Exception(message);

/// <summary>Not found, or not visible to the current user (404: existence is not revealed).</summary>
public sealed class NotFoundException(string message = "未找到该记录，或您无权查看。") : Exception(message);

/// <summary>Someone else changed the record first (optimistic concurrency).</summary>
public sealed class ConcurrencyConflictException(string message = "该记录刚刚被其他操作修改，请刷新页面后重试。") : Exception(message);
