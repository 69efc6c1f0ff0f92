namespace Bantin.Text.Evaluation;

/// <summary>
/// The Mersenne Twister of CPython's <c>random.Random(seed)</c> for small integer seeds, with <c>randint</c>.
/// Evaluations rebuild the reference scorers' test material exactly, so both report the same figures.
/// </summary>
public sealed class PythonRandom
{
    private const int N = 624, M = 397;
    private readonly uint[] _mt = new uint[N];
    private int _index = N + 1;

    public PythonRandom(uint seed) => InitByArray([seed]);

    /// <summary><c>random.randint(a, b)</c>: a ≤ result ≤ b.</summary>
    public int RandInt(int a, int b) => a + RandBelow(b - a + 1);

    /// <summary><c>random.randrange(n)</c>: 0 ≤ result &lt; n.</summary>
    public int RandRange(int n) => RandBelow(n);

    /// <summary><c>random.random()</c>: a double in [0, 1) from 53 random bits.</summary>
    public double Random()
    {
        uint a = Next() >> 5, b = Next() >> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    // CPython's _randbelow_with_getrandbits: draw bit_length(n) bits until the value is below n.
    private int RandBelow(int n)
    {
        if (n <= 0) throw new ArgumentOutOfRangeException(nameof(n));
        int k = 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)n); // n.bit_length()
        uint r = Next() >> (32 - k);
        while (r >= n) r = Next() >> (32 - k);
        return (int)r;
    }

    private void InitGenrand(uint s)
    {
        _mt[0] = s;
        for (int i = 1; i < N; i++) _mt[i] = 1812433253u * (_mt[i - 1] ^ (_mt[i - 1] >> 30)) + (uint)i;
        _index = N;
    }

    private void InitByArray(uint[] key)
    {
        InitGenrand(19650218u);
        int i = 1, j = 0;
        for (int k = Math.Max(N, key.Length); k > 0; k--)
        {
            _mt[i] = (_mt[i] ^ ((_mt[i - 1] ^ (_mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint)j;
            i++; j++;
            if (i >= N) { _mt[0] = _mt[N - 1]; i = 1; }
            if (j >= key.Length) j = 0;
        }
        for (int k = N - 1; k > 0; k--)
        {
            _mt[i] = (_mt[i] ^ ((_mt[i - 1] ^ (_mt[i - 1] >> 30)) * 1566083941u)) - (uint)i;
            i++;
            if (i >= N) { _mt[0] = _mt[N - 1]; i = 1; }
        }
        _mt[0] = 0x80000000u;
    }

    private uint Next()
    {
        if (_index >= N)
        {
            for (int kk = 0; kk < N; kk++)
            {
                uint y = (_mt[kk] & 0x80000000u) | (_mt[(kk + 1) % N] & 0x7fffffffu);
                _mt[kk] = _mt[(kk + M) % N] ^ (y >> 1) ^ ((y & 1) != 0 ? 0x9908b0dfu : 0u);
            }
            _index = 0;
        }
        uint x = _mt[_index++];
        x ^= x >> 11;
        x ^= (x << 7) & 0x9d2c5680u;
        x ^= (x << 15) & 0xefc60000u;
        x ^= x >> 18;
        return x;
    }
}
