#include "schema.h"

#include "sqlite.h"
#include "storedrow.h"

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

// Version 2: each version and the working copy carry a checksum of their
// fields (storedrow.h), verified whenever they are read, so that bytes
// changed on the disk are reported instead of read as a different design.
void addChecksums(Database& db) {
    db.execute("ALTER TABLE version ADD COLUMN checksum INTEGER;"
               "ALTER TABLE working_copy ADD COLUMN checksum INTEGER;");
    addMissingChecksums(db);
}

// migrations[i] takes schema i + 1 to i + 2.
constexpr std::array<Migration, kSchemaVersion - 1> kMigrations{addChecksums};

void setVersion(Database& db, int version) {
    // PRAGMA takes no parameters; `version` is a number from this file.
    db.execute(("PRAGMA user_version = " + std::to_string(version)).c_str());
}

} // namespace

void createSchema(Database& db) {
    db.execute(("PRAGMA application_id = " + std::to_string(kApplicationId)).c_str());
    db.execute(kSchemaV1);
    // A new document is made as the oldest schema and migrated, so that every
    // document, old or new, arrives at the same tables.
    migrateSchema(db, 1);
}

void migrateSchema(Database& db, int from) {
    for (int version = from; version < kSchemaVersion; ++version) {
        kMigrations[static_cast<std::size_t>(version - 1)](db);
        setVersion(db, version + 1);
    }
}

} // namespace archboard::store
