#include "recentfilesmenu.h"

#include "recentfiles.h"

#include <QDir>
#include <QFileInfo>

namespace archboard {

RecentFilesMenu::RecentFilesMenu(RecentFiles* files, QAction* clear, QWidget* parent)
    : QMenu(tr("Open &Recent"), parent)
    , m_files(files)
    , m_clear(clear) {
    setObjectName(QStringLiteral("recentMenu"));
    populate();
    connect(m_files, &RecentFiles::changed, this, &RecentFilesMenu::populate);
}

void RecentFilesMenu::populate() {
    clear();
    const QStringList files = m_files->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString& path = files.at(i);
        // &1 … &8 give each entry a keyboard accelerator.
        QAction* action = addAction(tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
    }
    if (!files.isEmpty())
        addSeparator();
    addAction(m_clear);
    m_clear->setEnabled(!files.isEmpty());
    setEnabled(!files.isEmpty());
}

} // namespace archboard
