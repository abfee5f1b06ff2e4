#include "designdocument.h"

#include "model/json/designjson.h"
#include "widgets/stringconvert.h"

#include <exception>
#include <filesystem>
#include <QFile>
#include <QFileInfo>
#include <QUndoStack>

namespace archboard {

namespace {

std::filesystem::path toFsPath(const QString& path) {
    // Local 8-bit encoding, as the C library will see the name.
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

} // namespace

DesignDocument::DesignDocument(QObject* parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this)) {
    qRegisterMetaType<DesignChange>();
    m_subscription =
        m_design.subscribe([this](const DesignChange& change) { onDesignChanged(change); });
}

DesignDocument::~DesignDocument() = default;

void DesignDocument::setModified(bool modified) {
    if (m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(m_modified);
}

QString DesignDocument::displayName() const {
    const QString title = toQString(m_design.info().title).trimmed();
    if (!title.isEmpty())
        return title;
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    return tr("Untitled");
}

bool DesignDocument::load(const QString& path, QStringList* problems) {
    LoadResult result;
    try {
        result = readDesignFile(toFsPath(path));
    } catch (const std::exception& error) {
        // The reader reports bad input as problems; this is for the rest
        // (out of memory, a file system error).
        result.problems.push_back({std::string(), error.what()});
    }
    if (!result.ok()) {
        if (problems) {
            problems->clear();
            for (const Problem& problem : result.problems)
                problems->append(toQString(problem.toString()));
            if (problems->isEmpty())
                problems->append(tr("The file could not be read."));
        }
        return false;
    }

    // The path first, so listeners of the reset see the new file.
    setFilePath(QFileInfo(path).absoluteFilePath());
    m_undoStack->clear();
    m_design.reset(std::move(*result.design));
    setModified(false);
    return true;
}

void DesignDocument::clear() {
    setFilePath(QString());
    m_undoStack->clear();
    m_design.reset(DesignData{});
    setModified(false);
}

QString DesignDocument::save() {
    if (m_filePath.isEmpty())
        return tr("The design has no file name yet.");
    return saveAs(m_filePath);
}

QString DesignDocument::saveAs(const QString& path) {
    std::string error;
    try {
        error = saveDesignFile(m_design.data(), toFsPath(path));
    } catch (const std::exception& exception) {
        error = exception.what();
    }
    if (!error.empty())
        return toQString(error);
    setFilePath(QFileInfo(path).absoluteFilePath());
    m_undoStack->setClean();
    setModified(false);
    return {};
}

void DesignDocument::onDesignChanged(const DesignChange& change) {
    // A reset is a load or a close: it starts clean. Any other change is an edit.
    if (!change.reset)
        setModified(true);
    Q_EMIT changed(change);
}

void DesignDocument::setFilePath(const QString& path) {
    if (m_filePath == path)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged(m_filePath);
}

} // namespace archboard
