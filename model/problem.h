#pragma once

#include <string>
#include <vector>

namespace archboard {

// One validation problem: `WHERE: WHAT`. WHERE is a JSON path
// (`components[3].replicas`), `line L, column C` for a problem in the bytes, or
// empty for a problem with the file as a whole.
struct Problem {
    std::string where;
    std::string what;

    std::string toString() const { return where.empty() ? what : where + ": " + what; }
    bool operator==(const Problem&) const = default;
};

using Problems = std::vector<Problem>;

} // namespace archboard
