#pragma once

// Loading designs and matching findings, shared by the critique suites.

#include "critique/critic.h"
#include "model/json.h"
#include "model/json/designjson.h"

#include <filesystem>
#include <fstream>
#include <QString>
#include <QTest>
#include <sstream>
#include <string>

namespace archboard::test {

inline std::filesystem::path fixtures() {
    return std::filesystem::path(ARCHBOARD_FIXTURES);
}

inline std::string readText(const std::filesystem::path& path) {
    std::ifstream stream(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << stream.rdbuf();
    return bytes.str();
}

inline Json readJson(const std::filesystem::path& path) {
    return Json::parse(readText(path));
}

// Reads a design from JSON; fails the test, naming every problem, if invalid.
inline DesignData designFrom(const Json& json, const std::string& what) {
    LoadResult loaded = readDesignJson(json.dump());
    std::string problems;
    for (const Problem& problem : loaded.problems)
        problems += "\n  " + problem.toString();
    if (!loaded.ok())
        QTest::qFail(("invalid design in " + what + ":" + problems).c_str(), __FILE__, __LINE__);
    return loaded.ok() ? std::move(*loaded.design) : DesignData{};
}

// A component, a connection and a design, with only what a test states.
inline Json component(std::string id, std::string kind, Json extra = Json::object()) {
    Json c = {{"id", std::move(id)}, {"kind", std::move(kind)}};
    c.update(extra);
    return c;
}

inline Json connection(std::string id, std::string from, std::string to, std::string kind = "sync",
                       Json props = Json::object()) {
    return {{"id", std::move(id)},
            {"from", std::move(from)},
            {"to", std::move(to)},
            {"kind", std::move(kind)},
            {"props", std::move(props)}};
}

inline Json designJson(Json components, Json connections, Json critique = Json::object(),
                       Json requirements = Json::object()) {
    return {{"format", "archboard"},
            {"version", 1},
            {"design", {{"title", "Test"}, {"requirements", std::move(requirements)}}},
            {"components", std::move(components)},
            {"connections", std::move(connections)},
            {"critique", std::move(critique)}};
}

inline std::string describe(const Finding& finding) {
    return std::string(finding.rule) + " [" + finding.target + "] " +
           std::string(toString(finding.severity)) + (finding.accepted ? " accepted" : "");
}

} // namespace archboard::test
