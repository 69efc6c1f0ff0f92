namespace Bantin.News.Readers.Inputs;

/// <summary>
/// Reads articles from paths: files, folders (recursively; see <see cref="InputFinder"/>) and "-" for standard input.
/// Each input's format is detected (<see cref="FormatDetection"/>) unless <see cref="InputOptions.Format"/> forces one,
/// and the input goes to the reader of that format: a streaming reader (<see cref="IStreamingArticleReader"/>) gets
/// the open stream, any other reader the whole file, up to <see cref="InputDocument.MaxBytes"/> (text files as UTF-8,
/// see <see cref="Utf8Transcoder"/>). Binary files are refused before any reader sees them. A path, file or record
/// that cannot be read is an error among the results, and reading goes on. Immutable and thread-safe; each call to
/// <see cref="Read(IEnumerable{string}, ReadSummary?, Action{ReadError}?)"/> is one lazy run.
/// </summary>
public sealed class ArticleInputs
{
    /// <summary>The path that stands for standard input, and the name of that input.</summary>
    public const string StdinName = "-";

    private readonly Dictionary<ArticleFormat, IArticleReader> _readers = [];
    private readonly InputOptions _options;

    /// <param name="readers">One reader per format (the CLI passes the text, HTML, JSONL and CSV readers).</param>
    /// <param name="options">Forced format and stdin; <see cref="InputOptions.Default"/> when null.</param>
    public ArticleInputs(IEnumerable<IArticleReader> readers, InputOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(readers);
        foreach (var reader in readers)
        {
            if (reader.Format == ArticleFormat.Auto)
                throw new ArgumentException($"{reader.GetType().Name} claims format Auto; a reader reads one concrete format.", nameof(readers));
            if (!_readers.TryAdd(reader.Format, reader))
                throw new ArgumentException(
                    $"Two readers for {reader.Format}: {_readers[reader.Format].GetType().Name} and {reader.GetType().Name}.", nameof(readers));
        }
        _options = options ?? InputOptions.Default;
    }

    /// <summary>Inputs read by the four standard readers (text, HTML, JSONL, CSV) with <paramref name="mapping"/> for the dumps.</summary>
    public static ArticleInputs Standard(Dumps.FieldMapping? mapping = null, InputOptions? options = null)
    {
        mapping ??= Dumps.FieldMapping.Default;
        return new ArticleInputs(
            [new TextArticleReader(), new Html.HtmlArticleReader(), new Dumps.JsonlArticleReader(mapping), new Dumps.CsvArticleReader(mapping)], options);
    }

    /// <summary>Opens a file for reading; tests replace it to simulate I/O failures.</summary>
    internal Func<string, Stream> OpenFile { get; init; } = path =>
        new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);

    /// <summary>Largest whole-file input (<see cref="InputDocument.MaxBytes"/>); tests lower it.</summary>
    internal int MaxWholeFileBytes { get; init; } = InputDocument.MaxBytes;

    /// <summary>
    /// Articles and errors from every input the <paramref name="paths"/> lead to, in order. <paramref name="summary"/>
    /// (optional) is updated as the results are enumerated; warnings (records read despite a problem) go to
    /// <paramref name="onWarning"/>.
    /// </summary>
    public IEnumerable<ReadResult> Read(IEnumerable<string> paths, ReadSummary? summary = null, Action<ReadError>? onWarning = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        summary ??= new ReadSummary();
        var warn = Counting(summary, onWarning);
        foreach (var path in paths)
            foreach (var input in InputFinder.Find(path, allFiles: _options.Format != ArticleFormat.Auto, _options.OutputPath))
            {
                if (input.Error is { } error)
                {
                    summary.Skipped++;
                    yield return ReadResult.Fail(error);
                    continue;
                }
                summary.Files++;
                bool stdin = input.Path is null;
                var results = Guarded(input.Name, () => ReadInput(input.Name, stdin ? null : input.Name,
                    () => stdin ? _options.Stdin ?? Console.OpenStandardInput() : OpenFile(input.Path!), owns: !stdin, warn));
                foreach (var result in results) yield return Counted(summary, result);
            }
    }

    /// <summary>
    /// Articles from one stream (not disposed), e.g. a request body. <paramref name="name"/> labels errors and articles,
    /// and its extension, if any, gives the format.
    /// </summary>
    public IEnumerable<ReadResult> Read(Stream stream, string name, ReadSummary? summary = null, Action<ReadError>? onWarning = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        summary ??= new ReadSummary();
        summary.Files++;
        var warn = Counting(summary, onWarning);
        string? file = name == StdinName ? null : name;
        foreach (var result in Guarded(name, () => ReadInput(name, file, () => stream, owns: false, warn)))
            yield return Counted(summary, result);
    }

    /// <param name="file">The name articles carry in <c>File</c>, and whose extension gives the format; null for stdin.</param>
    private IEnumerable<ReadResult> ReadInput(string name, string? file, Func<Stream> open, bool owns, Action<ReadError> warn)
    {
        var stream = open();
        try
        {
            var head = PrefixedStream.ReadHead(stream, FormatDetection.HeadBytes);
            var sniff = EncodingSniffer.Sniff(head);
            if (sniff.Encoding == ByteEncoding.Binary)
            {
                yield return Fail(name, TextDecoding.BinaryFile);
                yield break;
            }
            var format = _options.Format;
            if (format == ArticleFormat.Auto) format = FormatDetection.FromExtension(file);
            if (format == ArticleFormat.Auto) format = FormatDetection.FromContent(head, sniff);
            if (!_readers.TryGetValue(format, out var reader))
            {
                yield return Fail(name, $"no reader for {format} input (readers: {string.Join(", ", _readers.Keys)})");
                yield break;
            }
            var rest = new PrefixedStream(head, stream);
            IEnumerable<ReadResult> results;
            if (reader is IStreamingArticleReader streaming) results = streaming.Read(rest, name, warn);
            else if (ReadAll(rest, MaxWholeFileBytes) is { } bytes)
                results = reader.Read(new InputDocument(name, format == ArticleFormat.Text ? Utf8Transcoder.ToUtf8(bytes, name, warn) : bytes));
            else
            {
                yield return Fail(name, $"larger than {MaxWholeFileBytes:N0} bytes, the limit for a whole {format} file");
                yield break;
            }
            foreach (var result in results)
                yield return file is not null && result.Article is { File: null } a ? ReadResult.Ok(a with { File = file }) : result;
        }
        finally
        {
            if (owns) stream.Dispose();
        }
    }

    /// <summary>
    /// Enumerates <paramref name="read"/>, turning an I/O failure (permissions, a device error, a file removed midway)
    /// into an error for the input, after the results it gave before failing.
    /// </summary>
    private static IEnumerable<ReadResult> Guarded(string name, Func<IEnumerable<ReadResult>> read)
    {
        using var results = read().GetEnumerator();
        while (true)
        {
            ReadResult current;
            ReadError? failure = null;
            try
            {
                if (!results.MoveNext()) yield break;
                current = results.Current;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                current = default;
                failure = new ReadError(name, 0, $"cannot read: {e.Message}");
            }
            if (failure is not null)
            {
                yield return ReadResult.Fail(failure);
                yield break;
            }
            yield return current;
        }
    }

    /// <summary>The whole stream, or null when it is longer than <paramref name="max"/> bytes.</summary>
    private static byte[]? ReadAll(Stream stream, int max)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > max) return null;
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }

    private static ReadResult Fail(string name, string reason) => ReadResult.Fail(new ReadError(name, 0, reason));

    private static ReadResult Counted(ReadSummary summary, ReadResult result)
    {
        if (result.Article is not null) summary.Articles++;
        else summary.Skipped++;
        return result;
    }

    private static Action<ReadError> Counting(ReadSummary summary, Action<ReadError>? onWarning) => warning =>
    {
        summary.Warnings++;
        onWarning?.Invoke(warning);
    };
}
