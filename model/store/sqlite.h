#pragma once

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace archboard::store {

// A failure of the document store, with a message for people: what went
// wrong with the file, never a bare SQLite code. `code` is SQLite's primary
// result code when SQLite reported it, else 0.
class StoreError : public std::runtime_error {
public:
    StoreError(const std::string& message, int code = 0)
        : std::runtime_error(message)
        , m_code(code) {}
    int code() const { return m_code; }

private:
    int m_code;
};

// One SQLite connection, closed on destruction. Statements are prepared
// with bound parameters only: no SQL is ever built from user text.
class Database {
public:
    enum class Access { ReadOnly, ReadWrite, Create };

    Database(const std::string& path, Access access);
    // An empty in-memory database.
    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    sqlite3* handle() const { return m_db.get(); }
    bool isReadOnly() const;

    // Runs SQL without parameters (schema, pragmas); throws StoreError.
    void execute(const char* sql);
    // The first column of the first row of a query without parameters.
    std::int64_t queryInt(const char* sql);
    std::string queryText(const char* sql);

    // Throws StoreError for a result code other than OK, ROW and DONE.
    void check(int rc, std::string_view doing) const;

private:
    struct Closer {
        void operator()(sqlite3* db) const;
    };
    std::unique_ptr<sqlite3, Closer> m_db;
};

// A prepared statement, finalized on destruction.
class Statement {
public:
    Statement(Database& db, const char* sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters are 1-based, as in SQL's ?1.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, std::string_view text);
    Statement& bindBlob(int index, std::string_view bytes);
    Statement& bindNull(int index);

    // True while there is a row; false when done. Throws on error.
    bool step();
    // Runs a statement that returns no rows.
    void run();
    void reset();

    bool isNull(int column) const;
    std::int64_t integer(int column) const;
    std::string text(int column) const;
    std::string blob(int column) const;

private:
    Database& m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

// BEGIN IMMEDIATE … COMMIT; rolled back unless commit() was called. An
// immediate transaction takes the write lock up front, so waiting for
// another writer happens before any work, within the busy timeout.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

// SQLite's text for a message (its errors can quote SQL across several
// lines, its checks list many findings): one line, runs of blanks as one
// space, and not more than a line's worth.
std::string oneLine(std::string_view text);

// A sentence for people about an SQLite result code ("the document is
// locked by another program", "the disk is full", …).
std::string describeSqliteError(int code, std::string_view detail);

} // namespace archboard::store
