#include "savedesign.h"

#include "model/io/atomicfile.h"
#include "model/json/designjson.h"

namespace archboard {

std::string saveDesignFile(const DesignData& design, const std::filesystem::path& path) {
    return saveFileAtomically(writeDesignJson(design), path);
}

} // namespace archboard
