#include "storedrow.h"

#include "checksum.h"
#include "sqlite.h"

#include <vector>

namespace archboard::store {

namespace {

std::optional<std::int64_t> optionalInteger(const Statement& statement, int column) {
    if (statement.isNull(column))
        return std::nullopt;
    return statement.integer(column);
}

} // namespace

VersionRow readVersionRow(const Statement& statement) {
    VersionRow row;
    row.number = statement.integer(0);
    row.created = statement.text(1);
    row.author = statement.text(2);
    row.message = statement.text(3);
    row.components = statement.integer(4);
    row.connections = statement.integer(5);
    row.restoredFrom = optionalInteger(statement, 6);
    row.base = optionalInteger(statement, 7);
    row.content = statement.blob(8);
    row.checksum = optionalInteger(statement, 9);
    return row;
}

std::int64_t checksumOf(const VersionRow& row) {
    return Checksum()
        .add(row.number)
        .add(row.created)
        .add(row.author)
        .add(row.message)
        .add(row.components)
        .add(row.connections)
        .add(row.restoredFrom)
        .add(row.base)
        .add(row.content)
        .value();
}

std::int64_t workingCopyChecksum(std::optional<std::int64_t> base, const std::string& saved,
                                 bool changed, const std::string& content) {
    return Checksum().add(base).add(saved).add(std::int64_t{changed ? 1 : 0}).add(content).value();
}

void addMissingChecksums(Database& db) {
    std::vector<std::pair<std::int64_t, std::int64_t>> sums; // number, checksum
    std::optional<std::int64_t> workingCopySum;
    // A damaged page ends the reading: what could not be read stays without
    // a checksum, and checking the document says what is damaged.
    try {
        Statement rows(
            db, (std::string("SELECT ") + kVersionColumns + " FROM version WHERE checksum IS NULL")
                    .c_str());
        while (rows.step()) {
            const VersionRow row = readVersionRow(rows);
            sums.emplace_back(row.number, checksumOf(row));
        }
    } catch (const StoreError&) {
    }
    try {
        Statement copy(db, "SELECT base, saved, changed, content FROM working_copy "
                           "WHERE id = 1 AND checksum IS NULL");
        if (copy.step())
            workingCopySum = workingCopyChecksum(optionalInteger(copy, 0), copy.text(1),
                                                 copy.integer(2) != 0, copy.blob(3));
    } catch (const StoreError&) {
    }
    Statement update(db, "UPDATE version SET checksum = ?2 WHERE number = ?1");
    for (const auto& [number, sum] : sums) {
        update.reset();
        update.bind(1, number).bind(2, sum).run();
    }
    if (workingCopySum) {
        Statement set(db, "UPDATE working_copy SET checksum = ?1 WHERE id = 1");
        set.bind(1, *workingCopySum).run();
    }
}

} // namespace archboard::store
