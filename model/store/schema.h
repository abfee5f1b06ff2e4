#pragma once

#include <string_view>

namespace archboard::store {

class Database;

// Every SQLite database begins with these bytes.
inline constexpr std::string_view kSqliteHeader{"SQLite format 3\0", 16};
inline constexpr int kApplicationId = 0x41724264; // "ArBd"
// The schema this build writes. Every earlier one is migrated on open.
inline constexpr int kSchemaVersion = 2;

// Creates the current schema in an empty database, in the caller's transaction.
void createSchema(Database& db);

// Brings a database of schema `from` (1 ≤ from < kSchemaVersion) up to the
// current one, in the caller's transaction. Each step is one function, run
// in order, so a file of any earlier version arrives at the same schema.
void migrateSchema(Database& db, int from);

} // namespace archboard::store
