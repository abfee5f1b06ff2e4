#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace archboard {

// Writes `bytes` to `path` completely or not at all: into a new temporary
// file in the same folder, synced to disk, then renamed over `path`. On any
// error the temporary is removed and an existing `path` keeps its content.
// A replaced file keeps its mode; a new one gets 0644.
// Returns an empty string on success, else what went wrong (for
// `PATH: WHAT` messages, so without the path). Also declared in
// json/designjson.h, where the design's own save uses it.
std::string saveFileAtomically(std::string_view bytes, const std::filesystem::path& path);

namespace testing {
// Makes every later saveFileAtomically() fail as a full disk does (ENOSPC)
// once `bytes` have been written to its temporary; nothing restores normal
// writes. For tests of the failure paths; not thread-safe.
void failWritesAfter(std::optional<std::size_t> bytes);
} // namespace testing

} // namespace archboard
