#pragma once

// What the CLI suites share besides the in-process runner (clirun.h):
// fixture paths, file helpers and line matching.

#include "support/clirun.h"

#include <algorithm>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>
#include <sstream>
#include <string>
#include <vector>

using namespace archboard::cli;

using clitest::CliRun;
using clitest::runCliWith;

inline std::vector<std::string> splitLines(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream stream(text);
    for (std::string line; std::getline(stream, line);)
        lines.push_back(line);
    return lines;
}

inline bool containsLine(const std::string& text, const std::string& line) {
    const std::vector<std::string> lines = splitLines(text);
    return std::find(lines.begin(), lines.end(), line) != lines.end();
}

inline bool everyLineStartsWith(const std::string& text, const std::string& prefix) {
    const std::vector<std::string> lines = splitLines(text);
    return std::all_of(lines.begin(), lines.end(),
                       [&](const std::string& line) { return line.starts_with(prefix); });
}

inline QString casesDir() {
    return QStringLiteral(ARCHBOARD_FIXTURES "/cases");
}

// The shared example designs, sorted by name.
inline QStringList casePaths() {
    const QDir dir(casesDir());
    QStringList paths;
    for (const QString& name :
         dir.entryList({QStringLiteral("*.archboard.json")}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

inline QByteArray readAll(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline QByteArray minimalDesign(const QByteArray& elements) {
    return R"({"format": "archboard", "version": 1)" + elements + "}";
}

// Changes the working directory for one scope.
class CurrentDirectory {
public:
    explicit CurrentDirectory(const QString& path)
        : previous_(QDir::currentPath()) {
        QDir::setCurrent(path);
    }
    ~CurrentDirectory() { QDir::setCurrent(previous_); }
    CurrentDirectory(const CurrentDirectory&) = delete;
    CurrentDirectory& operator=(const CurrentDirectory&) = delete;

private:
    QString previous_;
};
