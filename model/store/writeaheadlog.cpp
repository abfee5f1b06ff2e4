#include "writeaheadlog.h"

#include "sqlite.h"

#include <sqlite3.h>

namespace archboard::store {

void useWriteAheadLog(Database& db) {
    try {
        db.execute("PRAGMA journal_mode = WAL");
    } catch (const StoreError&) {
        // Another program has the file open: stay with the rollback journal.
    }
}

void leaveWriteAheadLog(Database& db) {
    // Without waiting: while another program has the document open, its
    // connection ends the log when it closes.
    sqlite3_busy_timeout(db.handle(), 0);
    try {
        db.execute("PRAGMA journal_mode = DELETE");
    } catch (const StoreError&) {
        // Another connection still uses the log; the last one to close ends it.
    }
}

} // namespace archboard::store
