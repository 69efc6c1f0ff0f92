using Microsoft.AspNetCore.Http.HttpResults;

namespace Bantin.Server.Api;

/// <summary>RFC 7807 problem details for every error the API gives, each with a title and a helpful detail.</summary>
internal static class Problems
{
    public static ProblemHttpResult BadRequest(string detail) => TypedResults.Problem(detail, title: "Invalid request", statusCode: 400);
    public static ProblemHttpResult NotFound(string detail) => TypedResults.Problem(detail, title: "Not found", statusCode: 404);
    public static ProblemHttpResult TooLarge() => TypedResults.Problem(
        $"The request body is larger than {ServerOptions.MaxBodyBytes:N0} bytes; send one article at a time.", title: "Request body too large", statusCode: 413);
    public static ProblemHttpResult UnsupportedType(string? got, string expected) => TypedResults.Problem(
        $"Content type '{got ?? "(none)"}' is not accepted here; send {expected}.", title: "Unsupported media type", statusCode: 415);
    public static ProblemHttpResult Unauthorized(string detail) => TypedResults.Problem(detail, title: "Unauthorized", statusCode: 401);
    public static ProblemHttpResult Forbidden(string detail) => TypedResults.Problem(detail, title: "Writes are disabled", statusCode: 403);
    public static ProblemHttpResult Unavailable(string detail) => TypedResults.Problem(detail, title: "Index unavailable", statusCode: 503);
}
