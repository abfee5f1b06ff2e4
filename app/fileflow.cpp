#include "fileflow.h"

#include "exportdialog.h"
#include "recentfiles.h"
#include "versionactions.h"
#include "widgets/document/designdocument.h"
#include "widgets/export/designexport.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QStandardPaths>
#include <QStatusBar>

namespace archboard {

namespace {

// New designs are saved as documents, which keep their version history; the
// JSON form is one choice away in Save As.
const auto kDocumentSuffix = QStringLiteral(".archboard");
const auto kJsonSuffix = QStringLiteral(".archboard.json");
constexpr int kStatusMessageMs = 3000;

// The file's name without the suffix that says what it is.
QString withoutDesignSuffix(const QString& path) {
    for (const QString& suffix : {kJsonSuffix, kDocumentSuffix, QStringLiteral(".json")})
        if (path.endsWith(suffix, Qt::CaseInsensitive))
            return path.chopped(suffix.size());
    return path;
}

} // namespace

FileFlow::FileFlow(DesignDocument* document, RecentFiles* recentFiles, VersionActions* versions,
                   QMainWindow* window)
    : QObject(window)
    , m_document(document)
    , m_recentFiles(recentFiles)
    , m_versions(versions)
    , m_window(window) {
}

bool FileFlow::openFile(const QString& path) {
    QStringList problems;
    if (!m_document->load(path, &problems)) {
        // A recent entry whose file has gone only clutters the menu.
        if (!QFileInfo::exists(path))
            m_recentFiles->remove(path);
        showOpenProblems(path, problems);
        Q_EMIT openFailed(path, problems);
        return false;
    }
    m_recentFiles->add(m_document->filePath());
    Q_EMIT fileOpened(m_document->filePath());
    return true;
}

void FileFlow::openWithPrompt(const QString& path) {
    if (maybeSave())
        openFile(path);
}

void FileFlow::showOpenDialog() {
    if (!maybeSave())
        return;
    const QStringList recent = m_recentFiles->files();
    const QString directory =
        !recent.isEmpty() ? QFileInfo(recent.first()).absolutePath()
                          : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open Design"), directory,
        tr("Archboard designs (*.archboard *.archboard.json *.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void FileFlow::newDesign() {
    if (maybeSave())
        m_document->clear();
}

void FileFlow::closeDesign() {
    if (maybeSave())
        m_document->clear();
}

bool FileFlow::maybeSave() {
    if (!m_document->isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("Save the changes to \u201c%1\u201d?").arg(m_document->displayName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("unsavedChangesDialog"));
    box.setInformativeText(tr("Your changes are lost if you don't save them."));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

bool FileFlow::save() {
    if (m_document->filePath().isEmpty())
        return saveAs();
    // A document keeps history: saving adds a version, with a message.
    if (m_document->isStoreDocument()) {
        m_versions->promptSaveVersion();
        return !m_document->isModified();
    }
    return saveTo(m_document->filePath());
}

bool FileFlow::saveAs() {
    const QString current = m_document->filePath();
    const QString documents = tr("Archboard documents, with history (*.archboard)");
    const QString json = tr("Archboard designs as JSON (*.archboard.json)");
    const QString base =
        !current.isEmpty()
            ? withoutDesignSuffix(current)
            : QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                  .filePath(tr("Untitled"));
    QString filter = current.endsWith(kJsonSuffix) ? json : documents;
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save Design"), base + (filter == json ? kJsonSuffix : kDocumentSuffix),
        documents + QStringLiteral(";;") + json, &filter);
    return !path.isEmpty() && saveTo(path, filter == json ? kJsonSuffix : kDocumentSuffix);
}

bool FileFlow::saveTo(const QString& path, const QString& defaultSuffix) {
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += defaultSuffix.isEmpty() ? kDocumentSuffix : defaultSuffix;
    const QString error = m_document->saveAs(target);
    if (!error.isEmpty()) {
        showError(tr("Save Design"),
                  tr("\u201c%1\u201d could not be saved: %2").arg(target, error));
        return false;
    }
    m_recentFiles->add(m_document->filePath());
    showStatus(tr("Saved %1").arg(QFileInfo(target).fileName()));
    return true;
}

void FileFlow::exportWithDialog(const QString& extension, const QString& filter, bool findings) {
    const QString base =
        m_document->filePath().isEmpty()
            ? QDir(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
                  .filePath(tr("Untitled"))
            : withoutDesignSuffix(m_document->filePath());
    ExportDialog dialog(m_window, extension, filter, base + QLatin1Char('.') + extension);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    ExportOptions options = dialog.options();
    options.findings = findings;
    exportTo(dialog.selectedFiles().constFirst(), options);
}

bool FileFlow::exportTo(const QString& path, double scale, bool findings) {
    return exportTo(path, ExportOptions{scale, false, findings});
}

bool FileFlow::exportTo(const QString& path, const ExportOptions& options) {
    const QString error = exportDesign(m_document->design(), path, options);
    if (!error.isEmpty()) {
        showError(tr("Export"), tr("The design could not be exported: %1").arg(error));
        return false;
    }
    showStatus(tr("Exported %1").arg(QFileInfo(path).fileName()));
    return true;
}

void FileFlow::showStatus(const QString& message) {
    m_window->statusBar()->showMessage(message, kStatusMessageMs);
}

void FileFlow::showError(const QString& title, const QString& message) {
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("errorDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setWindowModality(Qt::WindowModal);
    m_lastErrorDialog = box;
    box->open();
}

void FileFlow::showOpenProblems(const QString& path, const QStringList& problems) {
    if (m_lastErrorDialog)
        m_lastErrorDialog->close();

    // The first problems inline, the full list behind "Show Details…".
    QStringList listed = problems.mid(0, kMaxListedProblems);
    if (problems.size() > kMaxListedProblems)
        listed.append(tr("\u2026and %1 more").arg(problems.size() - kMaxListedProblems));

    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("Open Design"),
                        tr("\u201c%1\u201d could not be opened.").arg(QFileInfo(path).fileName()),
                        QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("openErrorDialog"));
    box->setAccessibleName(tr("Open error"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(listed.join(QLatin1Char('\n')));
    // Problems quote the file's text, which may look like markup.
    if (auto* informative = box->findChild<QLabel*>(QStringLiteral("qt_msgbox_informativelabel")))
        informative->setTextFormat(Qt::PlainText);
    if (problems.size() > kMaxListedProblems)
        box->setDetailedText(problems.join(QLatin1Char('\n')));
    box->setWindowModality(Qt::WindowModal);
    m_lastErrorDialog = box;
    box->open(); // not exec(): the event loop, and the caller, go on
}

} // namespace archboard
