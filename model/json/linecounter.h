#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

namespace archboard {

// Maps byte offsets to 1-based line and byte column. Offsets only grow, so
// each newline is counted once.
class LineCounter {
public:
    explicit LineCounter(std::string_view bytes)
        : m_bytes(bytes) {}
    std::pair<int, int> at(std::size_t offset);
    std::string where(std::size_t offset); // "line 3, column 7"

private:
    std::string_view m_bytes;
    std::size_t m_scanned = 0;
    int m_line = 1;
    std::size_t m_lineStart = 0;
};

} // namespace archboard
