#pragma once

#include "model/designdata.h"

#include <filesystem>
#include <string>

namespace archboard {

// Writes a design as its canonical JSON text, completely or not at all
// (a temporary file beside it, synced, then renamed). Returns an empty
// string on success, else what went wrong.
std::string saveDesignFile(const DesignData& design, const std::filesystem::path& path);

} // namespace archboard
