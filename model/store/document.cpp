// Document: its versions, read and committed. Opening and creating the
// file: documentopen.cpp; the working copy: workingcopy.cpp.
#include "document.h"

#include "designdelta.h"
#include "timestamp.h"
#include "writeaheadlog.h"

#include <cstdlib>
#include <pwd.h>
#include <unistd.h>

namespace archboard::store {

namespace {

std::string checkResult(Database& db, const char* pragma) {
    Statement statement(db, pragma);
    std::string found;
    while (statement.step()) {
        const std::string line = statement.text(0);
        if (line == "ok")
            continue;
        if (!found.empty())
            found += "; ";
        found += line;
    }
    return found;
}

} // namespace

std::string defaultAuthor() {
    if (const char* author = std::getenv("ARCHBOARD_AUTHOR"); author && *author)
        return author;
    if (const passwd* user = ::getpwuid(::geteuid()); user && user->pw_name)
        return user->pw_name;
    if (const char* name = std::getenv("USER"); name && *name)
        return name;
    return "unknown";
}

Document::Document(std::string path, std::unique_ptr<Database> db, bool readOnly)
    : m_path(std::move(path))
    , m_db(std::move(db))
    , m_readOnly(readOnly) {
    // A damaged file still opens; what is wrong is reported when it is read.
    try {
        m_base = latestVersion();
        m_dataVersion = dataVersion();
    } catch (const StoreError&) {
    }
}

Document::~Document() {
    if (m_writeAheadLog)
        leaveWriteAheadLog(*m_db);
}

void Document::prepareWrite() {
    requireWritable();
    if (!m_writeAheadLog) {
        useWriteAheadLog(*m_db);
        m_writeAheadLog = true;
        // Switching the journal counts as a change; it is this connection's own.
        m_dataVersion = dataVersion();
    }
}

void Document::requireWritable() const {
    if (m_readOnly)
        throw StoreError("the document is read-only");
}

std::vector<VersionInfo> Document::versions() {
    Statement statement(*m_db, "SELECT number, created, author, message, components, "
                               "connections, restored_from FROM version ORDER BY number");
    std::vector<VersionInfo> out;
    while (statement.step()) {
        VersionInfo version;
        version.number = static_cast<int>(statement.integer(0));
        version.created = statement.text(1);
        version.author = statement.text(2);
        version.message = statement.text(3);
        version.components = statement.integer(4);
        version.connections = statement.integer(5);
        if (!statement.isNull(6))
            version.restoredFrom = static_cast<int>(statement.integer(6));
        out.push_back(std::move(version));
    }
    return out;
}

int Document::latestVersion() {
    return static_cast<int>(m_db->queryInt("SELECT coalesce(max(number), 0) FROM version"));
}

const Document::Chain& Document::chainOf(int number) {
    if (m_cache && m_cache->first == number)
        return m_cache->second;
    Statement statement(*m_db, "SELECT base, content FROM version WHERE number = ?1");
    std::vector<std::string> contents; // from `number` back to its snapshot
    int current = number;
    for (;;) {
        statement.reset();
        statement.bind(1, std::int64_t{current});
        if (!statement.step()) {
            if (current == number)
                throw StoreError("no version " + std::to_string(number) + " (the document has " +
                                 std::to_string(latestVersion()) + ")");
            throw StoreError("the document is damaged (version " + std::to_string(current) +
                             " is missing)");
        }
        contents.push_back(statement.blob(1));
        if (statement.isNull(0))
            break;
        const auto base = statement.integer(0);
        if (base >= current || base < 1)
            throw StoreError("the document is damaged (version " + std::to_string(current) +
                             " has an invalid base)");
        current = static_cast<int>(base);
    }
    Chain chain;
    chain.snapshotBytes = contents.back().size();
    chain.depth = static_cast<int>(contents.size()) - 1;
    for (auto it = contents.rbegin(); it != contents.rend(); ++it) {
        if (it != contents.rbegin())
            chain.deltaBytes += it->size();
        chain.parts = applyDelta(std::move(chain.parts), *it);
    }
    m_cache.emplace(number, std::move(chain));
    return m_cache->second;
}

DesignData Document::toDesign(const DesignParts& parts, const std::string& what) {
    LoadResult result = joinDesign(parts);
    if (!result.ok())
        throw StoreError("the document is damaged (" + what + " is not a valid design: " +
                         (result.problems.empty() ? std::string("unreadable")
                                                  : result.problems.front().toString()) +
                         ")");
    return std::move(*result.design);
}

DesignParts Document::split(const DesignData& design) {
    DesignParts parts = m_lastSplit ? splitDesign(design, m_lastSplit->first, m_lastSplit->second)
                                    : splitDesign(design);
    m_lastSplit.emplace(design, parts);
    return parts;
}

DesignData Document::readVersion(int number) {
    if (number < 1)
        throw StoreError("no version " + std::to_string(number) + " (versions count from 1)");
    return toDesign(chainOf(number).parts, "version " + std::to_string(number));
}

DesignData Document::readLatest() {
    const int latest = latestVersion();
    return latest > 0 ? readVersion(latest) : readWorkingCopy();
}

CommitResult Document::commit(const DesignData& design, const CommitInfo& info,
                              WorkingCopyPolicy policy) {
    requireWritable();
    return commitParts(split(design), info, policy, std::nullopt);
}

CommitResult Document::restore(int number, const CommitInfo& info) {
    requireWritable();
    DesignParts parts = chainOf(number).parts;
    // A version that does not read back is not restored.
    toDesign(parts, "version " + std::to_string(number));
    CommitInfo restoreInfo = info;
    if (restoreInfo.message.empty())
        restoreInfo.message = "Restore version " + std::to_string(number);
    return commitParts(std::move(parts), restoreInfo, WorkingCopyPolicy::Replace, number);
}

CommitResult Document::commitOnBase(const DesignData& design, const CommitInfo& info) {
    requireWritable();
    return commitParts(split(design), info, WorkingCopyPolicy::Replace, std::nullopt, true);
}

std::int64_t Document::dataVersion() {
    return m_db->queryInt("PRAGMA data_version");
}

bool Document::changedElsewhere() {
    const std::int64_t current = dataVersion();
    if (current == m_dataVersion)
        return false;
    m_dataVersion = current;
    return true;
}

std::vector<VersionInfo> Document::versionsAfterBase() {
    std::vector<VersionInfo> after = versions();
    std::erase_if(after, [this](const VersionInfo& version) { return version.number <= m_base; });
    return after;
}

void Document::adoptLatest() {
    m_base = latestVersion();
}

CommitResult Document::commitParts(DesignParts parts, const CommitInfo& info,
                                   WorkingCopyPolicy policy, std::optional<int> restoredFrom,
                                   bool onBaseOnly) {
    // Storing nothing writes nothing: the file stays byte for byte as it was.
    if (const int latest = latestVersion();
        policy == WorkingCopyPolicy::KeepUnsaved && latest > 0 && chainOf(latest).parts == parts)
        return {latest, true};
    prepareWrite();
    Transaction transaction(*m_db);
    const int latest = latestVersion();
    if (onBaseOnly && latest != m_base)
        return {latest, false, true};
    const Chain* base = latest > 0 ? &chainOf(latest) : nullptr;
    if (base && base->parts == parts) {
        if (policy == WorkingCopyPolicy::Replace)
            writeWorkingCopy(latest, parts, parts);
        transaction.commit();
        m_base = latest;
        return {latest, true};
    }
    std::string content;
    Chain chain;
    if (base) {
        content = encodeDelta(base->parts, parts);
        chain.depth = base->depth + 1;
        chain.deltaBytes = base->deltaBytes + content.size();
        chain.snapshotBytes = base->snapshotBytes;
    }
    const bool snapshot =
        !base || chain.depth > kMaxDeltaChain || chain.deltaBytes > chain.snapshotBytes;
    if (snapshot) {
        content = encodeDelta(DesignParts{}, parts);
        chain = Chain{};
        chain.snapshotBytes = content.size();
    }
    base = nullptr; // the cache is replaced below
    const int number = latest + 1;
    Statement insert(*m_db, "INSERT INTO version (number, created, author, message, components, "
                            "connections, restored_from, base, content) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    insert.bind(1, std::int64_t{number})
        .bind(2, utcNow())
        .bind(3, info.author)
        .bind(4, info.message)
        .bind(5, static_cast<std::int64_t>(parts.arrays[0].size()))
        .bind(6, static_cast<std::int64_t>(parts.arrays[1].size()));
    if (restoredFrom)
        insert.bind(7, std::int64_t{*restoredFrom});
    else
        insert.bindNull(7);
    if (snapshot)
        insert.bindNull(8);
    else
        insert.bind(8, std::int64_t{latest});
    insert.bindBlob(9, content).run();
    if (policy == WorkingCopyPolicy::Replace || !hasUnsavedWork())
        writeWorkingCopy(number, parts, parts);
    transaction.commit();
    chain.parts = std::move(parts);
    m_cache.emplace(number, std::move(chain));
    m_base = number;
    return {number, false};
}

std::string Document::quickCheck() {
    return checkResult(*m_db, "PRAGMA quick_check");
}

std::string Document::integrityCheck() {
    return checkResult(*m_db, "PRAGMA integrity_check");
}

} // namespace archboard::store
