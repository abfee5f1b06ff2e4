#pragma once

// Designs and files shared by the document store suites.

#include "model/json/designjson.h"
#include "model/source/designsource.h"
#include "model/store/document.h"
#include "model/store/sqlite.h"

#include <functional>
#include <memory>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>
#include <string>

namespace storetest {

inline QString fixture(const QString& relative) {
    return QStringLiteral(ARCHBOARD_FIXTURES "/") + relative;
}

inline QStringList casePaths() {
    const QDir dir(fixture(QStringLiteral("cases")));
    QStringList paths;
    for (const QString& name :
         dir.entryList({QStringLiteral("*.archboard.json")}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

inline archboard::DesignData loadCase(const QString& name) {
    const archboard::LoadResult result = archboard::source::readDesignFile(
        fixture(QStringLiteral("cases/") + name + QStringLiteral(".archboard.json")).toStdString());
    return result.ok() ? *result.design : archboard::DesignData{};
}

inline QByteArray readAll(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline std::unique_ptr<archboard::store::Document>
openWritable(const QString& path, const archboard::store::OpenOptions& options = {}) {
    return archboard::store::Document::open(path.toStdString(),
                                            archboard::store::Document::Mode::ReadWrite, options);
}

// `design` with its `index`th component renamed: a second version that
// differs from the first in one field.
inline archboard::DesignData renamed(archboard::DesignData design, std::size_t index,
                                     const std::string& name) {
    design.components.at(index).name = name;
    return design;
}

// What a store call threw, as people read it; empty when it did not throw.
inline QString storeErrorOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const archboard::store::StoreError& error) {
        return QString::fromStdString(error.what());
    }
    return {};
}

inline bool writeAll(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace storetest
