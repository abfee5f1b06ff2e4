// Document: its versions, read and committed. Opening and creating the
// file: documentopen.cpp; the working copy: workingcopy.cpp.
#include "document.h"

#include "designdelta.h"
#include "storedrow.h"
#include "timestamp.h"
#include "writeaheadlog.h"

#include <cstdlib>
#include <pwd.h>
#include <sqlite3.h>
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

Document::Document(std::string path, std::unique_ptr<Database> db, bool readOnly, int busyTimeoutMs)
    : m_path(std::move(path))
    , m_db(std::move(db))
    , m_readOnly(readOnly)
    , m_busyTimeoutMs(busyTimeoutMs) {
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
        // Switching the journal counts as a change; it is this connection's
        // own. A commit from elsewhere that came before it stays news.
        const bool upToDate = dataVersion() == m_dataVersion;
        m_writeAheadLog = useWriteAheadLog(*m_db, m_path);
        if (upToDate)
            m_dataVersion = dataVersion();
    }
}

void Document::afterFailedWrite(const StoreError& error) {
    // Out of room with the log in use: end the log now, while this
    // connection can, so that others read the document as it was.
    if (error.code() != SQLITE_FULL || !m_writeAheadLog)
        return;
    const bool upToDate = dataVersion() == m_dataVersion;
    leaveWriteAheadLog(*m_db, m_busyTimeoutMs);
    m_writeAheadLog = false;
    if (upToDate)
        m_dataVersion = dataVersion();
}

void Document::requireWritable() const {
    if (m_readOnly)
        throw StoreError("the document is read-only");
}

std::vector<VersionInfo> Document::versions() {
    requireIntact();
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
    Statement statement(
        *m_db,
        (std::string("SELECT ") + kVersionColumns + " FROM version WHERE number = ?1").c_str());
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
        VersionRow row = readVersionRow(statement);
        if (!passesChecksum(row))
            throw StoreError("the document is damaged (version " + std::to_string(current) +
                             " fails its checksum)");
        contents.push_back(std::move(row.content));
        if (!row.base)
            break;
        const auto base = *row.base;
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
    try {
        return commitParts(split(design), info, policy, std::nullopt);
    } catch (const StoreError& error) {
        afterFailedWrite(error);
        throw;
    }
}

CommitResult Document::restore(int number, const CommitInfo& info) {
    requireWritable();
    DesignParts parts = chainOf(number).parts;
    // A version that does not read back is not restored.
    toDesign(parts, "version " + std::to_string(number));
    CommitInfo restoreInfo = info;
    if (restoreInfo.message.empty())
        restoreInfo.message = "Restore version " + std::to_string(number);
    try {
        return commitParts(std::move(parts), restoreInfo, WorkingCopyPolicy::Replace, number);
    } catch (const StoreError& error) {
        afterFailedWrite(error);
        throw;
    }
}

CommitResult Document::commitOnBase(const DesignData& design, const CommitInfo& info) {
    requireWritable();
    try {
        return commitParts(split(design), info, WorkingCopyPolicy::Replace, std::nullopt, true);
    } catch (const StoreError& error) {
        afterFailedWrite(error);
        throw;
    }
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
    requireIntact();
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
    VersionRow row;
    row.number = latest + 1;
    row.created = utcNow();
    row.author = info.author;
    row.message = info.message;
    row.components = static_cast<std::int64_t>(parts.arrays[0].size());
    row.connections = static_cast<std::int64_t>(parts.arrays[1].size());
    if (restoredFrom)
        row.restoredFrom = *restoredFrom;
    if (!snapshot)
        row.base = latest;
    row.content = std::move(content);
    Statement insert(*m_db, "INSERT INTO version (number, created, author, message, components, "
                            "connections, restored_from, base, content, checksum) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    insert.bind(1, row.number)
        .bind(2, row.created)
        .bind(3, row.author)
        .bind(4, row.message)
        .bind(5, row.components)
        .bind(6, row.connections);
    if (row.restoredFrom)
        insert.bind(7, *row.restoredFrom);
    else
        insert.bindNull(7);
    if (row.base)
        insert.bind(8, *row.base);
    else
        insert.bindNull(8);
    insert.bindBlob(9, row.content).bind(10, checksumOf(row)).run();
    const int number = static_cast<int>(row.number);
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
