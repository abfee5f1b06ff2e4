#include "sqlite.h"

#include <cerrno>
#include <sqlite3.h>

namespace archboard::store {

std::string oneLine(std::string_view text) {
    constexpr std::size_t kMaxLength = 160;
    std::string out;
    for (const char c : text) {
        const bool blank = static_cast<unsigned char>(c) <= 0x20 || c == 0x7f;
        if (blank) {
            if (!out.empty() && out.back() != ' ')
                out += ' ';
        } else {
            out += c;
        }
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    if (out.size() > kMaxLength) {
        std::size_t cut = kMaxLength;
        while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xc0) == 0x80)
            --cut; // never inside a UTF-8 sequence
        out = out.substr(0, cut) + "...";
    }
    return out;
}

std::string describeSqliteError(int code, std::string_view rawDetail) {
    const std::string detail = oneLine(rawDetail);
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return "the document is locked by another program; try again when it is done";
    case SQLITE_FULL:
        return "the disk is full; nothing was changed";
    case SQLITE_READONLY:
        return "the document is read-only";
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return "the document is damaged (" + std::string(detail) + ")";
    case SQLITE_CANTOPEN:
        return "cannot open: " + std::string(detail);
    case SQLITE_IOERR:
        return "cannot read or write the document: " + std::string(detail);
    case SQLITE_NOMEM:
        return "out of memory";
    default:
        return "SQLite error: " + std::string(detail);
    }
}

void Database::Closer::operator()(sqlite3* db) const {
    sqlite3_close_v2(db);
}

Database::Database(const std::string& path, Access access) {
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (access) {
    case Access::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Access::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Access::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
    m_db.reset(db);
    if (rc != SQLITE_OK) {
        const std::string detail = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
        throw StoreError(describeSqliteError(rc, detail), rc);
    }
    sqlite3_extended_result_codes(db, 1);
}

Database::Database() {
    sqlite3* db = nullptr;
    const int rc =
        sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, nullptr);
    m_db.reset(db);
    if (rc != SQLITE_OK)
        throw StoreError(describeSqliteError(rc, sqlite3_errstr(rc)), rc);
}

Database::~Database() = default;

bool Database::isReadOnly() const {
    return sqlite3_db_readonly(m_db.get(), "main") == 1;
}

void Database::check(int rc, std::string_view doing) const {
    if (rc == SQLITE_OK || rc == SQLITE_ROW || rc == SQLITE_DONE)
        return;
    std::string detail = sqlite3_errmsg(m_db.get());
    if (!doing.empty())
        detail = std::string(doing) + ": " + detail;
    int primary = rc & 0xff;
    // Running out of room while writing the log or its index comes back as
    // an I/O error; the system's error says what it was.
    if (const int error = sqlite3_system_errno(m_db.get());
        primary == SQLITE_IOERR && (error == ENOSPC || error == EDQUOT || error == EFBIG))
        primary = SQLITE_FULL;
    throw StoreError(describeSqliteError(primary, detail), primary);
}

void Database::execute(const char* sql) {
    check(sqlite3_exec(m_db.get(), sql, nullptr, nullptr, nullptr), {});
}

std::int64_t Database::queryInt(const char* sql) {
    Statement statement(*this, sql);
    return statement.step() ? statement.integer(0) : 0;
}

std::string Database::queryText(const char* sql) {
    Statement statement(*this, sql);
    return statement.step() ? statement.text(0) : std::string();
}

Statement::Statement(Database& db, const char* sql)
    : m_db(db) {
    db.check(sqlite3_prepare_v2(db.handle(), sql, -1, &m_stmt, nullptr), {});
}

Statement::~Statement() {
    sqlite3_finalize(m_stmt);
}

Statement& Statement::bind(int index, std::int64_t value) {
    m_db.check(sqlite3_bind_int64(m_stmt, index, value), {});
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    m_db.check(
        sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8),
        {});
    return *this;
}

Statement& Statement::bindBlob(int index, std::string_view bytes) {
    // A zero-length blob is still a blob, never NULL.
    m_db.check(sqlite3_bind_blob64(m_stmt, index, bytes.empty() ? "" : bytes.data(), bytes.size(),
                                   SQLITE_TRANSIENT),
               {});
    return *this;
}

Statement& Statement::bindNull(int index) {
    m_db.check(sqlite3_bind_null(m_stmt, index), {});
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    m_db.check(rc, {});
    return rc == SQLITE_ROW;
}

void Statement::run() {
    while (step()) {
    }
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::integer(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

std::string Statement::text(int column) const {
    const auto* data = sqlite3_column_text(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? std::string(reinterpret_cast<const char*>(data), static_cast<std::size_t>(size))
                : std::string();
}

std::string Statement::blob(int column) const {
    const void* data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? std::string(static_cast<const char*>(data), static_cast<std::size_t>(size))
                : std::string();
}

Transaction::Transaction(Database& db)
    : m_db(db) {
    m_db.execute("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (!m_done)
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    m_db.execute("COMMIT");
    m_done = true;
}

} // namespace archboard::store
