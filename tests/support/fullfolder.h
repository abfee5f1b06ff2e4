#pragma once

// Folders where writing fails the way it does on a full disk, for the
// suites that check outputs are written completely or not at all.

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QTest>
#include <sys/resource.h>
#include <unistd.h>

namespace fullfolder {

// A tiny tmpfs (`size` as mount's size= option takes it) mounted on `path`
// (an existing, empty folder) and unmounted at the end of the scope. Mounting needs the right to
// (root in most sandboxes); without it mounted() is false and why() says what mount said.
class TinyTmpfs {
public:
    explicit TinyTmpfs(const QString& path, const QString& size = QStringLiteral("64k"))
        : m_path(path) {
        QProcess mount;
        mount.start(QStringLiteral("mount"),
                    {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                     QStringLiteral("size=") + size, QStringLiteral("tmpfs"), path});
        if (!mount.waitForFinished(10000)) {
            m_why = QStringLiteral("mount could not be run");
            return;
        }
        m_mounted = mount.exitStatus() == QProcess::NormalExit && mount.exitCode() == 0;
        if (!m_mounted)
            m_why = QString::fromLocal8Bit(mount.readAllStandardError()).trimmed();
    }
    ~TinyTmpfs() {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_path});
    }
    TinyTmpfs(const TinyTmpfs&) = delete;
    TinyTmpfs& operator=(const TinyTmpfs&) = delete;

    bool mounted() const { return m_mounted; }
    QString why() const { return m_why; }

    // Takes every free byte with one file, so the next write fails with
    // ENOSPC. True when the file system is full.
    bool fill() const {
        const QByteArray name = QFile::encodeName(QDir(m_path).filePath(QStringLiteral(".filler")));
        const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (fd < 0)
            return false;
        const char block[512] = {};
        int error = 0;
        for (;;) {
            if (::write(fd, block, sizeof block) < 0) {
                error = errno;
                break;
            }
        }
        // The last partial block.
        while (error == ENOSPC && ::write(fd, block, 1) == 1) {
        }
        ::close(fd);
        return error == ENOSPC;
    }

private:
    QString m_path;
    QString m_why;
    bool m_mounted = false;
};

// Why a full-tmpfs row is skipped, for QSKIP.
inline QByteArray notMounted(const TinyTmpfs& tmpfs) {
    return QStringLiteral("a full disk needs a tmpfs, which could not be mounted here: %1")
        .arg(tmpfs.why())
        .toUtf8();
}

// For a test's _data(): columns `name` (a file name) and `tmpfs`, and for
// each name one row written under a file size limit, one on a full tmpfs.
inline void addRows(std::initializer_list<const char*> names) {
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("tmpfs");
    for (const char* name : names) {
        QTest::addRow("%s-file-size-limit", name) << QString::fromLatin1(name) << false;
        QTest::addRow("%s-full-tmpfs", name) << QString::fromLatin1(name) << true;
    }
}

// For QProcess::setChildProcessModifier: the child may write files of at
// most 1 KiB; a longer write fails with EFBIG (SIGXFSZ is ignored), as a
// full disk fails it, with no mount and no privileges needed.
inline void limitFileSize() {
    ::signal(SIGXFSZ, SIG_IGN);
    const rlimit limit{1024, 1024};
    ::setrlimit(RLIMIT_FSIZE, &limit);
}

// The same limit on this process for one scope, for suites that write in
// process (the limit and SIGXFSZ's handling are restored at the end).
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        m_previousHandler = ::signal(SIGXFSZ, SIG_IGN);
        ::getrlimit(RLIMIT_FSIZE, &m_previous);
        const rlimit limit{bytes, m_previous.rlim_max};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit() {
        ::setrlimit(RLIMIT_FSIZE, &m_previous);
        ::signal(SIGXFSZ, m_previousHandler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit m_previous{};
    void (*m_previousHandler)(int) = nullptr;
};

} // namespace fullfolder
