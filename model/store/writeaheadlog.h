#pragma once

namespace archboard::store {

class Database;

// While a document is open for writing it keeps a write-ahead log beside
// it: a commit then costs one sync of the log instead of several of the
// file and a journal. Closing copies the log into the file and removes it,
// so a closed document is always one file that can be copied and shared.
void useWriteAheadLog(Database& db);
void leaveWriteAheadLog(Database& db);

} // namespace archboard::store
