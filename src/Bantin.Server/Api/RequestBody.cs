using System.Text;
using Microsoft.Net.Http.Headers;

namespace Bantin.Server.Api;

/// <summary>Reads a request body as text, refusing more than <see cref="ServerOptions.MaxBodyBytes"/> (whatever Content-Length says).</summary>
internal static class RequestBody
{
    /// <summary>The body, or null when it is too large.</summary>
    public static async Task<string?> ReadTextAsync(HttpRequest request, CancellationToken cancel)
    {
        if (request.ContentLength > ServerOptions.MaxBodyBytes) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int n;
        try
        {
            while ((n = await request.Body.ReadAsync(chunk, cancel)) > 0)
            {
                if (buffer.Length + n > ServerOptions.MaxBodyBytes) return null;
                buffer.Write(chunk, 0, n);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge) { return null; }
        var encoding = Encoding.UTF8;
        if (MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && type.Charset.HasValue)
        {
            try { encoding = Encoding.GetEncoding(type.Charset.Value!); }
            catch (ArgumentException) { }
        }
        return encoding.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The media type without parameters, lower case (<c>text/html</c>), or null.</summary>
    public static string? MediaType(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type) ? type.MediaType.Value?.ToLowerInvariant() : null;
}
