/* Stub bcryptprimitives.dll for Wine 8: BUILD AND TEST TOOLING ONLY, never shipped to users.
 *
 * Rust extension modules (cryptography's _rust.pyd, via the Rust standard library) get random
 * bytes from ProcessPrng in bcryptprimitives.dll, which every Windows 10/11 has and Wine 8.0 lacks.
 * This stub exports ProcessPrng over BCryptGenRandom (the system RNG, which Wine implements).
 * build_windows.py compiles it with mingw into the build/test Wine prefix's system32; it is
 * never part of the bundle (build_windows.py checks that).
 */
#include <windows.h>
#include <bcrypt.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)
{
    while (size > 0) {
        ULONG chunk = size > 0x40000000 ? 0x40000000 : (ULONG)size;
        if (BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0)
            return FALSE;
        data += chunk;
        size -= chunk;
    }
    return TRUE;
}
