#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace archboard::store {

class Database;
class Statement;

// A row of the `version` table as stored, with its checksum.
struct VersionRow {
    std::int64_t number = 0;
    std::string created;
    std::string author;
    std::string message;
    std::int64_t components = 0;
    std::int64_t connections = 0;
    std::optional<std::int64_t> restoredFrom;
    std::optional<std::int64_t> base;
    std::string content;
    // None for a version stored before documents carried checksums (schema 1)
    // whose bytes could not be read when the document was migrated.
    std::optional<std::int64_t> checksum;
};

// The `version` columns readVersionRow() expects, in its order.
inline constexpr const char* kVersionColumns =
    "number, created, author, message, components, connections, restored_from, base, content, "
    "checksum";

VersionRow readVersionRow(const Statement& statement);

// The checksum of every field but the checksum itself.
std::int64_t checksumOf(const VersionRow& row);

// True unless the row carries a checksum that its fields do not match.
inline bool passesChecksum(const VersionRow& row) {
    return !row.checksum || *row.checksum == checksumOf(row);
}

// The working copy's checksum, over the same fields it is stored with.
std::int64_t workingCopyChecksum(std::optional<std::int64_t> base, const std::string& saved,
                                 bool changed, const std::string& content);

// Fills in the checksum of every row that has none (a document of schema 1
// being migrated). Rows whose bytes cannot be read keep none: the check
// reports them.
void addMissingChecksums(Database& db);

} // namespace archboard::store
