#pragma once

#include "critique/graphindex.h"

#include <optional>
#include <string>

namespace archboard {

// Writes per second that reach a component, where the requirements say.
// For now every component is judged by the design's `peak_write_rps`: the
// one place to swap in each component's own share of the load once it is
// derived from the graph.
std::optional<double> writeRateInto(const GraphIndex& graph, GraphIndex::Index i);

// Writes a component stores in a year at that rate and the design's
// `payload_bytes`, in bytes; absent unless both are stated.
std::optional<double> bytesPerYearInto(const GraphIndex& graph, GraphIndex::Index i);

// `12 TB`, `3.4 PB`: a byte count in decimal units, two significant digits.
std::string bytesPhrase(double bytes);

} // namespace archboard
