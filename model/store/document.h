#pragma once

#include "../designdata.h"
#include "designparts.h"
#include "sqlite.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace archboard::store {

// One saved version, as `log` lists it.
struct VersionInfo {
    int number = 0;      // 1 is the first
    std::string created; // UTC, YYYY-MM-DDTHH:MM:SSZ
    std::string author;
    std::string message;
    std::int64_t components = 0;
    std::int64_t connections = 0;
    std::optional<int> restoredFrom; // set when the version restored an older one
};

// The document's working copy: the design as last edited, saved within a
// second of each edit, whether or not it became a version.
struct WorkingCopyInfo {
    std::optional<int> base; // the version it started from
    std::string saved;       // when it was last saved, UTC
    bool changed = false;    // it differs from `base`: unsaved work
};

struct OpenOptions {
    // How long to wait for another program that holds the document.
    int busyTimeoutMs = 3000;
    // Caps the file's size in pages (tests simulate a full disk with it).
    std::optional<std::int64_t> maxPageCount;
};

struct CommitInfo {
    std::string author;
    std::string message;
};

struct CommitResult {
    int number = 0;         // the new version, or the latest when unchanged
    bool unchanged = false; // the design equals the latest version: nothing stored
    // commitOnBase() only: another program added versions after the base,
    // nothing was stored, and `number` is the latest version.
    bool baseIsStale = false;
};

// What a commit does to the working copy.
enum class WorkingCopyPolicy {
    Replace,     // the committed design becomes the working copy (the app)
    KeepUnsaved, // unsaved work in the working copy stays (scripts)
};

// How far a check of a document goes.
enum class CheckDepth {
    Quick, // SQLite's quick check and every stored checksum: a read of the file
    Deep,  // SQLite's integrity check, and every version decoded to a valid design
};

// What a check found.
struct DocumentHealth {
    std::vector<std::string> problems; // what is damaged, one line each
    std::vector<int> readable;         // the versions that still read back
    int versionCount = 0;              // the versions the document lists
    bool ok() const { return problems.empty(); }
    // One line for people: what is damaged and which versions still read,
    // "the document is damaged (version 3 fails its checksum); versions 1-2
    // are still readable".
    std::string summary() const;
};

// A delta chain longer than this, or holding more bytes than the snapshot it
// starts from, ends with a new snapshot: reading any version then costs at
// most one snapshot and a bounded run of deltas.
inline constexpr int kMaxDeltaChain = 200;

// The default author: $ARCHBOARD_AUTHOR, else the login name.
std::string defaultAuthor();

// An `.archboard` document (SQLite as an application file format): the
// working copy, every saved version and the document's own properties.
// Every method throws StoreError with a message for people; a failed write
// leaves the file as it was (each write is one transaction).
class Document {
public:
    enum class Mode { ReadOnly, ReadWrite };

    // Opens an existing document. ReadWrite falls back to read-only for a
    // file that may not be written (isReadOnly() says so). An older schema is
    // migrated (in memory only, when read-only); a newer one is refused.
    static std::unique_ptr<Document> open(const std::string& path, Mode mode,
                                          const OpenOptions& options = {});
    // Creates a new, empty document; fails when `path` exists.
    static std::unique_ptr<Document> create(const std::string& path,
                                            const OpenOptions& options = {});
    // Creates a document holding `design` as version 1, completely or not at
    // all (built beside `path`, then renamed); fails when `path` exists.
    static void createWithVersion(const std::string& path, const DesignData& design,
                                  const CommitInfo& info);

    ~Document();
    Document(const Document&) = delete;
    Document& operator=(const Document&) = delete;

    const std::string& path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }

    // Every version's details. Refused (StoreError with the check's summary)
    // when the document is damaged: a history with holes is not listed as
    // if it were whole.
    std::vector<VersionInfo> versions();
    int latestVersion(); // 0 when there is none
    DesignData readVersion(int number);
    // The latest version, or the working copy when there is no version yet.
    DesignData readLatest();

    // Stores `design` as the next version, unless it equals the latest.
    // Refused for a damaged document (see check()).
    CommitResult commit(const DesignData& design, const CommitInfo& info,
                        WorkingCopyPolicy policy = WorkingCopyPolicy::Replace);
    // Stores version `number`'s design as a new version: history is never
    // rewritten. The message defaults to "Restore version N".
    CommitResult restore(int number, const CommitInfo& info);

    // Several programs may have one document open (the app, the command
    // line). This connection's *base* is the version its edits started from:
    // the latest when it opened, then what it committed, restored or adopted.
    int baseVersion() const { return m_base; }
    // True when another connection committed anything since the last call
    // (PRAGMA data_version; this connection's own writes never count).
    bool changedElsewhere();
    // The versions after the base, oldest first: those another program added.
    std::vector<VersionInfo> versionsAfterBase();
    // Makes the latest version the base (after reloading it, or to commit
    // the edits on top of it).
    void adoptLatest();
    // Like commit() (replacing the working copy), but only onto the base, in
    // the same transaction that checks it: when another program added
    // versions, nothing is written and the result says baseIsStale.
    CommitResult commitOnBase(const DesignData& design, const CommitInfo& info);

    std::optional<WorkingCopyInfo> workingCopyInfo();
    DesignData readWorkingCopy(); // the latest version when there is none
    // Saves the working copy in its own transaction, as edits of the base:
    // edits that started before another program's version never pass for
    // edits of that version.
    void saveWorkingCopy(const DesignData& design);
    // True when the working copy holds work no version has.
    bool hasUnsavedWork();

    // PRAGMA quick_check: empty when it passes, else what it found.
    std::string quickCheck();
    std::string integrityCheck();
    // Checks the file and every version's checksum (and, deep, decodes
    // every version). Never throws for damage: the result says what it is.
    DocumentHealth check(CheckDepth depth = CheckDepth::Quick);

private:
    // A version's parts, and the deltas read to build them from a snapshot.
    struct Chain {
        DesignParts parts;
        int depth = 0;              // deltas after the snapshot
        std::size_t deltaBytes = 0; // their size together
        std::size_t snapshotBytes = 0;
    };

    Document(std::string path, std::unique_ptr<Database> db, bool readOnly, int busyTimeoutMs);
    void requireWritable() const;
    // Throws StoreError with the check's summary when the document is
    // damaged. Checked once, and again after another program wrote to it.
    void requireIntact();
    void prepareWrite(); // before the first write: the write-ahead log
    void afterFailedWrite(const StoreError& error);
    const Chain& chainOf(int number);
    DesignParts split(const DesignData& design);
    CommitResult commitParts(DesignParts parts, const CommitInfo& info, WorkingCopyPolicy policy,
                             std::optional<int> restoredFrom, bool onBaseOnly = false);
    std::int64_t dataVersion();
    DesignData toDesign(const DesignParts& parts, const std::string& what);
    DesignParts workingParts();
    // False when the working copy's row does not match its checksum.
    bool workingCopyIntact();
    void writeWorkingCopy(const std::optional<int>& base, const DesignParts& baseParts,
                          const DesignParts& parts);

    std::string m_path;
    std::unique_ptr<Database> m_db;
    bool m_readOnly;
    int m_busyTimeoutMs;
    bool m_writeAheadLog = false;
    int m_base = 0;                 // see baseVersion()
    std::int64_t m_dataVersion = 0; // PRAGMA data_version when last looked
    // PRAGMA data_version when the document last passed requireIntact().
    std::optional<std::int64_t> m_intactAt;
    // The latest version's parts, kept between commits and autosaves.
    std::optional<std::pair<int, Chain>> m_cache;
    // The design last split, so that the next split reuses what is unchanged.
    std::optional<std::pair<DesignData, DesignParts>> m_lastSplit;
};

} // namespace archboard::store
