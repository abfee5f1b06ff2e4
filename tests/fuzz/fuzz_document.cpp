// libFuzzer target: the document opener, fed database images. Whatever the
// bytes, opening, listing, reading and checking a document either works or
// throws StoreError with a one-line message: never a crash or a hang.
#include "model/json/designjson.h"
#include "model/store/document.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unistd.h>

namespace {

// One file per process, rewritten for each input.
const std::string& imagePath() {
    static const std::string path = [] {
        std::string pattern = "/tmp/archboard-fuzz-XXXXXX";
        const int fd = ::mkstemp(pattern.data());
        if (fd < 0)
            std::abort();
        ::close(fd);
        return pattern;
    }();
    return path;
}

void requireOneLine(const archboard::store::StoreError& error) {
    if (std::string(error.what()).find('\n') != std::string::npos)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace archboard::store;
    const std::string& path = imagePath();
    for (const char* suffix : {"-journal", "-wal", "-shm"})
        std::remove((path + suffix).c_str());
    std::FILE* file = std::fopen(path.c_str(), "wb");
    if (!file)
        std::abort();
    if (size > 0 && std::fwrite(data, 1, size, file) != size)
        std::abort();
    std::fclose(file);
    try {
        const auto document =
            Document::open(path, Document::Mode::ReadOnly, {.busyTimeoutMs = 0, .maxPageCount = {}});
        const DocumentHealth health = document->check(CheckDepth::Deep);
        if (health.summary().find('\n') != std::string::npos)
            std::abort();
        try {
            for (const VersionInfo& version : document->versions())
                archboard::writeDesignJson(document->readVersion(version.number));
        } catch (const StoreError& error) {
            requireOneLine(error);
        }
        try {
            archboard::writeDesignJson(document->readWorkingCopy());
        } catch (const StoreError& error) {
            requireOneLine(error);
        }
    } catch (const StoreError& error) {
        requireOneLine(error);
    }
    return 0;
}
