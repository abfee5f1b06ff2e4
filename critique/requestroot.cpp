#include "requestroot.h"

#include <algorithm>
#include <vector>

namespace archboard {

GraphIndex::Index requestRoot(const GraphIndex& graph, GraphIndex::Index component) {
    std::vector<GraphIndex::Index> path{component};
    for (;;) {
        const auto callers = graph.requestIn(path.back());
        if (callers.empty())
            return path.back();
        const GraphIndex::Index caller = callers.front();
        const auto seen = std::find(path.begin(), path.end(), caller);
        if (seen != path.end())
            return *std::min_element(seen, path.end());
        path.push_back(caller);
    }
}

} // namespace archboard
