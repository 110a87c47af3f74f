using System.Globalization;
using System.Numerics;

namespace NewsBot.Evaluation;

/// <summary>Numbers printed exactly as the shared Python scorers print them, so their output and ours can be compared as text.</summary>
public static class PythonFormat
{
    /// <summary>
    /// Python's <c>f"{x:.3f}"</c> for a non-negative finite value: the exact binary value rounded to thousandths, ties to
    /// even. .NET's own formatting rounds a 15-digit approximation (0.0375 would print 0.038 where Python prints 0.037).
    /// </summary>
    public static string Fixed3(double value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        var bits = BitConverter.DoubleToInt64Bits(value);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        var (significand, power) = exponent == 0 ? (mantissa, -1074) : (mantissa | (1L << 52), exponent - 1075);
        var thousandths = new BigInteger(significand) * 1000;
        if (power >= 0)
        {
            thousandths <<= power;
        }
        else
        {
            var denominator = BigInteger.One << -power;
            var quotient = BigInteger.DivRem(thousandths, denominator, out var remainder);
            var twice = remainder * 2;
            thousandths = twice > denominator || (twice == denominator && !quotient.IsEven) ? quotient + 1 : quotient;
        }

        var digits = thousandths.ToString(CultureInfo.InvariantCulture).PadLeft(4, '0');
        return digits[..^3] + "." + digits[^3..];
    }
}
