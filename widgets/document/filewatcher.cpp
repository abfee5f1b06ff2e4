#include "filewatcher.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

namespace archboard {

FileWatcher::FileWatcher(QObject* parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
    , m_settle(new QTimer(this)) {
    m_settle->setSingleShot(true);
    m_settle->setInterval(kSettleMs);
    connect(m_settle, &QTimer::timeout, this, &FileWatcher::touched);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &FileWatcher::onChange);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &FileWatcher::onChange);
}

void FileWatcher::watch(const QString& path) {
    if (path == m_path)
        return;
    m_settle->stop();
    for (const QStringList& watched : {m_watcher->files(), m_watcher->directories()})
        if (!watched.isEmpty())
            m_watcher->removePaths(watched);
    m_path = path;
    arm();
}

void FileWatcher::arm() {
    if (m_path.isEmpty())
        return;
    // The folder tells when the log appears and when the file is replaced.
    const QStringList wanted{m_path, m_path + QStringLiteral("-wal"),
                             QFileInfo(m_path).absolutePath()};
    QStringList missing;
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    for (const QString& path : wanted)
        if (!watched.contains(path) && QFileInfo::exists(path))
            missing.append(path);
    if (!missing.isEmpty())
        m_watcher->addPaths(missing);
}

void FileWatcher::onChange() {
    // A replaced or removed file is no longer watched: watch what is there now.
    arm();
    m_settle->start();
}

} // namespace archboard
