#pragma once

#include "critique/graphindex.h"

#include <optional>
#include <string>

namespace archboard {

// Writes per second that reach a component: its own share of the load
// (critique/load.h), so a small store beside a write-heavy one, or a cache
// that is only read, is not judged by the design's whole peak. Absent where
// no stated figure reaches it.
std::optional<double> writeRateInto(const GraphIndex& graph, GraphIndex::Index i);

// Writes a component stores in a year at that rate and the design's
// `payload_bytes`, in bytes; absent unless both are stated.
std::optional<double> bytesPerYearInto(const GraphIndex& graph, GraphIndex::Index i);

// `12 TB`, `3.4 PB`: a byte count in decimal units, two significant digits.
std::string bytesPhrase(double bytes);

} // namespace archboard
