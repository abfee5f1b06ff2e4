#include "atomicfile.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace archboard {

namespace {

std::optional<std::size_t> g_failAfter;

std::string errnoText(int error) {
    return std::strerror(error);
}

// Writes all of `bytes`, honouring the injected failure; 0 or an errno.
int writeAll(int fd, std::string_view bytes) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        std::size_t chunk = bytes.size() - done;
        if (g_failAfter) {
            if (done >= *g_failAfter)
                return ENOSPC;
            chunk = std::min(chunk, *g_failAfter - done);
        }
        const ssize_t n = ::write(fd, bytes.data() + done, chunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return n < 0 ? errno : ENOSPC;
        done += static_cast<std::size_t>(n);
    }
    return 0;
}

// The rename itself is durable only once the folder is synced; a folder
// that cannot be opened or synced (some network file systems) still holds
// the complete file, so that is not an error.
void syncFolder(const std::filesystem::path& path) {
    const std::filesystem::path folder = path.parent_path();
    const int fd =
        ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}

} // namespace

std::string saveFileAtomically(std::string_view bytes, const std::filesystem::path& path) {
    std::filesystem::path temporary = path;
    temporary += ".tmp-XXXXXX";
    std::string pattern = temporary.string();
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0)
        return "cannot create a file beside it: " + errnoText(errno);
    const auto fail = [&pattern](std::string what, int error) {
        ::unlink(pattern.c_str());
        return what + errnoText(error);
    };
    if (const int error = writeAll(fd, bytes); error != 0) {
        ::close(fd);
        return fail("cannot write: ", error);
    }
    // Keep the mode of the file being replaced; a new file gets the usual
    // 0644 (mkstemp made it 0600).
    struct stat existing {};
    const mode_t mode = ::stat(path.c_str(), &existing) == 0 ? (existing.st_mode & 07777) : 0644;
    // Durable before it replaces the old file: a crash leaves one or the other.
    if (::fsync(fd) != 0 || ::fchmod(fd, mode) != 0) {
        const int error = errno;
        ::close(fd);
        return fail("cannot write: ", error);
    }
    if (::close(fd) != 0)
        return fail("cannot write: ", errno);
    if (::rename(pattern.c_str(), path.c_str()) != 0)
        return fail("cannot replace it: ", errno);
    syncFolder(path);
    return {};
}

namespace testing {
void failWritesAfter(std::optional<std::size_t> bytes) {
    g_failAfter = bytes;
}
} // namespace testing

} // namespace archboard
