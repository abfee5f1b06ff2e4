#pragma once

// An SQLite VFS that passes everything to the system's, except that it can
// fail the Nth write-side call (write, truncate, sync) after being armed:
// fault injection at every write of a commit, in turn.

#include <sqlite3.h>

namespace faultvfs {

struct State {
    int failAt = 0;     // the armed call that fails, counting from 1; 0: none
    int calls = 0;      // write-side calls since armed
    bool fired = false; // the fault was injected
    int code = SQLITE_IOERR_WRITE;
};

inline State& state() {
    static State s;
    return s;
}

// Arms the fault: the `n`th write-side call from now fails with `code`.
inline void arm(int n, int code) {
    state() = State{n, 0, false, code};
}
inline void disarm() {
    state().failAt = 0;
}

namespace detail {

struct File {
    sqlite3_file base;
    sqlite3_file* real;
};

inline sqlite3_vfs*& realVfs() {
    static sqlite3_vfs* vfs = nullptr;
    return vfs;
}

inline sqlite3_file* real(sqlite3_file* file) {
    return reinterpret_cast<File*>(file)->real;
}

// True when this call is the one to fail.
inline bool injectFault() {
    State& s = state();
    if (s.failAt == 0)
        return false;
    if (++s.calls != s.failAt)
        return false;
    s.fired = true;
    return true;
}

inline int failWith(int ioCode) {
    // A full disk reports itself as such; other faults as I/O errors.
    return state().code == SQLITE_FULL ? SQLITE_FULL : ioCode;
}

inline int xClose(sqlite3_file* f) {
    sqlite3_file* r = real(f);
    return r->pMethods ? r->pMethods->xClose(r) : SQLITE_OK;
}
inline int xRead(sqlite3_file* f, void* b, int n, sqlite3_int64 o) {
    return real(f)->pMethods->xRead(real(f), b, n, o);
}
inline int xWrite(sqlite3_file* f, const void* b, int n, sqlite3_int64 o) {
    if (injectFault())
        return failWith(SQLITE_IOERR_WRITE);
    return real(f)->pMethods->xWrite(real(f), b, n, o);
}
inline int xTruncate(sqlite3_file* f, sqlite3_int64 size) {
    if (injectFault())
        return failWith(SQLITE_IOERR_TRUNCATE);
    return real(f)->pMethods->xTruncate(real(f), size);
}
inline int xSync(sqlite3_file* f, int flags) {
    // A sync fails as an I/O error whatever the fault: the data was written.
    if (injectFault())
        return SQLITE_IOERR_FSYNC;
    return real(f)->pMethods->xSync(real(f), flags);
}
inline int xFileSize(sqlite3_file* f, sqlite3_int64* size) {
    return real(f)->pMethods->xFileSize(real(f), size);
}
inline int xLock(sqlite3_file* f, int l) {
    return real(f)->pMethods->xLock(real(f), l);
}
inline int xUnlock(sqlite3_file* f, int l) {
    return real(f)->pMethods->xUnlock(real(f), l);
}
inline int xCheckReservedLock(sqlite3_file* f, int* out) {
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
inline int xFileControl(sqlite3_file* f, int op, void* arg) {
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
inline int xSectorSize(sqlite3_file* f) {
    return real(f)->pMethods->xSectorSize(real(f));
}
inline int xDeviceCharacteristics(sqlite3_file* f) {
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
inline int xShmMap(sqlite3_file* f, int region, int size, int extend, void volatile** out) {
    return real(f)->pMethods->xShmMap(real(f), region, size, extend, out);
}
inline int xShmLock(sqlite3_file* f, int offset, int n, int flags) {
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
inline void xShmBarrier(sqlite3_file* f) {
    real(f)->pMethods->xShmBarrier(real(f));
}
inline int xShmUnmap(sqlite3_file* f, int deleteFlag) {
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}
inline int xFetch(sqlite3_file* f, sqlite3_int64 o, int n, void** out) {
    // No memory-mapped reads: every page goes through xRead.
    (void)f;
    (void)o;
    (void)n;
    *out = nullptr;
    return SQLITE_OK;
}
inline int xUnfetch(sqlite3_file* f, sqlite3_int64 o, void* p) {
    return real(f)->pMethods->xUnfetch(real(f), o, p);
}

inline const sqlite3_io_methods& methods() {
    static const sqlite3_io_methods m = {
        3,
        xClose,
        xRead,
        xWrite,
        xTruncate,
        xSync,
        xFileSize,
        xLock,
        xUnlock,
        xCheckReservedLock,
        xFileControl,
        xSectorSize,
        xDeviceCharacteristics,
        xShmMap,
        xShmLock,
        xShmBarrier,
        xShmUnmap,
        xFetch,
        xUnfetch,
    };
    return m;
}

inline int xOpen(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* outFlags) {
    auto* wrapper = reinterpret_cast<File*>(file);
    wrapper->real = reinterpret_cast<sqlite3_file*>(wrapper + 1);
    wrapper->real->pMethods = nullptr;
    const int rc = realVfs()->xOpen(realVfs(), name, wrapper->real, flags, outFlags);
    // SQLite calls xClose whenever pMethods is set, even after a failed open.
    wrapper->base.pMethods = wrapper->real->pMethods ? &methods() : nullptr;
    return rc;
}

} // namespace detail

// Makes the fault VFS SQLite's default for every connection opened after.
inline void install() {
    static sqlite3_vfs vfs;
    if (detail::realVfs())
        return;
    detail::realVfs() = sqlite3_vfs_find(nullptr);
    vfs = *detail::realVfs();
    vfs.zName = "archboard-fault";
    vfs.szOsFile = static_cast<int>(sizeof(detail::File)) + detail::realVfs()->szOsFile;
    vfs.xOpen = detail::xOpen;
    vfs.pNext = nullptr;
    sqlite3_vfs_register(&vfs, 1);
}

} // namespace faultvfs
