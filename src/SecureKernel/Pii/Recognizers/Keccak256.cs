using System.Buffers.Binary;
using System.Numerics;

namespace SecureKernel.Pii.Recognizers;

/// <summary>Keccak-256 (original Keccak padding, as used by Ethereum's EIP-55), for short inputs.</summary>
internal static class Keccak256
{
    private const int Rate = 136;

    private static readonly ulong[] s_roundConstants =
    [
        0x0000000000000001UL, 0x0000000000008082UL, 0x800000000000808aUL, 0x8000000080008000UL,
        0x000000000000808bUL, 0x0000000080000001UL, 0x8000000080008081UL, 0x8000000000008009UL,
        0x000000000000008aUL, 0x0000000000000088UL, 0x0000000080008009UL, 0x000000008000000aUL,
        0x000000008000808bUL, 0x800000000000008bUL, 0x8000000000008089UL, 0x8000000000008003UL,
        0x8000000000008002UL, 0x8000000000000080UL, 0x000000000000800aUL, 0x800000008000000aUL,
        0x8000000080008081UL, 0x8000000000008080UL, 0x0000000080000001UL, 0x8000000080008008UL,
    ];

    private static readonly int[] s_rotations =
    [
        0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14,
    ];

    public static void Hash(ReadOnlySpan<byte> input, Span<byte> output32)
    {
        Span<ulong> state = stackalloc ulong[25];
        state.Clear();
        Span<byte> block = stackalloc byte[Rate];
        while (input.Length >= Rate)
        {
            Absorb(state, input[..Rate]);
            input = input[Rate..];
        }

        block.Clear();
        input.CopyTo(block);
        block[input.Length] ^= 0x01;
        block[Rate - 1] ^= 0x80;
        Absorb(state, block);
        for (int i = 0; i < 4; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(output32.Slice(i * 8, 8), state[i]);
        }
    }

    private static void Absorb(Span<ulong> state, ReadOnlySpan<byte> block)
    {
        for (int i = 0; i < Rate / 8; i++)
        {
            state[i] ^= BinaryPrimitives.ReadUInt64LittleEndian(block.Slice(i * 8, 8));
        }

        Permute(state);
    }

    private static void Permute(Span<ulong> a)
    {
        Span<ulong> c = stackalloc ulong[5];
        Span<ulong> b = stackalloc ulong[25];
        for (int round = 0; round < 24; round++)
        {
            for (int x = 0; x < 5; x++)
            {
                c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            }

            for (int x = 0; x < 5; x++)
            {
                ulong d = c[(x + 4) % 5] ^ BitOperations.RotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5)
                {
                    a[y + x] ^= d;
                }
            }

            for (int x = 0; x < 5; x++)
            {
                for (int y = 0; y < 5; y++)
                {
                    b[y + (((2 * x) + (3 * y)) % 5 * 5)] = BitOperations.RotateLeft(a[x + (5 * y)], s_rotations[x + (5 * y)]);
                }
            }

            for (int x = 0; x < 5; x++)
            {
                for (int y = 0; y < 25; y += 5)
                {
                    a[y + x] = b[y + x] ^ (~b[y + ((x + 1) % 5)] & b[y + ((x + 2) % 5)]);
                }
            }

            a[0] ^= s_roundConstants[round];
        }
    }
}
