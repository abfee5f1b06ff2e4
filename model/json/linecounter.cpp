#include "linecounter.h"

#include <algorithm>

namespace archboard {

std::pair<int, int> LineCounter::at(std::size_t offset) {
    offset = std::min(offset, m_bytes.size());
    if (offset < m_scanned) { // rare: rescan from the start
        m_scanned = 0;
        m_line = 1;
        m_lineStart = 0;
    }
    for (; m_scanned < offset; ++m_scanned)
        if (m_bytes[m_scanned] == '\n') {
            ++m_line;
            m_lineStart = m_scanned + 1;
        }
    return {m_line, static_cast<int>(offset - m_lineStart) + 1};
}

std::string LineCounter::where(std::size_t offset) {
    const auto [line, column] = at(offset);
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

} // namespace archboard
