#pragma once

#include "model/designchange.h"

#include <QMainWindow>
#include <QMessageBox> // complete type for QPointer
#include <QPointer>
#include <QStringList>

class QLabel;
class QLineEdit;
class QMenu;
class QToolBar;

namespace archboard {

class CanvasEditor;
class CanvasScene;
class CanvasView;
class CritiqueDock;
class DesignDocument;
class MainActions;
class OutlineDock;
class RecentFiles;
class VersionActions;

// Composes the document, the canvas, the docks and the actions. The work
// itself lives in those parts.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    static constexpr int kMaxListedProblems = 20;

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
    QToolBar* mainToolBar() const { return m_toolBar; }
    QLineEdit* findField() const { return m_findField; }
    // The dialog that reported the last failed open, while it is still shown.
    QMessageBox* lastErrorDialog() const { return m_lastErrorDialog; }

    // Restores size, position and dock layout from the settings, and from then
    // on saves them when the window closes.
    void restoreWindowState();

public Q_SLOTS:
    // Opens `path` in this window. On failure a window-modal dialog lists the
    // problems and the current design stays.
    bool openFile(const QString& path);
    void showOpenDialog();
    void newDesign();
    void closeDesign();
    bool save();
    bool saveAs();
    // A name without a suffix gets `defaultSuffix` (empty: `.archboard`).
    bool saveTo(const QString& path, const QString& defaultSuffix = {});
    // Exports the canvas to `path` (.svg, .png or .pdf); false after showing
    // what went wrong.
    bool exportTo(const QString& path, double scale = 1.0);

Q_SIGNALS:
    void fileOpened(const QString& path);
    void openFailed(const QString& path, const QStringList& problems);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void connectActions();
    // Asks whether to save unsaved changes; false when the user cancels.
    bool maybeSave();
    void openWithPrompt(const QString& path);
    void exportWithDialog(const QString& extension, const QString& filter);
    void updateTitle();
    void updateStatus();
    void updateSelectionActions();
    void onDocumentChanged(const DesignChange& change);
    void populateRecentMenu();
    void showOpenProblems(const QString& path, const QStringList& problems);
    void showError(const QString& title, const QString& message);
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
    QToolBar* m_toolBar = nullptr;
    QLineEdit* m_findField = nullptr;
    QLabel* m_statusSummary;
    QLabel* m_zoomLabel;
    QLabel* m_selectionLabel;
    QMenu* m_recentMenu = nullptr;
    QPointer<QMessageBox> m_lastErrorDialog;
    bool m_persistState = false;
};

} // namespace archboard
