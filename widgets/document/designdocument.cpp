#include "designdocument.h"

#include "model/json/designjson.h"
#include "model/source/designsource.h"
#include "model/source/savedesign.h"
#include "widgets/critique/critiquesession.h"
#include "widgets/document/filewatcher.h"
#include "widgets/stringconvert.h"

#include <exception>
#include <filesystem>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <QUndoStack>

namespace archboard {

namespace {

std::filesystem::path toFsPath(const QString& path) {
    // Local 8-bit encoding, as the C library will see the name.
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

// `.archboard`, but not `.archboard.json`.
bool namesDocument(const QString& path) {
    return path.endsWith(QStringLiteral(".archboard"), Qt::CaseInsensitive);
}

store::CommitInfo commitInfo(const QString& author, const QString& message) {
    return {toStdString(author), toStdString(message)};
}

} // namespace

QString DesignDocument::author() const {
    const QString chosen = m_author.trimmed();
    return chosen.isEmpty() ? toQString(store::defaultAuthor()) : chosen;
}

DesignDocument::DesignDocument(QObject* parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
    , m_autosaveTimer(new QTimer(this))
    , m_watcher(new FileWatcher(this)) {
    qRegisterMetaType<DesignChange>();
    connect(m_watcher, &FileWatcher::touched, this, &DesignDocument::checkForOutsideVersions);
    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(kAutosaveDelayMs);
    connect(m_autosaveTimer, &QTimer::timeout, this, &DesignDocument::autosave);
    m_subscription =
        m_design.subscribe([this](const DesignChange& change) { onDesignChanged(change); });
}

DesignDocument::~DesignDocument() {
    // The last edits reach the working copy even when the window closes
    // within the autosave delay.
    flushAutosave();
    // The undo stack is destroyed with this object and clears itself as it
    // goes; whoever follows it must not hear of that from a half-destroyed
    // document.
    m_undoStack->blockSignals(true);
}

void DesignDocument::setModified(bool modified) {
    if (m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(m_modified);
}

CritiqueSession* DesignDocument::critiqueSession() {
    if (!m_critiqueSession)
        m_critiqueSession = new CritiqueSession(this);
    return m_critiqueSession;
}

QString DesignDocument::displayName() const {
    const QString title = toQString(m_design.info().title).trimmed();
    if (!title.isEmpty())
        return title;
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    return tr("Untitled design");
}

bool DesignDocument::isReadOnly() const {
    return m_store && m_store->isReadOnly();
}

bool DesignDocument::load(const QString& path, QStringList* problems) {
    source::SourcedDesign read;
    try {
        // A name ending in `@N` is still the file's: the app opens files.
        read =
            source::readDesign({toFsPath(path).string(), std::nullopt}, {.keepDocumentOpen = true});
    } catch (const std::exception& error) {
        // The readers report bad input as problems; this is for the rest
        // (out of memory, a file system error).
        read.load.problems.push_back({std::string(), error.what()});
    }
    if (!read.load.ok()) {
        if (problems) {
            problems->clear();
            for (const Problem& problem : read.load.problems)
                problems->append(toQString(problem.toString()));
            if (problems->isEmpty())
                problems->append(tr("The file could not be read."));
        }
        return false;
    }
    if (read.document)
        return showDocument(std::move(read.document), std::move(*read.load.design), path, problems);
    flushAutosave();
    m_store.reset();
    m_recoverable.reset();
    show(std::move(*read.load.design), path);
    watchStore();
    return true;
}

bool DesignDocument::showDocument(std::unique_ptr<store::Document> document, DesignData design,
                                  const QString& path, QStringList* problems) {
    std::optional<DesignData> recoverable;
    QString saved;
    bool neverSaved = false;
    try {
        neverSaved = document->latestVersion() == 0;
        if (!neverSaved && document->hasUnsavedWork()) {
            recoverable = document->readWorkingCopy();
            saved = toQString(document->workingCopyInfo()->saved);
        }
    } catch (const std::exception& error) {
        if (problems)
            *problems = QStringList{toQString(error.what())};
        return false;
    }
    flushAutosave();
    m_store = std::move(document);
    m_recoverable = std::move(recoverable);
    m_recoverableSaved = saved;
    show(std::move(design), path);
    // Before the first version, the working copy is the design itself.
    setModified(neverSaved && !m_design.components().empty());
    watchStore();
    Q_EMIT versionsChanged();
    return true;
}

void DesignDocument::show(DesignData design, const QString& path) {
    // The path first, so listeners of the reset see the new file.
    setFilePath(path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath());
    m_undoStack->clear();
    m_design.reset(std::move(design));
    setModified(false);
}

void DesignDocument::clear() {
    flushAutosave();
    m_store.reset();
    m_recoverable.reset();
    show(DesignData{}, QString());
    watchStore();
    Q_EMIT versionsChanged();
}

QString DesignDocument::save() {
    if (m_filePath.isEmpty())
        return tr("The design has no file name yet.");
    if (m_store)
        return saveVersion(QString());
    return saveAs(m_filePath);
}

QString DesignDocument::saveAs(const QString& path) {
    if (namesDocument(path)) {
        if (m_store && QFileInfo(path).absoluteFilePath() == m_filePath)
            return saveVersion(QString());
        std::unique_ptr<store::Document> document;
        try {
            const std::string target = toFsPath(path).string();
            store::Document::createWithVersion(target, m_design.data(),
                                               commitInfo(author(), QString()));
            document = store::Document::open(target, store::Document::Mode::ReadWrite);
        } catch (const std::exception& error) {
            return toQString(error.what());
        }
        flushAutosave();
        m_store = std::move(document);
        m_recoverable.reset();
    } else {
        std::string error;
        try {
            error = saveDesignFile(m_design.data(), toFsPath(path));
        } catch (const std::exception& exception) {
            error = exception.what();
        }
        if (!error.empty())
            return toQString(error);
        // From now on the design lives in the JSON file.
        flushAutosave();
        m_store.reset();
        m_recoverable.reset();
    }
    setFilePath(QFileInfo(path).absoluteFilePath());
    m_undoStack->setClean();
    setModified(false);
    watchStore();
    Q_EMIT versionsChanged();
    return {};
}

QString DesignDocument::saveVersion(const QString& message) {
    if (!m_store)
        return tr("Only an .archboard document keeps versions: save the design as one first.");
    if (m_store->isReadOnly())
        return tr("The document is read-only.");
    m_autosaveTimer->stop();
    try {
        const store::CommitResult result =
            m_store->commitOnBase(m_design.data(), commitInfo(author(), message));
        if (result.baseIsStale) {
            // The edits stay where they are: in the window and the working copy.
            if (m_modified)
                autosave();
            Q_EMIT versionsChanged();
            Q_EMIT outsideVersionsAdded();
            return tr("Another program added version %1 to this document: reload it, or keep "
                      "your design as a new version on top of it.")
                .arg(result.number);
        }
    } catch (const std::exception& error) {
        return toQString(error.what());
    }
    m_recoverable.reset();
    m_undoStack->setClean();
    setModified(false);
    Q_EMIT versionsChanged();
    return {};
}

std::vector<store::VersionInfo> DesignDocument::versions() const {
    if (!m_store)
        return {};
    try {
        return m_store->versions();
    } catch (const std::exception&) {
        return {};
    }
}

std::optional<DesignData> DesignDocument::readVersion(int number, QString* error) const {
    if (!m_store) {
        if (error)
            *error = tr("The design has no versions.");
        return std::nullopt;
    }
    try {
        return m_store->readVersion(number);
    } catch (const std::exception& failure) {
        if (error)
            *error = toQString(failure.what());
        return std::nullopt;
    }
}

QString DesignDocument::restoreVersion(int number) {
    if (!m_store)
        return tr("The design has no versions.");
    if (m_store->isReadOnly())
        return tr("The document is read-only.");
    DesignData restored;
    try {
        // Unsaved edits are kept as a version of their own, never dropped.
        if (m_modified)
            m_store->commit(
                m_design.data(),
                commitInfo(author(),
                           tr("Unsaved changes before restoring version %1").arg(number)));
        const store::CommitResult result =
            m_store->restore(number, commitInfo(author(), QString()));
        restored = m_store->readVersion(result.number);
    } catch (const std::exception& error) {
        Q_EMIT versionsChanged();
        return toQString(error.what());
    }
    showVersion(std::move(restored));
    Q_EMIT versionsChanged();
    return {};
}

void DesignDocument::showVersion(DesignData design) {
    m_autosaveTimer->stop();
    m_recoverable.reset();
    m_undoStack->clear();
    m_design.reset(std::move(design));
    setModified(false);
}

QString DesignDocument::recoverableWorkSaved() const {
    return m_recoverableSaved;
}

void DesignDocument::recoverWork() {
    if (!m_recoverable)
        return;
    DesignData design = std::move(*m_recoverable);
    m_recoverable.reset();
    m_undoStack->clear();
    m_design.reset(std::move(design));
    setModified(true);
}

void DesignDocument::discardRecoverableWork() {
    if (!m_recoverable)
        return;
    m_recoverable.reset();
    // The working copy becomes the latest version again.
    autosave();
}

QString DesignDocument::flushAutosave() {
    if (!m_autosaveTimer->isActive())
        return {};
    m_autosaveTimer->stop();
    QString error;
    try {
        if (m_store && !m_store->isReadOnly())
            m_store->saveWorkingCopy(m_design.data());
    } catch (const std::exception& failure) {
        error = toQString(failure.what());
    }
    return error;
}

void DesignDocument::autosave() {
    // Edits made before deciding about recovered work stay in memory, so
    // that the working copy still holds what may be recovered.
    if (!m_store || m_store->isReadOnly() || m_recoverable)
        return;
    try {
        m_store->saveWorkingCopy(m_design.data());
    } catch (const std::exception& error) {
        Q_EMIT autosaveFailed(toQString(error.what()));
    }
}

void DesignDocument::onDesignChanged(const DesignChange& change) {
    // A reset is a load or a close: it starts clean. Any other change is an
    // edit, saved to the working copy within a second. The timer is not
    // restarted by later edits, so steady editing still saves every delay.
    if (!change.reset) {
        setModified(true);
        if (m_store && !m_store->isReadOnly() && !m_autosaveTimer->isActive())
            m_autosaveTimer->start();
    }
    Q_EMIT changed(change);
}

void DesignDocument::setFilePath(const QString& path) {
    if (m_filePath == path)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged(m_filePath);
}

} // namespace archboard
