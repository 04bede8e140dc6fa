"""Zero every CUDA cubin of a shared library except those for one SM architecture, so the file compresses small.

usage: python3 tools/gpu/keep_sm.py IN.so OUT.so 90

Used once, for the GPU measurement of 2026-11-26 (README, "GPU"): the workplace's GPU machine takes at most 64 MiB of files
per call and ONNX Runtime's CUDA provider (libonnxruntime_providers_cuda.so, 284 MB, 218 MB of it cubins for sm_75 to
sm_120) compresses to 186 MB. Zeroing the cubins of the architectures the H100 does not load (every fat binary that holds
any cubin also holds an sm_90 one) leaves 52 MB after xz. The fat-binary headers stay, so the CUDA runtime still finds and
loads the sm_90 cubin of every module; the scores matched the CPU's (tools/gpu/device_bench.sh --device-check).
Not for production: ship the package's library as it is.
"""
import struct
import sys

FATBIN_MAGIC = 0xBA55ED50


def fatbin_section(data):
    """(offset, size) of the ELF section .nv_fatbin."""
    shoff = struct.unpack_from('<Q', data, 0x28)[0]
    shentsize, shnum, shstrndx = struct.unpack_from('<HHH', data, 0x3A)
    str_off = struct.unpack_from('<Q', data, shoff + shstrndx * shentsize + 0x18)[0]
    for i in range(shnum):
        h = shoff + i * shentsize
        name_off = struct.unpack_from('<I', data, h)[0]
        end = data.index(b'\0', str_off + name_off)
        if data[str_off + name_off:end] == b'.nv_fatbin':
            return struct.unpack_from('<Q', data, h + 0x18)[0], struct.unpack_from('<Q', data, h + 0x20)[0]
    raise SystemExit('no .nv_fatbin section')


def main(src, dst, keep):
    data = bytearray(open(src, 'rb').read())
    off, size = fatbin_section(data)
    p, end, kept, zeroed = off, off + size, 0, 0
    while p < end:
        magic, _version, header, fat_size = struct.unpack_from('<IHHQ', data, p)
        if magic != FATBIN_MAGIC:
            p += 8  # fat binaries are 8-byte aligned; padding between them
            continue
        q, stop = p + header, p + header + fat_size
        while q < stop:
            _kind, _v, entry_header, payload = struct.unpack_from('<HHIQ', data, q)
            sm = struct.unpack_from('<I', data, q + 28)[0]
            if sm == keep:
                kept += payload
            else:
                data[q + entry_header:q + entry_header + payload] = bytes(payload)
                zeroed += payload
            q += entry_header + payload
        p = stop
    open(dst, 'wb').write(data)
    print(f'kept {kept / 1e6:.1f} MB of sm_{keep} cubins, zeroed {zeroed / 1e6:.1f} MB')


if __name__ == '__main__':
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
