#pragma once

#include <ostream>

namespace archboard::cli {

// Where a command writes: results to `out`, problems to `err`. Commands never
// touch std::cout or std::cerr, so tests run them in-process on string streams.
struct CliIo {
    std::ostream& out;
    std::ostream& err;
    bool outIsTerminal = false; // colour and other niceties only for people
};

} // namespace archboard::cli
