#pragma once

#include "widgets/export/designexport.h"

#include <QMessageBox> // complete type for QPointer
#include <QObject>
#include <QPointer>
#include <QStringList>

class QMainWindow;

namespace archboard {

class DesignDocument;
class RecentFiles;
class VersionActions;

// What File ▸ New, Open, Open Recent, Save, Save As, Export and Close do, and
// a dropped file: the unsaved-changes prompt, the file dialogs, the recent
// files, and the dialogs that say what went wrong. Messages go to the
// window's status bar.
class FileFlow : public QObject {
    Q_OBJECT

public:
    static constexpr int kMaxListedProblems = 20;

    FileFlow(DesignDocument* document, RecentFiles* recentFiles, VersionActions* versions,
             QMainWindow* window);

    // The dialog that reported the last failure, while it is still shown.
    QMessageBox* lastErrorDialog() const { return m_lastErrorDialog; }

    // Asks whether to save unsaved changes; false when the user cancels.
    bool maybeSave();

public Q_SLOTS:
    // Opens `path`. On failure a window-modal dialog lists the problems and
    // the current design stays.
    bool openFile(const QString& path);
    // The same, once unsaved changes are saved or discarded.
    void openWithPrompt(const QString& path);
    void showOpenDialog();
    void newDesign();
    void closeDesign();
    bool save();
    bool saveAs();
    // A name without a suffix gets `defaultSuffix` (empty: `.archboard`).
    bool saveTo(const QString& path, const QString& defaultSuffix = {});
    // Asks where to (and, for PNG, at what scale and on what background, in
    // the same dialog), then exports. With `findings`, the picture carries
    // the critic's badges.
    void exportWithDialog(const QString& extension, const QString& filter, bool findings = false);
    // Exports the canvas to `path` (.svg, .png or .pdf); false after showing
    // what went wrong.
    bool exportTo(const QString& path, double scale = 1.0, bool findings = false);
    bool exportTo(const QString& path, const ExportOptions& options);

Q_SIGNALS:
    void fileOpened(const QString& path);
    void openFailed(const QString& path, const QStringList& problems);

private:
    void showOpenProblems(const QString& path, const QStringList& problems);
    void showError(const QString& title, const QString& message);
    void showStatus(const QString& message);

    DesignDocument* m_document;
    RecentFiles* m_recentFiles;
    VersionActions* m_versions;
    QMainWindow* m_window;
    QPointer<QMessageBox> m_lastErrorDialog;
};

} // namespace archboard
