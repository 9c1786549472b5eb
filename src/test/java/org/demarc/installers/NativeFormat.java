package org.demarc.installers;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** What machine a native library was built for, read from its header: ELF, Mach-O or PE. */
enum NativeFormat {
    LINUX_X64, MACOS_X64, MACOS_AARCH64, WINDOWS_X64, OTHER;

    private static final int MACH_O_64 = 0xfeedfacf;
    private static final int CPU_X86_64 = 0x01000007;
    private static final int CPU_ARM64 = 0x0100000c;
    private static final int ELF_X86_64 = 0x3e;
    private static final int PE_AMD64 = 0x8664;

    static NativeFormat of(byte[] lib) {
        ByteBuffer b = ByteBuffer.wrap(lib).order(ByteOrder.LITTLE_ENDIAN);
        if (lib.length < 64) {
            return OTHER;
        }
        if (b.getInt(0) == MACH_O_64) {
            int cpu = b.getInt(4);
            return cpu == CPU_X86_64 ? MACOS_X64 : cpu == CPU_ARM64 ? MACOS_AARCH64 : OTHER;
        }
        if (lib[0] == 0x7f && lib[1] == 'E' && lib[2] == 'L' && lib[3] == 'F') {
            return b.getShort(18) == ELF_X86_64 ? LINUX_X64 : OTHER;
        }
        if (lib[0] == 'M' && lib[1] == 'Z') {
            int pe = b.getInt(0x3c);
            boolean signed = pe > 0 && pe + 6 <= lib.length && b.getInt(pe) == 0x00004550;
            return signed && (b.getShort(pe + 4) & 0xffff) == PE_AMD64 ? WINDOWS_X64 : OTHER;
        }
        return OTHER;
    }
}
