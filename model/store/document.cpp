#include "document.h"

#include "schema.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <filesystem>
#include <pwd.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace archboard::store {

namespace {

constexpr std::string_view kSqliteHeader{"SQLite format 3\0", 16};

std::string utcNow() {
    const std::time_t now = std::time(nullptr);
    std::tm parts{};
    gmtime_r(&now, &parts);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
    return text;
}

std::string errnoText() {
    return std::strerror(errno);
}

bool startsWithSqliteHeader(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw StoreError("cannot open: " + errnoText());
    char header[16] = {};
    const ssize_t n = ::read(fd, header, sizeof header);
    ::close(fd);
    return n == static_cast<ssize_t>(sizeof header) &&
           std::string_view(header, sizeof header) == kSqliteHeader;
}

bool isWritable(const std::string& path, const struct stat& info) {
    // A file without write permission is opened read-only even by a user
    // the system would let write it (root): the file says it is read-only.
    if ((info.st_mode & 0222) == 0 || ::access(path.c_str(), W_OK) != 0)
        return false;
    // The rollback journal goes beside the file.
    const std::filesystem::path directory = std::filesystem::path(path).parent_path();
    return ::access(directory.empty() ? "." : directory.c_str(), W_OK) == 0;
}

// While a document is open for writing it keeps a write-ahead log beside
// it: a commit then costs one sync of the log instead of several of the
// file and a journal. Closing copies the log into the file and removes it,
// so a closed document is always one file that can be copied and shared.
void useWriteAheadLog(Database& db) {
    try {
        db.execute("PRAGMA journal_mode = WAL");
    } catch (const StoreError&) {
        // Another program has the file open: stay with the rollback journal.
    }
}

void leaveWriteAheadLog(Database& db) {
    // Without waiting: while another program has the document open, its
    // connection ends the log when it closes.
    sqlite3_busy_timeout(db.handle(), 0);
    try {
        db.execute("PRAGMA journal_mode = DELETE");
    } catch (const StoreError&) {
        // Another connection still uses the log; the last one to close ends it.
    }
}

// A write that was cut off (a crash, a kill) leaves a journal beside the
// file; the next connection must roll it back, which a read-only one cannot.
// Rolling back only restores the last committed state.
// A writer that was killed also leaves its write-ahead log, which may hold
// committed versions not yet copied into the file: opening read-write copies
// them in and returns the file to one self-contained piece.
void rollBackInterruptedWrite(const std::string& path) {
    struct stat journal {};
    const bool hotJournal =
        ::stat((path + "-journal").c_str(), &journal) == 0 && journal.st_size > 0;
    const bool log = ::stat((path + "-wal").c_str(), &journal) == 0;
    if (!hotJournal && !log)
        return;
    try {
        Database db(path, Database::Access::ReadWrite);
        // No waiting: a log in use by a program that has the document open is
        // not a leftover, and the reader shares it as it is.
        sqlite3_busy_timeout(db.handle(), log ? 0 : 3000);
        if (db.queryInt("PRAGMA application_id") == kApplicationId)
            leaveWriteAheadLog(db);
    } catch (const StoreError&) {
        // The read-only open below reports whatever is wrong.
    }
}

void configure(Database& db, const OpenOptions& options) {
    sqlite3_busy_timeout(db.handle(), options.busyTimeoutMs);
    db.execute("PRAGMA foreign_keys = ON");
    db.execute("PRAGMA synchronous = FULL");
    if (options.maxPageCount)
        db.execute(("PRAGMA max_page_count = " + std::to_string(*options.maxPageCount)).c_str());
}

// Copies `source` into a new in-memory database, for migrating a file that
// must not be written.
std::unique_ptr<Database> copyToMemory(Database& source) {
    auto copy = std::make_unique<Database>();
    sqlite3_backup* backup = sqlite3_backup_init(copy->handle(), "main", source.handle(), "main");
    if (backup == nullptr)
        copy->check(sqlite3_errcode(copy->handle()), "copying the document");
    const int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        source.check(rc, "copying the document");
    return copy;
}

void checkIdentity(Database& db, const std::string& path, bool readOnly,
                   std::unique_ptr<Database>& memoryCopy) {
    std::int64_t applicationId = 0;
    try {
        applicationId = db.queryInt("PRAGMA application_id");
    } catch (const StoreError& error) {
        if (error.code() == SQLITE_NOTADB)
            throw StoreError("the document is damaged (not a database)", SQLITE_NOTADB);
        throw;
    }
    if (applicationId != kApplicationId)
        throw StoreError("not an Archboard document");
    const std::int64_t schema = db.queryInt("PRAGMA user_version");
    if (schema > kSchemaVersion)
        throw StoreError("schema version " + std::to_string(schema) +
                         " is newer than this Archboard reads (" + std::to_string(kSchemaVersion) +
                         ")");
    if (schema < 1)
        throw StoreError("the document is damaged (it has no schema version)");
    if (schema == kSchemaVersion)
        return;
    (void)path;
    if (readOnly) {
        memoryCopy = copyToMemory(db);
        Transaction transaction(*memoryCopy);
        migrateSchema(*memoryCopy, static_cast<int>(schema));
        transaction.commit();
        return;
    }
    Transaction transaction(db);
    migrateSchema(db, static_cast<int>(schema));
    transaction.commit();
}

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

DesignParts emptyDesignParts() {
    return splitDesign(DesignData{});
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
    }
}

std::unique_ptr<Document> Document::open(const std::string& path, Mode mode,
                                         const OpenOptions& options) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0)
        throw StoreError("cannot open: " + errnoText());
    if (S_ISDIR(info.st_mode))
        throw StoreError("cannot open: is a directory");
    if (!S_ISREG(info.st_mode))
        throw StoreError("cannot open: not a regular file");
    if (!startsWithSqliteHeader(path))
        throw StoreError("not an Archboard document");
    bool readOnly = mode == Mode::ReadOnly || !isWritable(path, info);
    if (readOnly)
        rollBackInterruptedWrite(path);
    auto db = std::make_unique<Database>(path, readOnly ? Database::Access::ReadOnly
                                                        : Database::Access::ReadWrite);
    configure(*db, options);
    readOnly = readOnly || db->isReadOnly();
    std::unique_ptr<Database> memoryCopy;
    checkIdentity(*db, path, readOnly, memoryCopy);
    if (memoryCopy) {
        configure(*memoryCopy, options);
        db = std::move(memoryCopy);
    }
    return std::unique_ptr<Document>(new Document(path, std::move(db), readOnly));
}

std::unique_ptr<Document> Document::create(const std::string& path, const OpenOptions& options) {
    struct stat info {};
    if (::stat(path.c_str(), &info) == 0)
        throw StoreError("already exists");
    // An empty file (mkstemp's) is an empty database to SQLite.
    auto db = std::make_unique<Database>(path, Database::Access::Create);
    configure(*db, options);
    if (db->queryInt("PRAGMA page_count") != 0)
        throw StoreError("already exists");
    // Space freed by rewriting the working copy goes back to the file system.
    db->execute("PRAGMA auto_vacuum = FULL");
    Transaction transaction(*db);
    createSchema(*db);
    Statement property(*db, "INSERT INTO document_property (key, value) VALUES (?1, ?2)");
    property.bind(1, std::string_view("created")).bind(2, utcNow()).run();
    transaction.commit();
    return std::unique_ptr<Document>(new Document(path, std::move(db), false));
}

void Document::createWithVersion(const std::string& path, const DesignData& design,
                                 const CommitInfo& info) {
    struct stat existing {};
    if (::stat(path.c_str(), &existing) == 0)
        throw StoreError("already exists (use commit to add a version to a document)");
    std::string temporary = path + ".tmp-XXXXXX";
    const int fd = ::mkstemp(temporary.data());
    if (fd < 0)
        throw StoreError("cannot create a file beside it: " + errnoText());
    ::close(fd);
    // A write that failed part-way (a full disk) leaves SQLite's log and
    // shared-memory files beside the temporary: they go with it.
    const auto removeTemporary = [&temporary] {
        for (const char* suffix : {"", "-journal", "-wal", "-shm"})
            ::unlink((temporary + suffix).c_str());
    };
    try {
        ::unlink(temporary.c_str()); // create() makes its own file
        {
            const auto document = create(temporary);
            document->commit(design, info);
        }
        ::chmod(temporary.c_str(), 0644);
        // link() never replaces: a document created meanwhile stays as it is.
        if (::link(temporary.c_str(), path.c_str()) != 0) {
            const int error = errno;
            if (error == EEXIST)
                throw StoreError("already exists (use commit to add a version to a document)");
            if (::rename(temporary.c_str(), path.c_str()) != 0)
                throw StoreError("cannot write: " + std::string(std::strerror(error)));
        }
        removeTemporary();
    } catch (...) {
        removeTemporary();
        throw;
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

CommitResult Document::commitParts(DesignParts parts, const CommitInfo& info,
                                   WorkingCopyPolicy policy, std::optional<int> restoredFrom) {
    // Storing nothing writes nothing: the file stays byte for byte as it was.
    if (const int latest = latestVersion();
        policy == WorkingCopyPolicy::KeepUnsaved && latest > 0 && chainOf(latest).parts == parts)
        return {latest, true};
    prepareWrite();
    Transaction transaction(*m_db);
    const int latest = latestVersion();
    const Chain* base = latest > 0 ? &chainOf(latest) : nullptr;
    if (base && base->parts == parts) {
        if (policy == WorkingCopyPolicy::Replace)
            writeWorkingCopy(latest, parts, parts);
        transaction.commit();
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
    return {number, false};
}

std::optional<WorkingCopyInfo> Document::workingCopyInfo() {
    Statement statement(*m_db, "SELECT base, saved, changed FROM working_copy WHERE id = 1");
    if (!statement.step())
        return std::nullopt;
    WorkingCopyInfo info;
    if (!statement.isNull(0))
        info.base = static_cast<int>(statement.integer(0));
    info.saved = statement.text(1);
    info.changed = statement.integer(2) != 0;
    return info;
}

bool Document::hasUnsavedWork() {
    const auto info = workingCopyInfo();
    return info && info->changed;
}

DesignParts Document::workingParts() {
    Statement statement(*m_db, "SELECT base, content FROM working_copy WHERE id = 1");
    if (!statement.step()) {
        const int latest = latestVersion();
        return latest > 0 ? chainOf(latest).parts : emptyDesignParts();
    }
    const std::string content = statement.blob(1);
    DesignParts base;
    if (!statement.isNull(0))
        base = chainOf(static_cast<int>(statement.integer(0))).parts;
    return applyDelta(std::move(base), content);
}

DesignData Document::readWorkingCopy() {
    return toDesign(workingParts(), "the working copy");
}

void Document::saveWorkingCopy(const DesignData& design) {
    prepareWrite();
    const DesignParts parts = split(design);
    Transaction transaction(*m_db);
    const int latest = latestVersion();
    if (latest > 0)
        writeWorkingCopy(latest, chainOf(latest).parts, parts);
    else
        writeWorkingCopy(std::nullopt, DesignParts{}, parts);
    transaction.commit();
}

void Document::writeWorkingCopy(const std::optional<int>& base, const DesignParts& baseParts,
                                const DesignParts& parts) {
    const bool changed =
        base ? (&baseParts != &parts && baseParts != parts) : parts != emptyDesignParts();
    Statement statement(*m_db, "INSERT OR REPLACE INTO working_copy (id, base, saved, changed, "
                               "content) VALUES (1, ?1, ?2, ?3, ?4)");
    if (base)
        statement.bind(1, std::int64_t{*base});
    else
        statement.bindNull(1);
    statement.bind(2, utcNow())
        .bind(3, std::int64_t{changed ? 1 : 0})
        .bindBlob(4, encodeDelta(baseParts, parts))
        .run();
}

std::string Document::quickCheck() {
    return checkResult(*m_db, "PRAGMA quick_check");
}

std::string Document::integrityCheck() {
    return checkResult(*m_db, "PRAGMA integrity_check");
}

} // namespace archboard::store
