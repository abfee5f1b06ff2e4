#pragma once

#include <QMenu>

namespace archboard {

class RecentFiles;

// File ▸ Open Recent: the recent files, newest first, with &1 … &8 as
// accelerators, then `clear`. It follows the list and is disabled while the
// list is empty.
class RecentFilesMenu : public QMenu {
    Q_OBJECT

public:
    RecentFilesMenu(RecentFiles* files, QAction* clear, QWidget* parent);

Q_SIGNALS:
    void openRequested(const QString& path);

private:
    void populate();

    RecentFiles* m_files;
    QAction* m_clear;
};

} // namespace archboard
