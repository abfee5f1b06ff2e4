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

DesignParts Document::workingParts() {
    Statement statement(*m_db, "SELECT base, content FROM working_copy WHERE id = 1");
    if (!statement.step()) {
        const int latest = latestVersion();
        return latest > 0 ? chainOf(latest).parts : emptyDesignParts();
    }
    if (!workingCopyIntact())
        throw StoreError("the document is damaged (the working copy fails its checksum)");
    std::optional<std::int64_t> baseNumber;
    if (!statement.isNull(0))
        baseNumber = statement.integer(0);
    const std::string content = statement.blob(1);
    DesignParts base;
    if (baseNumber)
        base = chainOf(static_cast<int>(*baseNumber)).parts;
    return applyDelta(std::move(base), content);
}

bool Document::workingCopyIntact() {
    Statement statement(*m_db, "SELECT base, saved, changed, content, checksum FROM working_copy "
                               "WHERE id = 1");
    if (!statement.step() || statement.isNull(4))
        return true;
    const std::optional<std::int64_t> base =
        statement.isNull(0) ? std::nullopt : std::optional<std::int64_t>(statement.integer(0));
    return statement.integer(4) == workingCopyChecksum(base, statement.text(1),
                                                       statement.integer(2) != 0,
                                                       statement.blob(3));
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
