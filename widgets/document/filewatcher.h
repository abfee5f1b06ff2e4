#pragma once

#include <QObject>
#include <QString>

class QFileSystemWatcher;
class QTimer;

namespace archboard {

// Watches a document file, its write-ahead log and their folder, and says
// once, shortly after a burst of changes, that one of them changed. Another
// program's commit writes the log, or the file when it closes; a file
// replaced by a rename is watched again under its name.
class FileWatcher : public QObject {
    Q_OBJECT

public:
    explicit FileWatcher(QObject* parent = nullptr);

    // How long a burst of changes is gathered before touched().
    static constexpr int kSettleMs = 150;

    // Watches `path` (empty: nothing) instead of what was watched.
    void watch(const QString& path);
    QString path() const { return m_path; }

Q_SIGNALS:
    void touched();

private:
    void arm();
    void onChange();

    QFileSystemWatcher* m_watcher;
    QTimer* m_settle;
    QString m_path;
};

} // namespace archboard
