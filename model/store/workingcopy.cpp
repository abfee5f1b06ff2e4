// Document: the working copy, the design as last edited, saved within a
// second of each edit whether or not it became a version.
#include "designdelta.h"
#include "document.h"
#include "storedrow.h"
#include "timestamp.h"

namespace archboard::store {

namespace {

DesignParts emptyDesignParts() {
    return splitDesign(DesignData{});
}

} // namespace

std::optional<WorkingCopyInfo> Document::workingCopyInfo() {
    Statement statement(*m_db, "SELECT base, saved, changed FROM working_copy WHERE id = 1");
    if (!statement.step())
        return std::nullopt;
    WorkingCopyInfo info;
    if (!statement.isNull(0))
        info.base = static_cast<int>(statement.integer(0));
    info.saved = statement.text(1);
    info.changed = statement.integer(2) != 0;
    return info;
}

bool Document::hasUnsavedWork() {
    const auto info = workingCopyInfo();
    return info && info->changed;
}

namespace {

// The working copy's row, read once: its fields, and whether they match
// the checksum stored with them.
constexpr const char* kWorkingCopyRow =
    "SELECT base, saved, changed, content, checksum FROM working_copy WHERE id = 1";

struct WorkingCopyRow {
    std::optional<std::int64_t> base;
    std::string content;
    bool intact = true; // no checksum (schema 1) counts as intact
};

WorkingCopyRow readWorkingCopyRow(const Statement& statement) {
    WorkingCopyRow row;
    if (!statement.isNull(0))
        row.base = statement.integer(0);
    row.content = statement.blob(3);
    if (!statement.isNull(4))
        row.intact =
            statement.integer(4) == workingCopyChecksum(row.base, statement.text(1),
                                                        statement.integer(2) != 0, row.content);
    return row;
}

} // namespace

DesignParts Document::workingParts() {
    Statement statement(*m_db, kWorkingCopyRow);
    if (!statement.step()) {
        const int latest = latestVersion();
        return latest > 0 ? chainOf(latest).parts : emptyDesignParts();
    }
    WorkingCopyRow row = readWorkingCopyRow(statement);
    if (!row.intact)
        throw StoreError("the document is damaged (the working copy fails its checksum)");
    DesignParts base;
    if (row.base)
        base = chainOf(static_cast<int>(*row.base)).parts;
    return applyDelta(std::move(base), row.content);
}

bool Document::workingCopyIntact() {
    Statement statement(*m_db, kWorkingCopyRow);
    return !statement.step() || readWorkingCopyRow(statement).intact;
}

DesignData Document::readWorkingCopy() {
    return toDesign(workingParts(), "the working copy");
}

void Document::saveWorkingCopy(const DesignData& design) {
    prepareWrite();
    const DesignParts parts = split(design);
    try {
        Transaction transaction(*m_db);
        if (m_base > 0)
            writeWorkingCopy(m_base, chainOf(m_base).parts, parts);
        else
            writeWorkingCopy(std::nullopt, DesignParts{}, parts);
        transaction.commit();
    } catch (const StoreError& error) {
        afterFailedWrite(error);
        throw;
    }
}

void Document::writeWorkingCopy(const std::optional<int>& base, const DesignParts& baseParts,
                                const DesignParts& parts) {
    const bool changed =
        base ? (&baseParts != &parts && baseParts != parts) : parts != emptyDesignParts();
    const std::optional<std::int64_t> baseNumber =
        base ? std::optional<std::int64_t>(*base) : std::nullopt;
    const std::string saved = utcNow();
    const std::string content = encodeDelta(baseParts, parts);
    Statement statement(*m_db, "INSERT OR REPLACE INTO working_copy (id, base, saved, changed, "
                               "content, checksum) VALUES (1, ?1, ?2, ?3, ?4, ?5)");
    if (baseNumber)
        statement.bind(1, *baseNumber);
    else
        statement.bindNull(1);
    statement.bind(2, saved)
        .bind(3, std::int64_t{changed ? 1 : 0})
        .bindBlob(4, content)
        .bind(5, workingCopyChecksum(baseNumber, saved, changed, content))
        .run();
}

} // namespace archboard::store
