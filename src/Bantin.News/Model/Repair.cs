namespace Bantin.News.Model;

/// <summary>
/// One repair or inference made while reading: <see cref="Kind"/> in kebab-case (split-syllable, compose,
/// glued-paragraph, title-boundary, byline, credit, legacy-decode, …), the raw <see cref="Text"/> it concerns, and its
/// UTF-16 <see cref="Offset"/> in the raw input text.
/// </summary>
public readonly record struct Repair(string Kind, string Text, int Offset);
