#pragma once

// Fixture paths and small helpers shared by the widget suites.

#include <QAbstractItemModel>
#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QString>
#include <QTemporaryDir>

namespace testsupport {

// Sends QSettings (the user's preferences) to a throwaway file in `dir`,
// never the user's own.
inline void useThrowawaySettings(const QTemporaryDir& dir, const QString& application) {
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("ArchboardTests"));
    QCoreApplication::setApplicationName(application);
}

inline QString caseFile(const QString& name) {
    return QStringLiteral(ARCHBOARD_FIXTURES "/cases/") + name + QStringLiteral(".archboard.json");
}

inline QByteArray readAll(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Writes `bytes` to `name` in `dir`; returns the path, or empty on failure.
inline QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

// url-shortener-solid with its first connection pointing at a missing "zz".
inline QByteArray danglingConnectionDesign() {
    QByteArray bytes = readAll(caseFile(QStringLiteral("url-shortener-solid")));
    const QByteArray first = "\"to\": \"dns\"";
    const qsizetype at = bytes.indexOf(first);
    if (at >= 0)
        bytes.replace(at, first.size(), "\"to\": \"zz\"");
    return bytes;
}

// url-shortener-solid with every connection pointing at a missing component,
// plus `extra` more such connections.
inline QByteArray manyDanglingConnectionsDesign(int extra) {
    QByteArray bytes = readAll(caseFile(QStringLiteral("url-shortener-solid")));
    QByteArray connections;
    for (int i = 0; i < extra; ++i)
        connections += QStringLiteral(R"({"id": "x%1", "from": "users", "to": "missing%1",
                                          "kind": "sync", "protocol": "", "label": "",
                                          "props": {}},)")
                           .arg(i)
                           .toUtf8();
    const QByteArray marker = "\"connections\": [";
    const qsizetype at = bytes.indexOf(marker);
    if (at >= 0)
        bytes.insert(at + marker.size(), connections);
    return bytes;
}

// The row under `parent` whose `column` reads `text` (its first column's
// index), or an invalid index.
inline QModelIndex childByText(const QModelIndex& parent, const QString& text, int column = 0) {
    const QAbstractItemModel* model = parent.model();
    for (int i = 0; model && i < model->rowCount(parent); ++i)
        if (model->index(i, column, parent).data().toString() == text)
            return model->index(i, 0, parent);
    return {};
}

} // namespace testsupport
