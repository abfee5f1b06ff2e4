// Document: checking that the file and every stored version are intact.
#include "document.h"
#include "storedrow.h"

#include <map>

namespace archboard::store {

namespace {

// "1-3, 5, 7-8": runs of consecutive numbers, for a one-line message.
std::string numberRanges(const std::vector<int>& numbers) {
    std::string out;
    for (std::size_t i = 0; i < numbers.size();) {
        std::size_t end = i;
        while (end + 1 < numbers.size() && numbers[end + 1] == numbers[end] + 1)
            ++end;
        if (!out.empty())
            out += ", ";
        out += std::to_string(numbers[i]);
        if (end > i)
            out += "-" + std::to_string(numbers[end]);
        i = end + 1;
    }
    return out;
}

// The first of SQLite's check findings, as one line of a message.
std::string firstFinding(const std::string& found) {
    return oneLine(std::string_view(found).substr(0, found.find("; ")));
}

} // namespace

std::string DocumentHealth::summary() const {
    if (ok())
        return {};
    std::string out = "the document is damaged (";
    for (std::size_t i = 0; i < problems.size(); ++i)
        out += (i ? "; " : "") + problems[i];
    out += ")";
    if (versionCount == 0)
        return out;
    if (readable.empty())
        return out + "; no version is readable";
    if (static_cast<int>(readable.size()) == versionCount)
        return out + "; every version is still readable";
    return out + (readable.size() == 1 ? "; version " : "; versions ") + numberRanges(readable) +
           (readable.size() == 1 ? " is" : " are") + " still readable";
}

DocumentHealth Document::check(CheckDepth depth) {
    DocumentHealth health;
    try {
        const std::string found = depth == CheckDepth::Deep ? integrityCheck() : quickCheck();
        if (!found.empty())
            health.problems.push_back("SQLite's check: " + firstFinding(found));
    } catch (const StoreError& error) {
        health.problems.push_back(firstFinding(error.what()));
    }
    // Which versions read back: a version whose own row passes, whose base
    // reads back, and (deep) that decodes to a valid design.
    std::map<int, bool> intact; // by number, in order
    std::vector<int> failing;
    try {
        Statement rows(
            *m_db,
            (std::string("SELECT ") + kVersionColumns + " FROM version ORDER BY number").c_str());
        while (rows.step()) {
            const VersionRow row = readVersionRow(rows);
            const int number = static_cast<int>(row.number);
            bool ok = passesChecksum(row);
            if (!ok)
                failing.push_back(number);
            if (row.base) {
                const auto base = intact.find(static_cast<int>(*row.base));
                ok = ok && base != intact.end() && base->second;
            }
            intact[number] = ok;
        }
    } catch (const StoreError& error) {
        health.problems.push_back("versions after " +
                                  std::to_string(intact.empty() ? 0 : intact.rbegin()->first) +
                                  " cannot be read: " + firstFinding(error.what()));
    }
    if (!failing.empty())
        health.problems.push_back(
            (failing.size() == 1 ? "version " : "versions ") + numberRanges(failing) +
            (failing.size() == 1 ? " fails its checksum" : " fail their checksums"));
    try {
        health.versionCount = latestVersion();
    } catch (const StoreError&) {
        health.versionCount = intact.empty() ? 0 : intact.rbegin()->first;
    }
    if (health.versionCount > 0 && static_cast<int>(intact.size()) < health.versionCount &&
        failing.empty() && health.problems.empty())
        health.problems.push_back("some versions are missing");
    std::vector<int> undecodable;
    for (const auto& [number, ok] : intact) {
        if (!ok)
            continue;
        if (depth == CheckDepth::Deep) {
            try {
                readVersion(number);
            } catch (const StoreError&) {
                undecodable.push_back(number);
                continue;
            }
        }
        health.readable.push_back(number);
    }
    if (!undecodable.empty())
        health.problems.push_back((undecodable.size() == 1 ? "version " : "versions ") +
                                  numberRanges(undecodable) + " cannot be decoded");
    try {
        if (!workingCopyIntact())
            health.problems.push_back("the working copy fails its checksum");
    } catch (const StoreError& error) {
        health.problems.push_back("the working copy cannot be read: " + firstFinding(error.what()));
    }
    return health;
}

void Document::requireIntact() {
    const std::int64_t now = dataVersion();
    if (m_intactAt && *m_intactAt == now)
        return;
    const DocumentHealth health = check(CheckDepth::Quick);
    if (!health.ok())
        throw StoreError(health.summary());
    m_intactAt = now;
}

} // namespace archboard::store
