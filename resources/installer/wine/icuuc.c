/* Stub icuuc.dll for Wine: BUILD AND TEST TOOLING ONLY, never shipped to users.
 *
 * Qt6Core.dll (PySide6 for Windows) imports 20 ucnv_* functions from icuuc.dll, the ICU library
 * that Windows 10 (1703 and later) ships in System32. Wine does not have it, so without this
 * stub no Qt program starts in a Wine prefix. build_windows.py compiles it with mingw into the
 * build/test prefix's system32; PyInstaller treats System32 DLLs as part of Windows and leaves
 * them out of the bundle (build_windows.py checks that), so on a real PC Qt uses Windows' ICU.
 *
 * Every converter fails to open (U_UNSUPPORTED_ERROR): Qt then uses its own UTF-8/UTF-16/Latin-1
 * codecs, which is all Sổ Thi Đua needs (its files are UTF-8). The other functions are never
 * reached without a converter; they answer "nothing" safely.
 */
#include <stdint.h>
#include <stddef.h>

#define EXPORT __declspec(dllexport)
typedef int UErrorCode;
typedef uint16_t UChar;
enum { U_UNSUPPORTED_ERROR = 16 };

static void fail(UErrorCode *err) { if (err && *err <= 0) *err = U_UNSUPPORTED_ERROR; }

EXPORT void *ucnv_open(const char *name, UErrorCode *err) { (void)name; fail(err); return NULL; }
EXPORT void ucnv_close(void *cnv) { (void)cnv; }
EXPORT void ucnv_reset(void *cnv) { (void)cnv; }
EXPORT int8_t ucnv_getMaxCharSize(const void *cnv) { (void)cnv; return 1; }
EXPORT const char *ucnv_getName(const void *cnv, UErrorCode *err) { (void)cnv; fail(err); return NULL; }
EXPORT void ucnv_getToUCallBack(const void *cnv, void **action, const void **ctx)
{ (void)cnv; if (action) *action = NULL; if (ctx) *ctx = NULL; }
EXPORT void ucnv_getFromUCallBack(const void *cnv, void **action, const void **ctx)
{ (void)cnv; if (action) *action = NULL; if (ctx) *ctx = NULL; }
EXPORT void ucnv_setToUCallBack(void *cnv, void *action, const void *ctx, void **old_action,
                                const void **old_ctx, UErrorCode *err)
{ (void)cnv; (void)action; (void)ctx; if (old_action) *old_action = NULL;
  if (old_ctx) *old_ctx = NULL; fail(err); }
EXPORT void ucnv_setFromUCallBack(void *cnv, void *action, const void *ctx, void **old_action,
                                  const void **old_ctx, UErrorCode *err)
{ (void)cnv; (void)action; (void)ctx; if (old_action) *old_action = NULL;
  if (old_ctx) *old_ctx = NULL; fail(err); }
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *ctx, void *args, const UChar *units,
                                            int32_t length, int32_t code_point, int reason,
                                            UErrorCode *err)
{ (void)ctx; (void)args; (void)units; (void)length; (void)code_point; (void)reason; fail(err); }
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *ctx, void *args, const char *units,
                                          int32_t length, int reason, UErrorCode *err)
{ (void)ctx; (void)args; (void)units; (void)length; (void)reason; fail(err); }
EXPORT void ucnv_cbToUWriteUChars(void *args, const UChar *source, int32_t length,
                                  int32_t offset_index, UErrorCode *err)
{ (void)args; (void)source; (void)length; (void)offset_index; fail(err); }
EXPORT void ucnv_cbFromUWriteUChars(void *args, const UChar **source, const UChar *limit,
                                    int32_t offset_index, UErrorCode *err)
{ (void)args; (void)source; (void)limit; (void)offset_index; fail(err); }
EXPORT void ucnv_toUnicode(void *cnv, UChar **target, const UChar *target_limit,
                           const char **source, const char *source_limit, int32_t *offsets,
                           int8_t flush, UErrorCode *err)
{ (void)cnv; (void)target; (void)target_limit; (void)source; (void)source_limit; (void)offsets;
  (void)flush; fail(err); }
EXPORT void ucnv_fromUnicode(void *cnv, char **target, const char *target_limit,
                             const UChar **source, const UChar *source_limit, int32_t *offsets,
                             int8_t flush, UErrorCode *err)
{ (void)cnv; (void)target; (void)target_limit; (void)source; (void)source_limit; (void)offsets;
  (void)flush; fail(err); }
EXPORT int32_t ucnv_toUCountPending(const void *cnv, UErrorCode *err) { (void)cnv; fail(err); return 0; }
EXPORT int32_t ucnv_fromUCountPending(const void *cnv, UErrorCode *err) { (void)cnv; fail(err); return 0; }
EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *err)
{ (void)name; (void)standard; fail(err); return NULL; }
EXPORT const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
EXPORT int32_t ucnv_countAvailable(void) { return 0; }
