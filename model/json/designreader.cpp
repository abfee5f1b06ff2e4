// Reads a v1 design: bytes -> JSON tree (jsontree.cpp) -> typed DesignData,
// reporting every problem at its JSON path.
#include "../store/designargument.h"
#include "../validation.h"
#include "designjson.h"
#include "jsonpath.h"
#include "jsontree.h"
#include "numberformat.h"
#include "sectionreaders.h"

#include <cerrno>
#include <cmath>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace archboard {

namespace {

// The top level: each part of the design goes to its reader (sectionreaders.h).
class DesignReader {
public:
    explicit DesignReader(Problems& problems)
        : r(problems) {}

    DesignData read(const Json& root) {
        DesignData design;
        if (const Json* value = r.member(root, "", "design");
            value && r.expectObject(*value, "design"))
            design.info = readDesignInfo(r, *value, "design");
        design.components =
            readArray<Component>(root, "components", [&](const Json& v, const std::string& p) {
                return readComponent(r, v, p);
            });
        design.connections =
            readArray<Connection>(root, "connections", [&](const Json& v, const std::string& p) {
                return readConnection(r, v, p);
            });
        design.groups = readArray<Group>(root, "groups", [&](const Json& v, const std::string& p) {
            return readGroup(r, v, p);
        });
        design.notes = readArray<Note>(
            root, "notes", [&](const Json& v, const std::string& p) { return readNote(r, v, p); });
        design.annotations =
            readArray<Annotation>(root, "annotations", [&](const Json& v, const std::string& p) {
                return readAnnotation(r, v, p);
            });
        if (const Json* value = r.member(root, "", "critique");
            value && r.expectObject(*value, "critique"))
            design.critique = readCritiqueSettings(r, *value, "critique");
        design.extra = FieldReader::unknownKeys(root, {"format", "version", "design", "components",
                                                       "connections", "groups", "notes",
                                                       "annotations", "critique"});
        return design;
    }

private:
    template <typename T, typename ReadOne>
    std::vector<T> readArray(const Json& root, std::string_view key, ReadOne readOne) {
        std::vector<T> out;
        const Json* value = r.member(root, "", key);
        const std::string path(key);
        if (!value || !r.expectArray(*value, path))
            return out;
        out.reserve(value->size());
        for (std::size_t i = 0; i < value->size(); ++i) {
            const Json& item = (*value)[i];
            const std::string itemPath = appendIndex(path, i);
            // Keep indices aligned with the file even for a broken element.
            if (!item.is_discarded() && r.expectObject(item, itemPath))
                out.push_back(readOne(item, itemPath));
            else
                out.emplace_back();
        }
        return out;
    }

    FieldReader r;
};

// Format and version come first: a file of another format or version is
// never half-read, so its problem is the only one.
std::optional<Problem> checkFormatAndVersion(const Json& root) {
    const auto format = root.find("format");
    if (format == root.end())
        return Problem{"format", "missing"};
    if (!format->is_string() || format->get<std::string>() != "archboard")
        return Problem{"format", std::string("expected \"archboard\", got ") +
                                     (format->is_string() ? jsonQuoted(format->get<std::string>())
                                                          : describeType(*format))};
    const auto version = root.find("version");
    if (version == root.end())
        return Problem{"version", "missing"};
    if (!version->is_number())
        return Problem{"version", "expected an integer, got " + describeType(*version)};
    const double number = version->get<double>();
    if (std::trunc(number) != number)
        return Problem{"version", "expected an integer, got " + formatNumber(number)};
    if (number > kFormatVersion)
        return Problem{"version", formatNumber(number) + " is newer than this Archboard reads (" +
                                      std::to_string(kFormatVersion) + ")"};
    if (number < kFormatVersion)
        return Problem{"version", formatNumber(number) + " is not a version of this format (" +
                                      std::to_string(kFormatVersion) + " is the first)"};
    return std::nullopt;
}

void capProblems(Problems& problems) {
    if (problems.size() <= limits::kMaxMessages)
        return;
    const std::size_t more = problems.size() - limits::kMaxMessages;
    problems.resize(limits::kMaxMessages);
    problems.push_back({"", "stopped after " + std::to_string(limits::kMaxMessages) +
                                " problems (" + std::to_string(more) + " more not shown)"});
}

struct FileDescriptor {
    explicit FileDescriptor(int f)
        : fd(f) {}
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    ~FileDescriptor() {
        if (fd >= 0)
            ::close(fd);
    }
    int fd;
};

// Format and version, then every field, then references; `problems` may
// already hold what the parser found.
LoadResult readRoot(const Json& root, Problems problems) {
    LoadResult result;
    if (auto problem = checkFormatAndVersion(root)) {
        result.problems.push_back(std::move(*problem));
        return result;
    }
    result.problems = std::move(problems);
    DesignReader reader(result.problems);
    DesignData design = reader.read(root);
    for (Problem& problem : validateReferences(design))
        result.problems.push_back(std::move(problem));
    if (!result.problems.empty()) {
        capProblems(result.problems);
        return result;
    }
    result.design = std::move(design);
    return result;
}

} // namespace

LoadResult readDesignJson(std::string_view bytes) {
    JsonTree tree = parseJsonTree(bytes);
    if (!tree.root) {
        LoadResult result;
        result.problems = std::move(tree.problems);
        return result;
    }
    LoadResult result = readRoot(*tree.root, std::move(tree.problems));
    if (!result.ok())
        return result;
    auto recordLines = [&](std::string_view key, const auto& elements) {
        const auto lines = tree.elementLines.find(key);
        if (lines == tree.elementLines.end())
            return;
        for (std::size_t i = 0; i < elements.size() && i < lines->second.size(); ++i)
            result.elementLines.emplace(elements[i].id, lines->second[i]);
    };
    const DesignData& design = *result.design;
    recordLines("components", design.components);
    recordLines("connections", design.connections);
    recordLines("groups", design.groups);
    recordLines("notes", design.notes);
    recordLines("annotations", design.annotations);
    return result;
}

LoadResult readDesignTree(const Json& root) {
    if (!root.is_object()) {
        LoadResult result;
        result.problems.push_back({"", "the top level is not a JSON object"});
        return result;
    }
    return readRoot(root, {});
}

LoadResult readDesignFile(const std::filesystem::path& path) {
    LoadResult result;
    auto fail = [&](std::string what) {
        result.problems.push_back({"", std::move(what)});
        return result;
    };
    const FileDescriptor file(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    const int fd = file.fd;
    if (fd < 0)
        return fail(std::string("cannot open: ") + std::strerror(errno));
    struct stat info {};
    if (::fstat(fd, &info) != 0)
        return fail(std::string("cannot read: ") + std::strerror(errno));
    if (S_ISDIR(info.st_mode))
        return fail("cannot open: is a directory");
    if (!S_ISREG(info.st_mode))
        return fail("cannot open: not a regular file");
    // A document may hold a long history: the size limit is for one design.
    if (store::looksLikeDocument(path))
        return store::readDocumentDesign(path);
    if (static_cast<std::uintmax_t>(info.st_size) > limits::kMaxFileBytes)
        return fail("file is too large: " + std::to_string(info.st_size) +
                    " bytes; designs are at most 256 MiB (268435456 bytes)");
    std::string bytes(static_cast<std::size_t>(info.st_size), '\0');
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::read(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return fail(std::string("cannot read: ") + std::strerror(errno));
        if (n == 0)
            break;
        done += static_cast<std::size_t>(n);
    }
    bytes.resize(done);
    return readDesignJson(bytes);
}

} // namespace archboard
