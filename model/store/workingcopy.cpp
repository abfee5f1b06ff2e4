// Document: the working copy, the design as last edited, saved within a
// second of each edit whether or not it became a version.
#include "designdelta.h"
#include "document.h"
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
    const std::string content = statement.blob(1);
    DesignParts base;
    if (!statement.isNull(0))
        base = chainOf(static_cast<int>(statement.integer(0))).parts;
    return applyDelta(std::move(base), content);
}

DesignData Document::readWorkingCopy() {
    return toDesign(workingParts(), "the working copy");
}

void Document::saveWorkingCopy(const DesignData& design) {
    prepareWrite();
    const DesignParts parts = split(design);
    Transaction transaction(*m_db);
    if (m_base > 0)
        writeWorkingCopy(m_base, chainOf(m_base).parts, parts);
    else
        writeWorkingCopy(std::nullopt, DesignParts{}, parts);
    transaction.commit();
}

void Document::writeWorkingCopy(const std::optional<int>& base, const DesignParts& baseParts,
                                const DesignParts& parts) {
    const bool changed =
        base ? (&baseParts != &parts && baseParts != parts) : parts != emptyDesignParts();
    Statement statement(*m_db, "INSERT OR REPLACE INTO working_copy (id, base, saved, changed, "
                               "content) VALUES (1, ?1, ?2, ?3, ?4)");
    if (base)
        statement.bind(1, std::int64_t{*base});
    else
        statement.bindNull(1);
    statement.bind(2, utcNow())
        .bind(3, std::int64_t{changed ? 1 : 0})
        .bindBlob(4, encodeDelta(baseParts, parts))
        .run();
}

} // namespace archboard::store
