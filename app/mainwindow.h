#pragma once

#include "model/designchange.h"

#include <QMainWindow>
#include <QMessageBox> // complete type for QPointer
#include <QPointer>
#include <QStringList>

class QLabel;
class QMenu;

namespace archboard {

class DesignDocument;
class MainActions;
class OutlineDock;
class OverviewPanel;
class RecentFiles;
class VersionActions;

// Composes the document, its views and docks, and the actions. The work
// itself lives in those parts.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    static constexpr int kMaxListedProblems = 20;

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    DesignDocument* document() const { return m_document; }
    OutlineDock* outlineDock() const { return m_outline; }
    MainActions* actions() const { return m_actions; }
    RecentFiles* recentFiles() const { return m_recentFiles; }
    VersionActions* versionActions() const { return m_versionActions; }
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
    void closeDesign();

Q_SIGNALS:
    void fileOpened(const QString& path);
    void openFailed(const QString& path, const QStringList& problems);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    void updateTitle();
    void updateStatus();
    void onDocumentChanged(const DesignChange& change);
    void populateRecentMenu();
    void showOpenProblems(const QString& path, const QStringList& problems);
    void showAbout();

    DesignDocument* m_document;
    MainActions* m_actions;
    RecentFiles* m_recentFiles;
    VersionActions* m_versionActions;
    OverviewPanel* m_overview;
    OutlineDock* m_outline;
    QLabel* m_statusSummary;
    QMenu* m_recentMenu = nullptr;
    QPointer<QMessageBox> m_lastErrorDialog;
    bool m_persistState = false;
};

} // namespace archboard
