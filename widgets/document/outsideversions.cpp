// DesignDocument: versions another program adds while the document is open
// (the rest: designdocument.cpp).
#include "designdocument.h"
#include "widgets/document/filewatcher.h"
#include "widgets/stringconvert.h"

#include <exception>

namespace archboard {

void DesignDocument::watchStore() {
    m_watcher->watch(m_store && !m_store->isReadOnly() ? m_filePath : QString());
}

std::vector<store::VersionInfo> DesignDocument::outsideVersions() const {
    std::vector<store::VersionInfo> added = versions();
    if (m_store)
        std::erase_if(added, [base = m_store->baseVersion()](const store::VersionInfo& version) {
            return version.number <= base;
        });
    return added;
}

void DesignDocument::checkForOutsideVersions() {
    if (!m_store)
        return;
    try {
        // data_version first: the own autosaves that wake the watcher cost
        // one pragma, not a read of the version list.
        if (!m_store->changedElsewhere() || m_store->versionsAfterBase().empty())
            return;
    } catch (const std::exception&) {
        // A document that cannot be read now is reported when it is written.
        return;
    }
    Q_EMIT versionsChanged();
    Q_EMIT outsideVersionsAdded();
}

QString DesignDocument::reloadLatest() {
    if (!m_store)
        return tr("The design has no versions.");
    DesignData latest;
    try {
        latest = m_store->readLatest();
        m_store->adoptLatest();
    } catch (const std::exception& error) {
        return toQString(error.what());
    }
    showVersion(std::move(latest));
    // The working copy follows: the dropped edits are no longer unsaved work.
    autosave();
    Q_EMIT versionsChanged();
    return {};
}

void DesignDocument::keepDesignOnLatest() {
    if (!m_store)
        return;
    try {
        m_store->adoptLatest();
    } catch (const std::exception&) {
        return;
    }
    // The design now differs from the latest version, which it does not
    // contain: saving it is a version of its own.
    setModified(true);
    if (!m_store->isReadOnly())
        autosave();
}

} // namespace archboard
