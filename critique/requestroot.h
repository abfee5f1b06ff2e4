#pragma once

#include "critique/graphindex.h"

namespace archboard {

// Where requests to a component would have to come from: back along request
// connections (the first caller each time) to a component nobody calls, such
// as a clock-driven job with no trigger drawn. In a loop nobody outside
// calls, the loop's first component in index order. A component off the
// request path has only callers off it too, so all of them share the cause.
GraphIndex::Index requestRoot(const GraphIndex& graph, GraphIndex::Index component);

} // namespace archboard
