// Document: opening, creating and checking the file, apart from what a
// document holds (document.cpp, workingcopy.cpp).
#include "document.h"
#include "schema.h"
#include "timestamp.h"
#include "writeaheadlog.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sqlite3.h>
#include <system_error>
#include <unistd.h>

namespace archboard::store {

namespace {

namespace fs = std::filesystem;

bool startsWithSqliteHeader(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file)
        throw StoreError("cannot open: " + std::generic_category().message(errno));
    char header[kSqliteHeader.size()] = {};
    file.read(header, sizeof header);
    return file.gcount() == static_cast<std::streamsize>(sizeof header) &&
           std::string_view(header, sizeof header) == kSqliteHeader;
}

bool isWritable(const std::string& path, const fs::file_status& status) {
    // A file without write permission is opened read-only even by a user
    // the system would let write it (root): the file says it is read-only.
    constexpr fs::perms anyWrite =
        fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write;
    // What this process may write has no portable answer: ask the system.
    if ((status.permissions() & anyWrite) == fs::perms::none || ::access(path.c_str(), W_OK) != 0)
        return false;
    // The rollback journal goes beside the file.
    const fs::path directory = fs::path(path).parent_path();
    return ::access(directory.empty() ? "." : directory.c_str(), W_OK) == 0;
}

// A write that was cut off (a crash, a kill) leaves a journal beside the
// file; the next connection must roll it back, which a read-only one cannot.
// Rolling back only restores the last committed state.
// A writer that was killed also leaves its write-ahead log, which may hold
// committed versions not yet copied into the file: opening read-write copies
// them in and returns the file to one self-contained piece.
void rollBackInterruptedWrite(const std::string& path) {
    std::error_code error;
    const std::uintmax_t journal = fs::file_size(path + "-journal", error);
    const bool hotJournal = !error && journal > 0;
    const bool log = fs::exists(path + "-wal", error);
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

void checkIdentity(Database& db, bool readOnly, std::unique_ptr<Database>& memoryCopy) {
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

} // namespace

std::unique_ptr<Document> Document::open(const std::string& path, Mode mode,
                                         const OpenOptions& options) {
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (error)
        throw StoreError("cannot open: " + error.message());
    if (fs::is_directory(status))
        throw StoreError("cannot open: is a directory");
    if (!fs::is_regular_file(status))
        throw StoreError("cannot open: not a regular file");
    if (!startsWithSqliteHeader(path))
        throw StoreError("not an Archboard document");
    bool readOnly = mode == Mode::ReadOnly || !isWritable(path, status);
    if (readOnly)
        rollBackInterruptedWrite(path);
    auto db = std::make_unique<Database>(path, readOnly ? Database::Access::ReadOnly
                                                        : Database::Access::ReadWrite);
    configure(*db, options);
    readOnly = readOnly || db->isReadOnly();
    std::unique_ptr<Database> memoryCopy;
    checkIdentity(*db, readOnly, memoryCopy);
    if (memoryCopy) {
        configure(*memoryCopy, options);
        db = std::move(memoryCopy);
    }
    return std::unique_ptr<Document>(
        new Document(path, std::move(db), readOnly, options.busyTimeoutMs));
}

std::unique_ptr<Document> Document::create(const std::string& path, const OpenOptions& options) {
    std::error_code error;
    if (fs::exists(path, error))
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
    return std::unique_ptr<Document>(
        new Document(path, std::move(db), false, options.busyTimeoutMs));
}

void Document::createWithVersion(const std::string& path, const DesignData& design,
                                 const CommitInfo& info) {
    std::error_code error;
    if (fs::exists(path, error))
        throw StoreError("already exists (use commit to add a version to a document)");
    // A unique name beside `path` has no portable call: mkstemp is POSIX.
    std::string temporary = path + ".tmp-XXXXXX";
    const int fd = ::mkstemp(temporary.data());
    if (fd < 0)
        throw StoreError("cannot create a file beside it: " +
                         std::generic_category().message(errno));
    ::close(fd);
    // A write that failed part-way (a full disk) leaves SQLite's log and
    // shared-memory files beside the temporary: they go with it.
    const auto removeTemporary = [&temporary] {
        std::error_code ignored;
        for (const char* suffix : {"", "-journal", "-wal", "-shm"})
            fs::remove(temporary + suffix, ignored);
    };
    try {
        fs::remove(temporary, error); // create() makes its own file
        {
            const auto document = create(temporary);
            document->commit(design, info);
        }
        fs::permissions(temporary,
                        fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
                            fs::perms::others_read,
                        error);
        // A hard link never replaces: a document created meanwhile stays as it is.
        std::error_code linkError;
        fs::create_hard_link(temporary, path, linkError);
        if (linkError) {
            if (linkError == std::errc::file_exists)
                throw StoreError("already exists (use commit to add a version to a document)");
            fs::rename(temporary, path, error);
            if (error)
                throw StoreError("cannot write: " + linkError.message());
        }
        removeTemporary();
    } catch (...) {
        removeTemporary();
        throw;
    }
}

} // namespace archboard::store
