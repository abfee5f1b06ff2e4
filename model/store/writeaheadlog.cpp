#include "writeaheadlog.h"

#include "sqlite.h"

#include <filesystem>
#include <sqlite3.h>
#include <system_error>

namespace archboard::store {

bool useWriteAheadLog(Database& db, const std::string& path) {
    // The log and its index are files of their own: on a nearly full disk a
    // write could fail after the switch and leave them behind, unreadable
    // to others until space is freed. The rollback journal fails cleanly.
    std::error_code error;
    const std::filesystem::path folder = std::filesystem::path(path).parent_path();
    const auto space = std::filesystem::space(folder.empty() ? "." : folder, error);
    if (error || space.available < kWriteAheadLogHeadroom)
        return false;
    try {
        db.execute("PRAGMA journal_mode = WAL");
        return db.queryText("PRAGMA journal_mode") == "wal";
    } catch (const StoreError&) {
        // Another program has the file open: stay with the rollback journal.
        return false;
    }
}

void leaveWriteAheadLog(Database& db, int busyTimeoutAfterMs) {
    // Without waiting: while another program has the document open, its
    // connection ends the log when it closes.
    sqlite3_busy_timeout(db.handle(), 0);
    struct RestoreTimeout {
        Database& db;
        int ms;
        ~RestoreTimeout() { sqlite3_busy_timeout(db.handle(), ms); }
    } restore{db, busyTimeoutAfterMs};
    // Empties the log first: after a write that ran out of room, the space
    // its frames hold is what ending the log needs for the rollback journal.
    try {
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (const StoreError&) {
        // The log holds committed pages that do not fit into the file yet.
    }
    try {
        db.execute("PRAGMA journal_mode = DELETE");
    } catch (const StoreError&) {
        // Another connection still uses the log; the last one to close ends it.
    }
}

} // namespace archboard::store
