#include "versionactions.h"

#include "historydialog.h"
#include "widgets/document/designdocument.h"
#include "widgets/stringconvert.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QStatusBar>
#include <QTimer>

namespace archboard {

namespace {

constexpr int kStatusMessageMs = 8000;

void showStatus(QWidget* window, const QString& message) {
    if (auto* mainWindow = qobject_cast<QMainWindow*>(window))
        mainWindow->statusBar()->showMessage(message, kStatusMessageMs);
}

} // namespace

VersionActions::VersionActions(DesignDocument* document, QWidget* window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_saveVersion(new QAction(tr("&Save Version\u2026"), this))
    , m_history(new QAction(tr("Version &History\u2026"), this)) {
    m_saveVersion->setObjectName(QStringLiteral("saveVersionAction"));
    // Ctrl+S is File ▸ Save, which on a document saves a version through
    // this action's prompt.
    m_saveVersion->setStatusTip(tr("Save the design as a new version in its history"));
    m_saveVersion->setToolTip(m_saveVersion->statusTip());
    m_history->setObjectName(QStringLiteral("historyAction"));
    m_history->setStatusTip(tr("List the saved versions, compare and restore them"));
    m_history->setToolTip(m_history->statusTip());

    connect(m_saveVersion, &QAction::triggered, this, &VersionActions::promptSaveVersion);
    connect(m_history, &QAction::triggered, this, &VersionActions::showHistory);
    connect(m_document, &DesignDocument::versionsChanged, this, &VersionActions::updateEnabled);
    connect(m_document, &DesignDocument::filePathChanged, this, &VersionActions::updateEnabled);
    // Version numbers answered for belong to the file they were asked about.
    connect(m_document, &DesignDocument::filePathChanged, this, [this] { m_answeredVersion = 0; });
    connect(m_document, &DesignDocument::autosaveFailed, this, [this](const QString& error) {
        showStatus(m_window, tr("Your latest edits could not be saved: %1").arg(error));
    });
    connect(m_document, &DesignDocument::changed, this, [this](const DesignChange& change) {
        if (!change.reset)
            return;
        if (m_document->isReadOnly())
            showStatus(m_window, tr("The document is read-only: edits are not saved."));
        // After the load has finished and the window shows the design.
        if (m_document->hasRecoverableWork())
            QTimer::singleShot(0, this, &VersionActions::offerRecovery);
    });
    // Out of the watcher's signal: the question runs an event loop.
    connect(m_document, &DesignDocument::outsideVersionsAdded, this,
            [this] { QTimer::singleShot(0, this, &VersionActions::offerOutsideVersions); });
    updateEnabled();
}

void VersionActions::updateEnabled() {
    m_saveVersion->setEnabled(!m_document->isReadOnly());
    m_history->setEnabled(m_document->isStoreDocument());
}

void VersionActions::promptSaveVersion() {
    QString error;
    if (!m_document->isStoreDocument()) {
        // A design becomes a document, with this as its first version.
        const QFileInfo current(m_document->filePath());
        QString suggested = current.path() + QLatin1Char('/') +
                            current.fileName().section(QLatin1Char('.'), 0, 0) +
                            QStringLiteral(".archboard");
        if (m_document->filePath().isEmpty())
            suggested = tr("Untitled.archboard");
        QString path = QFileDialog::getSaveFileName(m_window, tr("Save Version"), suggested,
                                                    tr("Archboard documents (*.archboard)"));
        if (path.isEmpty())
            return;
        if (!path.endsWith(QStringLiteral(".archboard"), Qt::CaseInsensitive))
            path += QStringLiteral(".archboard");
        error = m_document->saveAs(path);
    } else {
        if (!resolveOutsideVersions())
            return;
        bool ok = false;
        const QString message =
            QInputDialog::getText(m_window, tr("Save Version"), tr("What changed (optional):"),
                                  QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        error = m_document->saveVersion(message);
        // Another program committed between the question and the save.
        if (!error.isEmpty() && !m_document->outsideVersions().empty()) {
            if (!resolveOutsideVersions())
                return;
            error = m_document->saveVersion(message);
        }
    }
    if (!error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Save Version"), error);
        return;
    }
    showStatus(m_window, tr("Saved version %1.").arg(m_document->versions().size()));
}

void VersionActions::showHistory() {
    auto* dialog = new HistoryDialog(m_document, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void VersionActions::offerRecovery() {
    if (!m_document->hasRecoverableWork())
        return;
    QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Changes"),
                    tr("\u201c%1\u201d has changes that were not saved as a version.")
                        .arg(QFileInfo(m_document->filePath()).fileName()),
                    QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("recoveryDialog"));
    box.setInformativeText(tr("They were last saved automatically at %1 (UTC). Recover them, "
                              "or open the latest version and discard them?")
                               .arg(m_document->recoverableWorkSaved()));
    QPushButton* recover = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
    recover->setObjectName(QStringLiteral("recoverButton"));
    box.addButton(tr("&Discard"), QMessageBox::DestructiveRole)
        ->setObjectName(QStringLiteral("discardButton"));
    box.setDefaultButton(recover);
    box.exec();
    if (box.clickedButton() == recover)
        m_document->recoverWork();
    else
        m_document->discardRecoverableWork();
}

void VersionActions::offerOutsideVersions() {
    const std::vector<store::VersionInfo> added = m_document->outsideVersions();
    if (!m_resolving && !added.empty() && added.back().number > m_answeredVersion &&
        resolveOutsideVersions())
        promptSaveVersion();
}

bool VersionActions::resolveOutsideVersions() {
    const std::vector<store::VersionInfo> added = m_document->outsideVersions();
    if (added.empty())
        return true;
    if (m_resolving)
        return false;
    m_resolving = true;
    const auto done = qScopeGuard([this] { m_resolving = false; });
    const store::VersionInfo& latest = added.back();
    QString which = added.size() > 1
                        ? tr("versions %1 to %2").arg(added.front().number).arg(latest.number)
                        : tr("version %1").arg(latest.number);
    if (!latest.message.empty())
        which += QStringLiteral(" (\u201c%1\u201d)").arg(toQString(latest.message));
    // Nothing unsaved: the new version is shown, nothing is lost.
    if (!m_document->isModified()) {
        const QString error = m_document->reloadLatest();
        if (error.isEmpty())
            showStatus(m_window, tr("Another program added %1: it is shown now.").arg(which));
        else
            QMessageBox::warning(m_window, tr("Reload"), error);
        return false;
    }
    QMessageBox box(QMessageBox::Warning, tr("Document Changed"),
                    tr("Another program added %1 to \u201c%2\u201d.")
                        .arg(which, QFileInfo(m_document->filePath()).fileName()),
                    QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("outsideVersionsDialog"));
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(
        tr("Reload to show it and drop your unsaved changes, or keep your design and save it "
           "as a new version on top. Either way version %1 stays in the history.")
            .arg(latest.number));
    QPushButton* keep = box.addButton(tr("&Keep Mine as a New Version"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepMineButton"));
    QPushButton* reload = box.addButton(tr("&Reload"), QMessageBox::DestructiveRole);
    reload->setObjectName(QStringLiteral("reloadButton"));
    QPushButton* later = box.addButton(tr("Decide &Later"), QMessageBox::RejectRole);
    later->setObjectName(QStringLiteral("decideLaterButton"));
    box.setDefaultButton(keep);
    box.setEscapeButton(later);
    box.exec();
    m_answeredVersion = latest.number;
    if (box.clickedButton() == keep) {
        m_document->keepDesignOnLatest();
        return true;
    }
    if (box.clickedButton() == reload && confirmReload(latest.number)) {
        const QString error = m_document->reloadLatest();
        if (!error.isEmpty())
            QMessageBox::warning(m_window, tr("Reload"), error);
    }
    return false;
}

bool VersionActions::confirmReload(int number) {
    QMessageBox box(QMessageBox::Warning, tr("Reload"),
                    tr("Drop your unsaved changes and show version %1?").arg(number),
                    QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("confirmReloadDialog"));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Discard;
}

} // namespace archboard
