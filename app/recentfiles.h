#pragma once

#include <QObject>
#include <QStringList>

namespace archboard {

// The most recently opened design files, newest first, kept in QSettings so
// every window and the next run see the same list.
class RecentFiles : public QObject {
    Q_OBJECT

public:
    static constexpr int kMaxEntries = 8;

    explicit RecentFiles(QObject* parent = nullptr);

    QStringList files() const;
    void add(const QString& path);
    void remove(const QString& path);
    void clear();

Q_SIGNALS:
    void changed();

private:
    void store(const QStringList& files);
};

} // namespace archboard
