namespace Bantin.Search.Indexing;

/// <summary>An index that cannot be used as asked: locked by another writer, damaged, missing. The message says what to do.</summary>
public sealed class IndexException(string message, Exception? inner = null) : Exception(message, inner);
