#include "schema.h"

#include "sqlite.h"

#include <array>
#include <string>

namespace archboard::store {

namespace {

// Version 1. A version is a delta against `base` (an earlier version), or a
// full snapshot when `base` is NULL; `content` is designdelta.h's encoding.
// The working copy is one row, a delta against the version it started from.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE version (
    number        INTEGER PRIMARY KEY CHECK (number >= 1),
    created       TEXT    NOT NULL,
    author        TEXT    NOT NULL,
    message       TEXT    NOT NULL,
    components    INTEGER NOT NULL,
    connections   INTEGER NOT NULL,
    restored_from INTEGER REFERENCES version (number),
    base          INTEGER REFERENCES version (number) CHECK (base < number),
    content       BLOB    NOT NULL
);
CREATE TABLE working_copy (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    base    INTEGER REFERENCES version (number),
    saved   TEXT    NOT NULL,
    changed INTEGER NOT NULL,
    content BLOB    NOT NULL
);
CREATE TABLE document_property (
    key   TEXT PRIMARY KEY,
    value
);
)sql";

using Migration = void (*)(Database&);

// migrations[i] takes schema i + 1 to i + 2. Empty while 1 is the only schema.
constexpr std::array<Migration, kSchemaVersion - 1> kMigrations{};

void setVersion(Database& db, int version) {
    // PRAGMA takes no parameters; `version` is a number from this file.
    db.execute(("PRAGMA user_version = " + std::to_string(version)).c_str());
}

} // namespace

void createSchema(Database& db) {
    db.execute(("PRAGMA application_id = " + std::to_string(kApplicationId)).c_str());
    db.execute(kSchemaV1);
    setVersion(db, kSchemaVersion);
}

void migrateSchema(Database& db, int from) {
    for (int version = from; version < kSchemaVersion; ++version) {
        kMigrations[static_cast<std::size_t>(version - 1)](db);
        setVersion(db, version + 1);
    }
}

} // namespace archboard::store
