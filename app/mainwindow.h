#pragma once

#include "fileflow.h"
#include "maintoolbar.h"
#include "model/designchange.h"

#include <QMainWindow>
#include <QStringList>

namespace archboard {

class CanvasEditor;
class CanvasScene;
class CanvasView;
class CritiqueDock;
class DesignDocument;
class MainActions;
class OutlineDock;
class PreferencesDialog;
class RecentFiles;
class VersionActions;

// Composes the document, the canvas, the docks, the actions and the file
// flow. The work itself lives in those parts.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    static constexpr int kMaxListedProblems = FileFlow::kMaxListedProblems;

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    DesignDocument* document() const { return m_document; }
    CanvasScene* canvasScene() const { return m_scene; }
    CanvasView* canvasView() const { return m_view; }
    CanvasEditor* canvasEditor() const { return m_editor; }
    OutlineDock* outlineDock() const { return m_outline; }
    CritiqueDock* critiqueDock() const { return m_critique; }
    VersionActions* versionActions() const { return m_versionActions; }
    MainActions* actions() const { return m_actions; }
    RecentFiles* recentFiles() const { return m_recentFiles; }
    FileFlow* files() const { return m_files; }
    QToolBar* mainToolBar() const { return m_toolBar; }
    QLineEdit* findField() const { return m_toolBar->findField(); }
    // The dialog that reported the last failed open, while it is still shown.
    QMessageBox* lastErrorDialog() const { return m_files->lastErrorDialog(); }

    // Restores size, position and dock layout from the settings, and from then
    // on saves them when the window closes.
    void restoreWindowState();

public Q_SLOTS:
    // Opens `path` in this window. On failure a window-modal dialog lists the
    // problems and the current design stays.
    bool openFile(const QString& path);
    // A name without a suffix gets `defaultSuffix` (empty: `.archboard`).
    bool saveTo(const QString& path, const QString& defaultSuffix = {});
    // Exports the canvas to `path` (.svg, .png or .pdf); false after showing
    // what went wrong.
    bool exportTo(const QString& path, double scale = 1.0);
    // Edit ▸ Preferences: opens the dialog, or brings the open one forward.
    PreferencesDialog* showPreferences();

Q_SIGNALS:
    void fileOpened(const QString& path);
    void openFailed(const QString& path, const QStringList& problems);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    void connectActions();
    void connectFileActions();
    void updateTitle();
    void updateSelectionActions();
    void onDocumentChanged(const DesignChange& change);
    void showAbout();

    DesignDocument* m_document;
    MainActions* m_actions;
    RecentFiles* m_recentFiles;
    CanvasScene* m_scene;
    CanvasView* m_view;
    CanvasEditor* m_editor;
    OutlineDock* m_outline;
    CritiqueDock* m_critique;
    VersionActions* m_versionActions;
    FileFlow* m_files;
    MainToolBar* m_toolBar = nullptr;
    bool m_persistState = false;
};

} // namespace archboard
