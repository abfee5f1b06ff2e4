// libFuzzer target: the JSON design reader. Any bytes must come back as a
// design or as problems, never a crash, a hang or undefined behaviour; a
// design that reads must write and read back as the same bytes.
#include "model/json/designjson.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const archboard::LoadResult read = archboard::readDesignJson(bytes);
    if (!read.ok()) {
        if (read.problems.empty())
            std::abort(); // a refusal always says why
        return 0;
    }
    const std::string written = archboard::writeDesignJson(*read.design);
    const archboard::LoadResult again = archboard::readDesignJson(written);
    if (!again.ok() || archboard::writeDesignJson(*again.design) != written)
        std::abort(); // what the writer writes, the reader reads back exactly
    return 0;
}
