namespace Bantin.Text.Tokens;

/// <summary>What a pre-tokenizer token is. The word segmenter, sentence splitter and entity recognizer read this.</summary>
public enum TokenKind : byte
{
    /// <summary>One well-formed Vietnamese syllable, any case and tone: <c>người</c>, <c>NGHIÊNG</c>.</summary>
    Syllable,
    /// <summary>Any other letter run, any script: <c>Minsk</c>, <c>iPhone</c>, <c>ôtô</c>, <c>北京</c>, a lone <c>V</c>.</summary>
    Foreign,
    /// <summary>Digits with <c>.</c>/<c>,</c> grouping or decimals: <c>1.000.000</c>, <c>3,5</c>. Never signed.</summary>
    Number,
    /// <summary><c>12/1</c>, <c>12/1/2018</c>, <c>6/2018</c>, <c>2018-01-12</c>, ranges <c>26 - 28/6</c>.</summary>
    Date,
    /// <summary><c>13h30</c>, <c>7h</c>, <c>7:30</c>, <c>7:30:15</c>.</summary>
    Time,
    /// <summary><c>50%</c>, <c>3,5%</c>, <c>50 %</c>.</summary>
    Percent,
    /// <summary>A number with a unit or currency: <c>500 triệu USD</c>, <c>30 km</c>, <c>100.000đ</c>, <c>$5</c>.</summary>
    Amount,
    /// <summary><c>https://vnexpress.net/a-b.html</c>, <c>www.x.vn</c>, <c>vnexpress.net</c> (known top-level domain).</summary>
    Url,
    /// <summary><c>a@b.vn</c>.</summary>
    Email,
    /// <summary><c>#bantin</c>.</summary>
    Hashtag,
    /// <summary><c>@user</c>.</summary>
    Mention,
    /// <summary>
    /// A listed abbreviation (<c>TP.HCM</c>, <c>ThS.</c>, <c>v.v.</c>, <c>TP. HCM</c>), an upper-case acronym that is not a
    /// syllable (<c>UBND</c>, <c>APEC</c>), or an upper-case code with digits (<c>Q.1</c>, <c>U23</c>, <c>4G</c>).
    /// </summary>
    Abbreviation,
    /// <summary>One punctuation mark; a run of dots (<c>...</c>) is one token.</summary>
    Punctuation,
    /// <summary>
    /// A symbol (<c>+ = / &amp; * § ©</c>), a control or format character, a stray combining mark, a lone surrogate.
    /// </summary>
    Symbol,
    /// <summary>An emoji with its modifiers and joiners, or any other non-letter character outside the BMP.</summary>
    Emoji,
}
