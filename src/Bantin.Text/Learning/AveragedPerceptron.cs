namespace Bantin.Text.Learning;

/// <summary>
/// Trains a <see cref="LinearModel"/> as an averaged perceptron over hashed features: call <see cref="Learn"/> once per
/// example, in a fixed order, and take <see cref="Model"/> at the end. Deterministic: same examples, same model.
/// </summary>
public sealed class AveragedPerceptron(int hashBits)
{
    private readonly float[] _weights = new float[1 << hashBits];
    private readonly double[] _totals = new double[1 << hashBits];   // sums of clock × update: beyond float's precision
    private readonly uint _mask = (1u << hashBits) - 1;
    private long _clock = 1;

    public float Score(ReadOnlySpan<uint> features)
    {
        float sum = 0;
        foreach (uint h in features) sum += _weights[h & _mask];
        return sum;
    }

    /// <summary>Scores one example and updates on a mistake; returns whether it was one.</summary>
    public bool Learn(ReadOnlySpan<uint> features, bool label)
    {
        bool mistake = Score(features) > 0 != label;
        if (mistake)
        {
            int direction = label ? 1 : -1;
            foreach (uint h in features)
            {
                _weights[h & _mask] += direction;
                _totals[h & _mask] += direction * (double)_clock;
            }
        }
        _clock++;
        return mistake;
    }

    /// <summary>The averaged weights: each weight's mean over every example seen.</summary>
    public LinearModel Model()
    {
        var averaged = new float[_weights.Length];
        for (int k = 0; k < averaged.Length; k++) averaged[k] = (float)(_weights[k] - _totals[k] / _clock);
        return new LinearModel(averaged);
    }
}
