#pragma once

#include <cstdint>
#include <string>

namespace archboard::store {

class Database;

// Free space below which a document is written with the rollback journal:
// room for the log's index and a run of pages before a checkpoint.
inline constexpr std::uintmax_t kWriteAheadLogHeadroom = 4 * 1024 * 1024;

// While a document is open for writing it keeps a write-ahead log beside
// it: a commit then costs one sync of the log instead of several of the
// file and a journal. Closing copies the log into the file and removes it,
// so a closed document is always one file that can be copied and shared.
// True when the log is in use; false when another program holds the file
// or the disk is nearly full (writes then use the rollback journal).
bool useWriteAheadLog(Database& db, const std::string& path);
// Also after a write that ran out of room: the log is emptied first, so
// that its space serves the switch back. It does not wait for other
// programs; the connection's busy timeout is then `busyTimeoutAfterMs`.
void leaveWriteAheadLog(Database& db, int busyTimeoutAfterMs = 0);

} // namespace archboard::store
